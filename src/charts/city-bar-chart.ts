// Horizontal bars: projects per place at one level (Sichuan's prefectures beside Chongqing's
// districts and counties, or Chongqing as one bar), stacked by category. Every place has its bar:
// no "others" remainder hides the small ones, so the chart grows tall and the panel scrolls.
// Re-rendering with new rows updates the same SVG through d3 joins.
import { select } from 'd3-selection';
import { categoryColour } from '../style/symbology.ts';
import { CATEGORIES, type Category, type Lang } from '../types.ts';
import type { CityCategoryRow } from './aggregate.ts';
import type { ChongqingBars } from '../state/chart-options.ts';
import { horizontalBarLayout, stackCategories } from './bar-layout.ts';
import { chartFrame, sizeSvg, updateTextAlternative } from './chart-frame.ts';
import { categoryLabel, chartStrings, SUMMARIES, truncateLabel } from '../i18n/domain-labels.ts';
import { translate } from '../i18n/translate.ts';

export interface CityBarChartOptions {
  lang: Lang;
  /** how the rows group Chongqing (the title says which) */
  chongqing: ChongqingBars;
  /** called with the adcode when a city's bar is clicked (not for Chongqing as a whole or "unknown") */
  onSelect?: (adcode: string) => void;
}

const ROW_HEIGHT = 18;
/** a row whose name is written above its bar: the name's line, then the bar */
const STACKED_ROW_HEIGHT = 34;
const STACKED_BAR_TOP = 15;
const LABEL_CHARS: Record<Lang, number> = { zh: 6, en: 14 };
const LABEL_WIDTH: Record<Lang, number> = { zh: 88, en: 112 };

export function cityRowLabel(row: CityCategoryRow, lang: Lang): string {
  const strings = chartStrings(lang);
  if (row.kind === 'province') return strings.chongqingWhole;
  if (row.kind === 'unknown') return strings.unknownCity;
  if (row.name === null) return row.key; // an adcode without a name is shown as is, not hidden
  return lang === 'zh' ? row.name.name_zh : row.name.name_en;
}

function renderLegend(figure: ReturnType<typeof chartFrame>['figure'], lang: Lang): void {
  let legend = figure.select<HTMLUListElement>('ul.chart__legend');
  if (legend.empty()) legend = figure.insert<HTMLUListElement>('ul', 'svg').attr('class', 'chart__legend');
  const items = legend
    .selectAll<HTMLLIElement, Category>('li')
    .data(CATEGORIES)
    .join((enter) => {
      const li = enter.append('li');
      li.append('span').attr('class', 'chart__swatch').attr('aria-hidden', 'true');
      li.append('span').attr('class', 'chart__legend-label');
      return li;
    });
  items.select<HTMLSpanElement>('.chart__swatch').style('background-color', (category) => categoryColour(category));
  items.select('.chart__legend-label').text((category) => categoryLabel(category, lang));
}

/** Which province a row's place is in, for the text alternative and the tooltip ('' when unknown). */
function provinceOf(row: CityCategoryRow, lang: Lang): string {
  const strings = chartStrings(lang);
  if (row.kind === 'unknown') return '';
  return row.key.startsWith('50') ? strings.chongqing : row.key.startsWith('51') ? strings.sichuan : '';
}

export function renderCityBarChart(container: HTMLElement, rows: readonly CityCategoryRow[], options: CityBarChartOptions): void {
  const { lang } = options;
  const strings = chartStrings(lang);
  const shown = rows;
  const frame = chartFrame(container, 'chart--cities');
  renderLegend(frame.figure, lang);

  // Every name is read in full: when one is longer than the room beside the bars (English district
  // and county names, Chinese autonomous counties), each name goes on its own line above its bar.
  const stacked = shown.some((row) => cityRowLabel(row, lang).length > LABEL_CHARS[lang]);
  const layout = horizontalBarLayout({
    width: frame.width,
    rowCount: shown.length,
    maxValue: Math.max(0, ...shown.map((row) => row.total)),
    labelWidth: stacked ? 0 : LABEL_WIDTH[lang],
    rowHeight: stacked ? STACKED_ROW_HEIGHT : ROW_HEIGHT,
    valueWidth: 32,
    top: 0,
  });
  const barTop = stacked ? STACKED_BAR_TOP : 0;
  const barHeight = stacked ? STACKED_ROW_HEIGHT - STACKED_BAR_TOP - 4 : layout.barHeight;
  sizeSvg(frame, layout.height);

  const rowGroups = frame.svg
    .selectAll<SVGGElement, CityCategoryRow>('g.chart__row')
    .data(shown, (row) => row.key)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'chart__row');
      g.append('title');
      g.append('text').attr('class', 'chart__label').attr('text-anchor', 'end').attr('dy', '0.35em');
      g.append('g').attr('class', 'chart__segments');
      g.append('text').attr('class', 'chart__value').attr('dy', '0.35em');
      return g;
    })
    .attr('transform', (_row, index) => `translate(0,${layout.rowTop(index)})`)
    .classed('chart__row--clickable', (row) => row.kind === 'city' && options.onSelect !== undefined)
    .on('click', (_event, row) => {
      if (row.kind === 'city') options.onSelect?.(row.key);
    });

  const middle = barTop + barHeight / 2;
  rowGroups.select('title').text((row) => {
    const province = provinceOf(row, lang);
    const place = province && row.kind === 'city' ? translate(lang, 'chart.placeInProvince', { place: cityRowLabel(row, lang), province }) : cityRowLabel(row, lang);
    return `${place}: ${row.total}`;
  });
  rowGroups
    .select('.chart__label')
    .attr('x', stacked ? 0 : layout.barLeft - 6)
    .attr('y', stacked ? STACKED_BAR_TOP / 2 : middle)
    .attr('text-anchor', stacked ? 'start' : 'end')
    .text((row) => (stacked ? cityRowLabel(row, lang) : truncateLabel(cityRowLabel(row, lang), LABEL_CHARS[lang])));
  rowGroups
    .select('.chart__segments')
    .selectAll('rect')
    .data((row) => stackCategories(row.counts))
    .join('rect')
    .attr('x', (segment) => layout.barLeft + layout.length(segment.start))
    .attr('y', barTop)
    .attr('width', (segment) => layout.length(segment.end) - layout.length(segment.start))
    .attr('height', barHeight)
    .attr('fill', (segment) => categoryColour(segment.category));
  rowGroups
    .select('.chart__value')
    .attr('x', (row) => layout.barLeft + layout.length(row.total) + 4)
    .attr('y', middle)
    .text((row) => String(row.total));

  const placeRows = rows.filter((row) => row.kind !== 'unknown');
  const busiest = placeRows[0];
  const title = strings.cityChartTitle[options.chongqing];
  updateTextAlternative(frame, {
    title,
    summary: SUMMARIES.cities(lang, placeRows.length, busiest ? { name: cityRowLabel(busiest, lang), total: busiest.total } : null),
    tableCaption: title,
    columns: [strings.place, strings.province, ...CATEGORIES.map((category) => categoryLabel(category, lang)), strings.count],
    rows: rows.map((row) => [
      cityRowLabel(row, lang),
      provinceOf(row, lang),
      ...CATEGORIES.map((category) => String(row.counts[category])),
      String(row.total),
    ]),
  });
}
