// The choropleth's legend as DOM: the column as title, one swatch per class with its bounds and unit,
// and the "no data" swatch. Swatches are SVG rects (a fill attribute, not a style: the CSP allows it).
import type { Lang } from '../types.ts';
import { translate } from '../i18n/translate.ts';
import { el } from '../ui/dom.ts';
import { classLabels } from '../style/class-labels.ts';
import { NO_DATA_COLOUR } from '../style/palette-names.ts';
import type { ChoroplethModel } from './choropleth-model.ts';

const SVG = 'http://www.w3.org/2000/svg';

export function swatch(colour: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'choro-swatch');
  const rect = document.createElementNS(SVG, 'rect');
  rect.setAttribute('width', '16');
  rect.setAttribute('height', '12');
  rect.setAttribute('fill', colour);
  rect.setAttribute('stroke', '#8a867c');
  rect.setAttribute('stroke-width', '1');
  svg.append(rect);
  return svg;
}

export interface LegendEntry {
  colour: string;
  label: string;
  count: number;
}

/** The rows of the legend, no data last; shared by the map legend and the export. */
export function legendEntries(model: ChoroplethModel, lang: Lang): LegendEntry[] {
  const labels = classLabels(model.breaks, lang, model.unit);
  return [
    ...labels.map((label, i) => ({ colour: model.colours[i] ?? NO_DATA_COLOUR, label, count: model.counts[i] ?? 0 })),
    { colour: NO_DATA_COLOUR, label: translate(lang, 'choro.noData'), count: model.noData },
  ];
}

export function renderLegend(target: HTMLElement, model: ChoroplethModel | null, lang: Lang): void {
  target.hidden = model === null;
  if (model === null) return target.replaceChildren();
  const title = el('p', { class: 'choro-legend-title', 'data-testid': 'choro-legend-title' }, model.spec.value);
  const list = el('ul', { class: 'choro-legend-list' });
  for (const entry of legendEntries(model, lang)) {
    const item = el('li', { class: 'choro-legend-item', 'data-testid': 'choro-legend-item', 'data-colour': entry.colour });
    item.append(swatch(entry.colour), el('span', { class: 'choro-legend-label' }, entry.label), el('span', { class: 'choro-legend-count' }, translate(lang, 'choro.count', { count: entry.count })));
    list.append(item);
  }
  target.replaceChildren(title, list);
}
