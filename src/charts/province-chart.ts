// Sichuan and Chongqing side by side: for each category a pair of bars, each named (四川 / 重庆) and
// drawn in the category's colour, on one scale so lengths compare across categories. A visible note
// says that projects in both provinces count on each side; the figure's table gives the numbers.
import { categoryColour } from '../style/symbology.ts';
import type { Category, Lang } from '../types.ts';
import type { ProvinceComparison } from './province-compare.ts';
import { horizontalBarLayout } from './bar-layout.ts';
import { chartFrame, sizeSvg, updateTextAlternative } from './chart-frame.ts';
import { categoryLabel, chartStrings, SUMMARIES } from '../i18n/domain-labels.ts';

interface Bar {
  key: string;
  category: Category;
  side: 'sichuan' | 'chongqing';
  count: number;
  both: number;
  /** y of the bar's row */
  y: number;
}

interface Heading {
  category: Category;
  y: number;
}

const HEADING_HEIGHT = 18;
const ROW_HEIGHT = 18;
const GROUP_GAP = 6;
const LABEL_WIDTH: Record<Lang, number> = { zh: 44, en: 80 };

export function renderProvinceChart(container: HTMLElement, comparison: ProvinceComparison, lang: Lang): void {
  const strings = chartStrings(lang);
  const frame = chartFrame(container, 'chart--provinces');
  const bars: Bar[] = [];
  const headings: Heading[] = [];
  let y = 0;
  for (const row of comparison.rows) {
    headings.push({ category: row.category, y });
    y += HEADING_HEIGHT;
    for (const side of ['sichuan', 'chongqing'] as const) {
      bars.push({ key: `${row.category}:${side}`, category: row.category, side, count: row[side], both: row.both, y });
      y += ROW_HEIGHT;
    }
    y += GROUP_GAP;
  }
  const layout = horizontalBarLayout({
    width: frame.width,
    rowCount: 0,
    maxValue: Math.max(0, ...bars.map((bar) => bar.count)),
    labelWidth: LABEL_WIDTH[lang],
    rowHeight: ROW_HEIGHT,
    valueWidth: 32,
    top: 0,
  });
  sizeSvg(frame, y);

  frame.svg
    .selectAll<SVGTextElement, Heading>('text.chart__group')
    .data(headings, (heading) => heading.category)
    .join((enter) => enter.append('text').attr('class', 'chart__group').attr('dy', '0.35em'))
    .attr('x', 0)
    .attr('y', (heading) => heading.y + HEADING_HEIGHT / 2)
    .text((heading) => categoryLabel(heading.category, lang));

  const middle = layout.barHeight / 2;
  const rows = frame.svg
    .selectAll<SVGGElement, Bar>('g.chart__row')
    .data(bars, (bar) => bar.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'chart__row');
      g.append('title');
      g.append('text').attr('class', 'chart__label').attr('text-anchor', 'end').attr('dy', '0.35em');
      g.append('rect').attr('class', 'chart__province-bar');
      g.append('text').attr('class', 'chart__value').attr('dy', '0.35em');
      return g;
    })
    .attr('transform', (bar) => `translate(0,${bar.y})`)
    .attr('data-side', (bar) => bar.side);
  rows.select('title').text((bar) => {
    const base = `${categoryLabel(bar.category, lang)}, ${strings[bar.side]}: ${bar.count}`;
    return bar.both > 0 ? `${base} (${strings.ofWhichBoth} ${bar.both})` : base;
  });
  rows
    .select('.chart__label')
    .attr('x', layout.barLeft - 6)
    .attr('y', middle)
    .text((bar) => strings[bar.side]);
  rows
    .select('.chart__province-bar')
    .attr('x', layout.barLeft)
    .attr('width', (bar) => layout.length(bar.count))
    .attr('height', layout.barHeight)
    .attr('fill', (bar) => categoryColour(bar.category));
  rows
    .select('.chart__value')
    .attr('x', (bar) => layout.barLeft + layout.length(bar.count) + 4)
    .attr('y', middle)
    .text((bar) => String(bar.count));

  // the counting rule, visible to every reader, not only in the hidden table
  let note = frame.figure.select<HTMLParagraphElement>('p.chart__note');
  // screen readers hear the same sentence as the chart's summary, so the note is not read twice
  if (note.empty()) note = frame.figure.append('p').attr('class', 'chart__note').attr('aria-hidden', 'true');
  const summary = SUMMARIES.provinces(lang, comparison.totals, comparison.unknown);
  note.text(summary);

  const { totals } = comparison;
  updateTextAlternative(frame, {
    title: strings.provinceChartTitle,
    summary,
    tableCaption: strings.provinceChartTitle,
    columns: [strings.category, strings.sichuan, strings.chongqing, strings.ofWhichBoth],
    rows: [
      ...comparison.rows.map((row) => [categoryLabel(row.category, lang), String(row.sichuan), String(row.chongqing), String(row.both)]),
      [strings.total, String(totals.sichuan), String(totals.chongqing), String(totals.both)],
    ],
  });
}

