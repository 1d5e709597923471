// The export legend built from the visible features: one row per subtype that has at least one
// visible feature, with its count, drawn with the map's own symbology. A layer that is switched
// off has no visible features and so no row.
import type { LegendItem } from '../export/export-input';
import { CATEGORIES, type ProjectFeature } from '../types';
import { featureSymbol } from '../style/symbology';
import { subtypeLabel } from '../i18n/domain-labels';

export function legendItemsFor(features: readonly ProjectFeature[]): LegendItem[] {
  const groups = new Map<string, { sample: ProjectFeature; count: number }>();
  for (const feature of features) {
    const key = feature.properties.subtype;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { sample: feature, count: 1 });
  }
  const categoryRank = (f: ProjectFeature) => CATEGORIES.indexOf(f.properties.category);
  return [...groups.entries()]
    // stable: category order, then first appearance in the data
    .sort(([, a], [, b]) => categoryRank(a.sample) - categoryRank(b.sample))
    .map(([key, { sample, count }]) => ({
      key,
      label_zh: subtypeLabel(key, 'zh'),
      label_en: subtypeLabel(key, 'en'),
      count,
      // the legend shows the layer's symbol; status and precision variants are explained below it
      symbol: featureSymbol({ ...sample.properties, precision: 'exact', status: 'operating' }, sample.geometry.type),
    }));
}

