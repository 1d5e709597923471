// The embed's collapsible legend: a native <details>, so it opens with a click, Enter or Space and
// screen readers announce its state. Rows come from the shared legend model (filters/legend-model.ts).
import type { Lang } from '../types';
import type { LegendGroup } from '../filters/legend-model';
import type { FeatureSymbol } from '../style/symbology';
import { pointShapePath } from '../export/point-shapes';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { clusterSwatch } from '../map/cluster-symbol';

const SVG_NS = 'http://www.w3.org/2000/svg';

function svgNode(tag: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** A 24×14 swatch drawn with the same symbology as the map and the export. */
export function legendSwatch(symbol: FeatureSymbol): SVGElement {
  const svg = svgNode('svg', { width: '24', height: '14', viewBox: '-12 -7 24 14', 'aria-hidden': 'true', class: 'embed-swatch' });
  if (symbol.kind === 'point') {
    svg.append(
      svgNode('path', {
        d: pointShapePath(symbol.shape, Math.min(symbol.size, 12)),
        fill: symbol.fill ?? 'none',
        stroke: symbol.stroke,
        'stroke-width': String(symbol.strokeWidth),
      }),
    );
  } else if (symbol.kind === 'line') {
    svg.append(
      svgNode('line', {
        x1: '-11', y1: '0', x2: '11', y2: '0',
        stroke: symbol.stroke,
        'stroke-width': String(Math.min(symbol.width, 4)),
        ...(symbol.dash ? { 'stroke-dasharray': symbol.dash.join(' ') } : {}),
      }),
    );
  } else {
    svg.append(
      svgNode('rect', {
        x: '-11', y: '-6', width: '22', height: '12',
        fill: symbol.fill,
        'fill-opacity': String(symbol.fillOpacity),
        stroke: symbol.stroke,
        'stroke-width': String(symbol.strokeWidth),
        ...(symbol.dash ? { 'stroke-dasharray': symbol.dash.join(' ') } : {}),
      }),
    );
  }
  return svg;
}

export function createEmbedLegend(groups: readonly LegendGroup[], lang: Lang, open: boolean): HTMLDetailsElement {
  const details = el('details', { class: 'embed-legend', 'data-testid': 'embed-legend' });
  details.open = open;
  details.append(el('summary', {}, translate(lang, 'embed.legend')));
  const list = el('ul', { class: 'embed-legend-list' });
  for (const group of groups) {
    if (group.visibleCount === 0) continue;
    const item = el('li', {}, '');
    item.append(el('span', { class: 'embed-legend-category' }, `${group.label[lang]} (${group.visibleCount})`));
    const rows = el('ul', {});
    for (const entry of group.entries) {
      if (entry.hidden || entry.visibleCount === 0) continue;
      const row = el('li', { class: 'embed-legend-row' });
      row.append(legendSwatch(entry.symbol), el('span', {}, `${entry.label[lang]} (${entry.visibleCount})`));
      rows.append(row);
    }
    item.append(rows);
    list.append(item);
  }
  // where points overlap the map shows clusters: the key says what the numbered circle is
  const points = groups.reduce((sum, group) => sum + group.entries.reduce((n, entry) => n + (!entry.hidden && entry.symbol.kind === 'point' ? entry.visibleCount : 0), 0), 0);
  if (points > 1) {
    const row = el('li', { class: 'embed-legend-row embed-legend-cluster', 'data-testid': 'embed-legend-cluster' });
    row.append(clusterSwatch(false, 16), el('span', {}, translate(lang, 'legend.clusterShort')));
    list.append(row);
  }
  details.append(list);
  return details;
}
