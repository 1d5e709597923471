// Runs the import of the files a planner dropped or chose, one after another: shows progress with a
// cancel button, saves what imports cleanly, and for a rejected file shows its problems (role=alert)
// with the fixes the importer offers. Nothing is saved unless the planner's data passes or they choose.
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import { startImport, ImportCancelledError, acceptWithoutBadFeatures, type FixKind, type ImportResult } from '../import/index.ts';
import { el } from '../ui/dom';
import type { Feature } from 'geojson';

/** How many problems are listed for one file; the rest are counted. */
const MAX_LISTED_PROBLEMS = 8;

export interface ImportRunnerOptions {
  progress: HTMLElement;
  alerts: HTMLElement;
  status: HTMLElement;
  getLang(): Lang;
  addLayer(name: string, features: Feature[]): Promise<void>;
}

export interface ImportRunner {
  importFiles(files: readonly File[]): Promise<void>;
}

const FIX_LABELS: Record<FixKind, 'mydata.fix.swap' | 'mydata.fix.fromWebMercator' | 'mydata.fix.closeRings'> = {
  swap: 'mydata.fix.swap',
  fromWebMercator: 'mydata.fix.fromWebMercator',
  closeRings: 'mydata.fix.closeRings',
};

export function createImportRunner(options: ImportRunnerOptions): ImportRunner {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(options.getLang(), key, params);

  const say = (text: string, details: readonly string[] = []) => {
    const item = el('div', { class: 'import-message', 'data-testid': 'import-status' });
    item.append(el('p', {}, text));
    for (const line of details) item.append(el('p', { class: 'import-detail' }, line));
    options.status.replaceChildren(item);
  };

  const alert = (file: string, lines: readonly string[], actions: HTMLButtonElement[] = []) => {
    const item = el('div', { class: 'import-problem', 'data-testid': 'import-alert', 'data-file': file });
    const list = el('ul');
    for (const line of lines) list.append(el('li', {}, line));
    const dismiss = el('button', { type: 'button', class: 'import-dismiss', 'aria-label': t('notices.dismiss') }, '×');
    dismiss.addEventListener('click', () => item.remove());
    item.append(list, ...actions, dismiss);
    options.alerts.append(item);
    return item;
  };

  const save = async (name: string, features: Feature[], file: string) => {
    try {
      await options.addLayer(name, features);
      return true;
    } catch (error) {
      alert(file, [t('mydata.saveFailed', { reason: error instanceof Error ? error.message : String(error) })]);
      return false;
    }
  };

  const showProblems = (file: File, result: ImportResult, fixes: readonly FixKind[]) => {
    const listed = result.errors.slice(0, MAX_LISTED_PROBLEMS).map((problem) => problem.message);
    const more = result.errors.length - listed.length;
    const lines = [t('mydata.rejected', { file: file.name }), ...listed];
    if (more > 0) lines.push(t('mydata.moreProblems', { count: more }));
    const actions: HTMLButtonElement[] = [];
    let item: HTMLElement | undefined;
    for (const offer of result.fixes) {
      const button = el('button', { type: 'button', class: 'import-offer', 'data-fix': offer.kind }, t(FIX_LABELS[offer.kind]));
      button.addEventListener('click', () => {
        item?.remove();
        void runOne(file, [...fixes, offer.kind]);
      });
      actions.push(button);
    }
    const partial = acceptWithoutBadFeatures(result);
    if (partial && result.badFeatureIndexes.length > 0) {
      const button = el('button', { type: 'button', class: 'import-offer', 'data-offer': 'without-bad' }, t('mydata.withoutBad', { count: result.badFeatureIndexes.length }));
      button.addEventListener('click', async () => {
        button.disabled = true;
        if (await save(partial.name, partial.features, file.name)) {
          item?.remove();
          say(t('mydata.imported', { file: file.name, count: partial.count }));
        } else button.disabled = false;
      });
      actions.push(button);
    }
    item = alert(file.name, lines, actions);
  };

  async function runOne(file: File, fixes: readonly FixKind[]): Promise<void> {
    const row = el('div', { class: 'import-progress', 'data-testid': 'import-progress' });
    const label = el('span', {}, t('mydata.importing', { file: file.name }));
    const bar = el('progress', { 'aria-label': t('mydata.importing', { file: file.name }) });
    const cancel = el('button', { type: 'button' }, t('mydata.cancel'));
    row.append(label, bar, cancel);
    options.progress.append(row);
    const job = startImport(file, {
      fixes: [...fixes],
      onProgress: ({ done, total }) => {
        if (total > 0) {
          bar.max = total;
          bar.value = done;
        }
      },
    });
    cancel.addEventListener('click', () => job.cancel());
    let result: ImportResult;
    try {
      result = await job.result;
    } catch (error) {
      if (error instanceof ImportCancelledError) say(t('mydata.cancelled', { file: file.name }));
      else alert(file.name, [t('mydata.failed', { file: file.name, reason: error instanceof Error ? error.message : String(error) })]);
      return;
    } finally {
      row.remove();
    }
    if (result.layer) {
      if (await save(result.layer.name, result.layer.features, file.name)) {
        say(t('mydata.imported', { file: file.name, count: result.layer.count }), result.warnings.slice(0, 3).map((w) => w.message));
      }
    } else {
      showProblems(file, result, fixes);
    }
  }

  return {
    async importFiles(files) {
      for (const file of files) await runOne(file, []);
    },
  };
}
