// The part of the legend that explains line styles, placement and clusters, drawn with the same
// symbology as the map.
import type { Lang } from '../types';
import type { StringKey } from '../i18n/strings';
import { translate } from '../i18n/translate';
import { areaSymbol, lineSymbol, pointSymbol, type FeatureSymbol } from '../style/symbology';
import { symbolSwatch } from '../map/feature-symbols';
import { clusterSwatch } from '../map/cluster-symbol';
import { el } from './dom';

const rail = { category: 'corridor', subtype: 'railway', precision: 'exact' } as const;
const park = { category: 'industrial_park', subtype: 'national_high_tech_zone', status: 'designated' } as const;
const zone = { category: 'platform', subtype: 'metropolitan_area', status: 'designated', precision: 'approximate' } as const;

const ITEMS: readonly [StringKey, FeatureSymbol | 'cluster' | 'cluster-approximate'][] = [
  ['legend.solid', lineSymbol({ ...rail, status: 'operating' })],
  ['legend.dashed', lineSymbol({ ...rail, status: 'under_construction' })],
  ['legend.dotted', lineSymbol({ ...rail, status: 'planned' })],
  ['legend.approximatePoint', pointSymbol({ ...park, precision: 'approximate' })],
  ['legend.extent', areaSymbol(zone)],
  ['legend.partial', { kind: 'area', fill: areaSymbol(zone).fill, fillOpacity: 0.04, stroke: areaSymbol(zone).stroke, strokeWidth: 1, dash: [1, 3] }],
  ['legend.cluster', 'cluster'],
  ['legend.clusterApproximate', 'cluster-approximate'],
];

export function createLegendKey(): { element: HTMLElement; update(lang: Lang): void } {
  const element = el('div', { class: 'legend-key', 'data-testid': 'legend-key' });
  const title = el('h3', { class: 'legend-key__title' });
  const list = el('ul', { class: 'legend-key__list' });
  element.append(title, list);
  const texts = ITEMS.map(([keyName, symbol]) => {
    const text = el('span');
    const item = el('li');
    item.append(symbol === 'cluster' || symbol === 'cluster-approximate' ? clusterSwatch(symbol === 'cluster-approximate') : symbolSwatch(symbol), text);
    list.append(item);
    return { keyName, text };
  });
  return {
    element,
    update(lang) {
      title.textContent = translate(lang, 'legend.keyTitle');
      for (const { keyName, text } of texts) text.textContent = translate(lang, keyName);
    },
  };
}
