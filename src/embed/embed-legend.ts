// The embed's collapsible legend: a native <details>, so it opens with a click, Enter or Space and
// screen readers announce its state. Rows come from the shared legend model (filters/legend-model.ts).
import type { Lang } from '../types';
import type { LegendGroup } from '../filters/legend-model';
import { shownLegendGroups } from '../filters/legend-items';
import type { FeatureSymbol } from '../style/symbology';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { clusterSwatch } from '../map/cluster-symbol';
import { symbolSwatch } from '../map/feature-symbols';

/** The layers panel's swatch (map/feature-symbols.ts), a little smaller to fit a phone's legend row. */
function legendSwatch(symbol: FeatureSymbol): SVGSVGElement {
  const svg = symbolSwatch(symbol, 18);
  svg.classList.add('embed-swatch');
  return svg;
}

export function createEmbedLegend(groups: readonly LegendGroup[], lang: Lang, open: boolean): HTMLDetailsElement {
  const details = el('details', { class: 'embed-legend', 'data-testid': 'embed-legend' });
  details.open = open;
  details.append(el('summary', {}, translate(lang, 'embed.legend')));
  const list = el('ul', { class: 'embed-legend-list' });
  // the same rows the export's legend draws (filters/legend-items.ts)
  for (const group of shownLegendGroups(groups)) {
    const item = el('li', {}, '');
    item.append(el('span', { class: 'embed-legend-category' }, `${group.label[lang]} (${group.visibleCount})`));
    const rows = el('ul', {});
    for (const entry of group.entries) {
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
