// The yearly totals of the jointly built major projects in the Charts tab: a bar chart of project
// counts (its text alternative is a caption sentence and the table below it) and a table with the
// investment and the sources. Fetched the first time the Charts tab is open; all text via DOM nodes.
import type { Store } from '../state/store';
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import { dataURL } from '../data/load-boundaries';
import type { MajorProjectsYear } from '../data/major-projects';
import { safeHref } from '../import/safe-href';
import { el } from '../ui/dom';
import { majorProjectBars, majorProjectsSummary } from './major-projects-model';
import type { Teardown } from '../ui/teardown';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const BAR_AREA = 120;
const TOP = 16;
const BOTTOM = 32;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function chart(rows: readonly MajorProjectsYear[], lang: Lang, summaryId: string): SVGSVGElement {
  const bars = majorProjectBars(rows, lang);
  const height = TOP + BAR_AREA + BOTTOM;
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart__svg major-projects__svg', role: 'img', 'aria-labelledby': summaryId });
  const step = WIDTH / Math.max(1, bars.length);
  bars.forEach((bar, i) => {
    const barHeight = Math.max(1, bar.height * BAR_AREA);
    const x = i * step + step * 0.2;
    const group = svg('g', { class: 'major-projects__bar', 'data-year': bar.year });
    const rect = svg('rect', { x, y: TOP + BAR_AREA - barHeight, width: step * 0.6, height: barHeight });
    rect.append(svg('title', {}, `${bar.year}: ${bar.projects} · ${bar.investment}`));
    group.append(
      rect,
      svg('text', { x: x + step * 0.3, y: TOP + BAR_AREA - barHeight - 4, 'text-anchor': 'middle', class: 'chart__value' }, String(bar.projects)),
      svg('text', { x: x + step * 0.3, y: height - 18, 'text-anchor': 'middle' }, String(bar.year)),
      svg('text', { x: x + step * 0.3, y: height - 4, 'text-anchor': 'middle', class: bar.investmentKnown ? 'major-projects__money' : 'major-projects__money major-projects__money--unknown' }, bar.short),
    );
    root.append(group);
  });
  return root;
}

function table(rows: readonly MajorProjectsYear[], lang: Lang): HTMLTableElement {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const bars = majorProjectBars(rows, lang);
  const result = el('table', { class: 'feature-table major-projects__table', 'data-testid': 'major-projects-table' });
  result.append(el('caption', {}, t('majorProjects.tableCaption')));
  const head = el('tr');
  for (const key of ['majorProjects.year', 'majorProjects.projects', 'majorProjects.investment', 'majorProjects.sources'] as const) head.append(el('th', { scope: 'col' }, t(key)));
  const thead = el('thead');
  thead.append(head);
  result.append(thead);
  const body = el('tbody');
  rows.forEach((row, i) => {
    const tr = el('tr', { 'data-year': String(row.year) });
    tr.append(el('th', { scope: 'row' }, String(row.year)), el('td', {}, String(row.projects)));
    tr.append(el('td', { class: bars[i]?.investmentKnown ? '' : 'major-projects__unknown' }, bars[i]?.investment ?? ''));
    const sources = el('td');
    for (const source of row.sources) {
      const href = safeHref(source.url);
      const line = el('div');
      if (href === null) line.textContent = source.text;
      else line.append(el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, source.text));
      sources.append(line);
    }
    if (row.notes !== null) sources.append(el('div', { class: 'chart__note', lang: 'en' }, `${t('majorProjects.noteEn')} ${row.notes}`));
    tr.append(sources);
    body.append(tr);
  });
  result.append(body);
  return result;
}

/** Mounts the section in the Charts tab; it loads its file when the tab is first open. */
export function mountMajorProjects(parent: HTMLElement, store: Store): Teardown {
  const section = el('section', { class: 'panel chart major-projects', 'data-testid': 'major-projects', 'aria-labelledby': 'major-projects-heading' });
  parent.append(section);
  let rows: MajorProjectsYear[] | null = null;
  let failed: string | null = null;
  let requested = false;

  const render = () => {
    const { lang } = store.getState();
    const heading = el('h3', { id: 'major-projects-heading', class: 'chart__title' }, translate(lang, 'majorProjects.title'));
    const intro = el('p', { class: 'chart__note' }, translate(lang, 'majorProjects.intro'));
    if (rows === null) {
      section.replaceChildren(heading, intro, el('p', { class: 'chart__note', 'data-testid': 'major-projects-status' }, failed === null ? translate(lang, 'majorProjects.loading') : translate(lang, 'majorProjects.failed', { reason: failed })));
      return;
    }
    const summary = el('p', { id: 'major-projects-summary', class: 'major-projects__summary', 'data-testid': 'major-projects-summary' }, majorProjectsSummary(rows, lang));
    section.replaceChildren(heading, intro, chart(rows, lang, 'major-projects-summary'), summary, table(rows, lang));
  };

  const load = () => {
    if (requested) return;
    requested = true;
    fetch(dataURL('major-projects.json'))
      .then((response) => {
        if (!response.ok) throw new Error(`major-projects.json: HTTP ${response.status}`);
        return response.json() as Promise<{ years?: unknown }>;
      })
      .then((json) => {
        if (!Array.isArray(json.years)) throw new Error('major-projects.json has no "years" array');
        rows = json.years as MajorProjectsYear[];
      })
      .catch((error: unknown) => {
        failed = error instanceof Error ? error.message : String(error);
      })
      .finally(render);
  };

  const update = () => {
    if (store.getState().panelTab === 'charts') load();
    render();
  };
  update();
  return store.subscribe((next, previous) => {
    if (next.lang !== previous.lang || next.panelTab !== previous.panelTab) update();
  });
}
