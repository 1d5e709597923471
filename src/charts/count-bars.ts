// Small horizontal bar charts of projects by level and by status, with an "unknown" bar whenever
// some projects are unverified. Clicking a bar calls onSelect with its key (null = unknown).
import type { Lang, Level, Status } from '../types.ts';
import type { KeyCount } from './aggregate.ts';
import { horizontalBarLayout } from './bar-layout.ts';
import { chartFrame, sizeSvg, updateTextAlternative } from './chart-frame.ts';
import { chartStrings, levelLabel, statusLabel, SUMMARIES, truncateLabel } from '../i18n/domain-labels.ts';

export interface CountBarsOptions<K extends string> {
  lang: Lang;
  onSelect?: (key: K | null) => void;
}

interface CountBarSpec<K extends string> {
  className: string;
  title: string;
  label: (key: K | null) => string;
}

const ROW_HEIGHT = 20;
const LABEL_WIDTH: Record<Lang, number> = { zh: 72, en: 120 };
const LABEL_CHARS: Record<Lang, number> = { zh: 5, en: 18 };

/** The key used for data joins: the unknown bucket needs a key of its own. */
const joinKey = (key: string | null): string => key ?? '\u0000unknown';

function renderCountBars<K extends string>(
  container: HTMLElement,
  counts: readonly KeyCount<K>[],
  spec: CountBarSpec<K>,
  options: CountBarsOptions<K>,
): void {
  const { lang } = options;
  const strings = chartStrings(lang);
  const frame = chartFrame(container, spec.className);
  const layout = horizontalBarLayout({
    width: frame.width,
    rowCount: counts.length,
    maxValue: Math.max(0, ...counts.map((entry) => entry.count)),
    labelWidth: LABEL_WIDTH[lang],
    rowHeight: ROW_HEIGHT,
    valueWidth: 32,
    top: 0,
  });
  sizeSvg(frame, layout.height);

  const rows = frame.svg
    .selectAll<SVGGElement, KeyCount<K>>('g.chart__row')
    .data(counts, (entry) => joinKey(entry.key))
    .join((enter) => {
      const g = enter.append('g').attr('class', 'chart__row');
      g.append('title');
      g.append('text').attr('class', 'chart__label').attr('text-anchor', 'end').attr('dy', '0.35em');
      g.append('rect').attr('class', 'chart__bar');
      g.append('text').attr('class', 'chart__value').attr('dy', '0.35em');
      return g;
    })
    .attr('transform', (_entry, index) => `translate(0,${layout.rowTop(index)})`)
    // the unknown bar is styled apart (hatched/grey in CSS) so it does not read as a real category
    .classed('chart__row--unknown', (entry) => entry.key === null)
    .classed('chart__row--clickable', options.onSelect !== undefined)
    .on('click', (_event, entry) => options.onSelect?.(entry.key));

  const middle = layout.barHeight / 2;
  rows.select('title').text((entry) => `${spec.label(entry.key)}: ${entry.count}`);
  rows
    .select('.chart__label')
    .attr('x', layout.barLeft - 6)
    .attr('y', middle)
    .text((entry) => truncateLabel(spec.label(entry.key), LABEL_CHARS[lang]));
  rows
    .select('.chart__bar')
    .attr('x', layout.barLeft)
    .attr('width', (entry) => layout.length(entry.count))
    .attr('height', layout.barHeight);
  rows
    .select('.chart__value')
    .attr('x', (entry) => layout.barLeft + layout.length(entry.count) + 4)
    .attr('y', middle)
    .text((entry) => String(entry.count));

  const parts = counts.map((entry) => ({ label: spec.label(entry.key), count: entry.count }));
  updateTextAlternative(frame, {
    title: spec.title,
    summary: SUMMARIES.counts(lang, parts),
    tableCaption: spec.title,
    columns: [spec.title, strings.count],
    rows: parts.map((part) => [part.label, String(part.count)]),
  });
}

export function renderLevelChart(container: HTMLElement, counts: readonly KeyCount<Level>[], options: CountBarsOptions<Level>): void {
  renderCountBars(container, counts, {
    className: 'chart--levels',
    title: chartStrings(options.lang).levelChartTitle,
    label: (key) => levelLabel(key, options.lang),
  }, options);
}

export function renderStatusChart(container: HTMLElement, counts: readonly KeyCount<Status>[], options: CountBarsOptions<Status>): void {
  renderCountBars(container, counts, {
    className: 'chart--statuses',
    title: chartStrings(options.lang).statusChartTitle,
    label: (key) => statusLabel(key, options.lang),
  }, options);
}
