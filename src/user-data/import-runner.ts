// Runs the import of the files a planner dropped or chose, one after another: shows progress with a
// cancel button, saves what imports cleanly, and for a rejected file shows its problems (role=alert)
// with the fixes the importer offers. Nothing is saved unless the planner's data passes or they choose.
// Everything shown is worded in the current language and reworded when the planner switches language.
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import { openImportSession, ImportCancelledError, acceptWithoutBadFeatures, type FixKind, type ImportResult, type ImportSession, type Problem } from '../import/index.ts';
import { formatProblem } from '../import/format-problem.ts';
import { createLocalisedText, type Wording } from './localised-text';
import { describeError } from './describe-error';
import { el } from '../ui/dom';
import type { ImportChoices } from '../import/worker-protocol.ts';
import { buildMappingStep } from './mapping-step';
import type { Feature } from 'geojson';

/** How many problems are listed for one file; the rest are counted. */
const MAX_LISTED_PROBLEMS = 8;

export interface ImportRunnerOptions {
  progress: HTMLElement;
  steps: HTMLElement;
  alerts: HTMLElement;
  status: HTMLElement;
  getLang(): Lang;
  addLayer(name: string, features: Feature[]): Promise<void>;
}

export interface ImportRunner {
  importFiles(files: readonly File[]): Promise<void>;
  /** Rewords progress, messages and offers already shown, after the language changed. */
  applyLang(): void;
  /** cancels the imports still running and ends every file's worker, the mapping steps' too */
  teardown(): void;
}

type Key = Parameters<typeof translate>[1];

const FIX_LABELS: Record<FixKind, 'mydata.fix.swap' | 'mydata.fix.fromWebMercator' | 'mydata.fix.closeRings'> = {
  swap: 'mydata.fix.swap',
  fromWebMercator: 'mydata.fix.fromWebMercator',
  closeRings: 'mydata.fix.closeRings',
};

/** How the report names a file read in a form other than plain GeoJSON or a table. */
function formKey(result: ImportResult): Key | undefined {
  if (result.form) return `import.form.${result.form}`;
  const format = result.format;
  return format === 'kml' || format === 'kmz' || format === 'gpx' || format === 'shapefile' ? `import.form.${format}` : undefined;
}

export function createImportRunner(options: ImportRunnerOptions): ImportRunner {
  const localised = createLocalisedText(options.getLang);
  /** the files being imported or waiting in a mapping step, each with the worker that holds it */
  const sessions = new Set<ImportSession>();
  const open = (file: File): ImportSession => {
    const session = openImportSession(file);
    sessions.add(session);
    return session;
  };
  /** Ends the file's worker: what it read of the file is freed. */
  const close = (session: ImportSession) => {
    session.close();
    sessions.delete(session);
  };
  const words = (key: Key, params?: Record<string, string | number>): Wording => (lang) => translate(lang, key, params);
  const problemWords = (problem: Problem): Wording => (lang) => formatProblem(problem, lang);
  const text = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, wording: Wording) =>
    localised.bind(el(tag, attributes), wording);

  const say = (wording: Wording, details: readonly Wording[] = []) => {
    const item = el('div', { class: 'import-message', 'data-testid': 'import-status' });
    item.append(text('p', {}, wording));
    for (const line of details) item.append(text('p', { class: 'import-detail' }, line));
    options.status.replaceChildren(item);
  };

  const alert = (file: string, lines: readonly Wording[], actions: HTMLButtonElement[] = []) => {
    const item = el('div', { class: 'import-problem', 'data-testid': 'import-alert', 'data-file': file });
    const list = el('ul');
    const dismiss = localised.bind(el('button', { type: 'button', class: 'import-dismiss' }, '×'), words('notices.dismiss'), 'aria-label');
    dismiss.addEventListener('click', () => item.remove());
    item.append(list, ...actions, dismiss);
    options.alerts.append(item);
    for (const line of lines) list.append(text('li', {}, line));
    return item;
  };

  const save = async (name: string, features: Feature[], file: string) => {
    try {
      await options.addLayer(name === '' ? translate(options.getLang(), 'mydata.unnamedLayer') : name, features);
      return true;
    } catch (error) {
      alert(file, [(lang) => translate(lang, 'mydata.saveFailed', { reason: describeError(error, lang) })]);
      return false;
    }
  };

  // The step's re-reads and its confirmation use the worker that read the file for it, which still
  // holds what it read; Cancel ends that worker.
  const showMappingStep = (session: ImportSession, file: File, result: ImportResult, choices: ImportChoices) => {
    const step = buildMappingStep({
      file: file.name,
      result,
      choices,
      localised,
      getLang: options.getLang,
      reread: (next) => void runOne(session, file, [], next, 'preview', step),
      confirm: (next) => {
        step.remove();
        void runOne(session, file, [], next, 'final');
      },
      cancel: () => {
        step.remove();
        close(session);
        say(words('mydata.cancelled', { file: file.name }));
      },
    });
    return step;
  };

  const showProblems = (session: ImportSession, file: File, result: ImportResult, fixes: readonly FixKind[], choices: ImportChoices) => {
    const listed = result.errors.slice(0, MAX_LISTED_PROBLEMS).map(problemWords);
    const more = result.errors.length - listed.length;
    const lines = [words('mydata.rejected', { file: file.name }), ...listed];
    if (more > 0) lines.push(words('mydata.moreProblems', { count: more }));
    const actions: HTMLButtonElement[] = [];
    let item: HTMLElement | undefined;
    for (const offer of result.fixes) {
      const button = el('button', { type: 'button', class: 'import-offer', 'data-fix': offer.kind });
      localised.bind(button, words(FIX_LABELS[offer.kind]));
      button.addEventListener('click', () => {
        item?.remove();
        sessions.add(session);
        void runOne(session, file, [...fixes, offer.kind], choices, 'final');
      });
      actions.push(button);
    }
    const partial = acceptWithoutBadFeatures(result);
    if (partial && result.badFeatureIndexes.length > 0) {
      const button = el('button', { type: 'button', class: 'import-offer', 'data-offer': 'without-bad' });
      localised.bind(button, words('mydata.withoutBad', { count: result.badFeatureIndexes.length }));
      button.addEventListener('click', async () => {
        button.disabled = true;
        if (await save(partial.name, partial.features, file.name)) {
          item?.remove();
          say(words('mydata.imported', { file: file.name, count: partial.count }));
        } else button.disabled = false;
      });
      actions.push(button);
    }
    item = alert(file.name, lines, actions);
  };

  /**
   * Imports one file. A table is first shown in the mapping step ('preview'); the planner's
   * confirmation imports it with their choices ('final'). `replacing`: the step a re-read replaces.
   * The file's worker is ended unless a mapping step waits for the planner.
   */
  async function runOne(session: ImportSession, file: File, fixes: readonly FixKind[], choices: ImportChoices, stage: 'preview' | 'final', replacing?: HTMLElement): Promise<void> {
    if (await importOnce(session, file, fixes, choices, stage, replacing) !== 'step') close(session);
  }

  async function importOnce(
    session: ImportSession, file: File, fixes: readonly FixKind[], choices: ImportChoices, stage: 'preview' | 'final', replacing?: HTMLElement,
  ): Promise<'step' | 'done'> {
    // data-stage: what the import is doing (reading the file, then the worker's stages, then
    // 'receiving' while the features come over to the page); Cancel works until the result is in
    const row = el('div', { class: 'import-progress', 'data-testid': 'import-progress', 'data-stage': 'reading', 'data-file': file.name });
    const importing = words('mydata.importing', { file: file.name });
    const label = el('span');
    const bar = el('progress');
    const cancel = el('button', { type: 'button' });
    row.append(label, bar, cancel);
    options.progress.append(row);
    localised.bind(label, importing);
    localised.bind(bar, importing, 'aria-label');
    localised.bind(cancel, words('mydata.cancel'));
    const job = session.run({
      fixes: [...fixes],
      choices,
      // The worker fetches the division list itself, relative to the page so any sub-path works.
      divisionsUrl: new URL('data/divisions.json', document.baseURI).href,
      preview: stage === 'preview',
      onProgress: ({ stage: now, done, total }) => {
        row.dataset['stage'] = now;
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
      row.remove();
      // a newer read of the same file (the planner changed the sheet again) took over: it answers
      if (error instanceof ImportCancelledError && error.superseded) return 'step';
      if (error instanceof ImportCancelledError) say(words('mydata.cancelled', { file: file.name }));
      else alert(file.name, [(lang) => translate(lang, 'mydata.failed', { file: file.name, reason: describeError(error, lang) })]);
      // the step a cancelled re-read would have replaced still waits: a later choice reads the file again
      return replacing?.isConnected ? 'step' : 'done';
    }
    row.remove();
    if (stage === 'preview' && result.table) {
      const step = showMappingStep(session, file, result, choices);
      if (replacing?.isConnected) replacing.replaceWith(step);
      else options.steps.append(step);
      step.querySelector<HTMLElement>('select, input')?.focus({ preventScroll: true });
      return 'step';
    }
    if (result.layer) {
      if (await save(result.layer.name, result.layer.features, file.name)) {
        const form = formKey(result);
        say(words('mydata.imported', { file: file.name, count: result.layer.count }), [...(form ? [words(form)] : []), ...result.warnings.slice(0, 3).map(problemWords)]);
      }
    } else {
      showProblems(session, file, result, fixes, choices);
    }
    return 'done';
  }

  return {
    async importFiles(files) {
      for (const file of files) await runOne(open(file), file, [], {}, 'preview');
    },
    applyLang: () => localised.refresh(),
    teardown: () => {
      for (const session of [...sessions]) close(session);
    },
  };
}
