// The legend as data: categories -> subtypes with their map symbol, names in both languages and
// counts. The layers panel, the export legend and the embed legend all draw from this one model.
import { CATEGORIES, type Category, type ProjectFeature, type ProjectGeometry } from '../types';
import { SUBTYPES_BY_CATEGORY } from '../data/schema';
import { categoryLabel, subtypeLabel } from '../i18n/domain-labels';
import { featureSymbol, type FeatureSymbol } from '../style/symbology';

export interface LegendLabel {
  zh: string;
  en: string;
}

export interface LegendEntry {
  subtype: string;
  label: LegendLabel;
  /** how the subtype is drawn when operating and exactly placed (areas: as they always are, approximate) */
  symbol: FeatureSymbol;
  hidden: boolean;
  visibleCount: number;
  total: number;
}

export interface LegendGroup {
  category: Category;
  label: LegendLabel;
  /** 'mixed' when only some of its subtypes are shown */
  shown: 'all' | 'none' | 'mixed';
  entries: LegendEntry[];
  visibleCount: number;
  total: number;
}

function countBySubtype(features: readonly ProjectFeature[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of features) counts.set(f.properties.subtype, (counts.get(f.properties.subtype) ?? 0) + 1);
  return counts;
}

/** The geometry most features of the subtype have, so the swatch looks like the map. */
function typicalGeometry(category: Category, subtype: string, all: readonly ProjectFeature[]): ProjectGeometry['type'] {
  const tally = new Map<ProjectGeometry['type'], number>();
  for (const f of all) if (f.properties.subtype === subtype) tally.set(f.geometry.type, (tally.get(f.geometry.type) ?? 0) + 1);
  let best: ProjectGeometry['type'] = category === 'corridor' ? 'LineString' : 'Point';
  let bestCount = 0;
  for (const [type, count] of tally) if (count > bestCount) [best, bestCount] = [type, count];
  return best;
}

/**
 * Subtypes with at least one feature in `all` are listed (in the schema's order, then any subtype the
 * schema does not know); categories without features are left out.
 */
export function legendModel(
  all: readonly ProjectFeature[],
  visible: readonly ProjectFeature[],
  hiddenSubtypes: readonly string[],
): LegendGroup[] {
  const totals = countBySubtype(all);
  const shown = countBySubtype(visible);
  const groups: LegendGroup[] = [];
  for (const category of CATEGORIES) {
    const known = SUBTYPES_BY_CATEGORY[category];
    const extra = [...totals.keys()].filter(
      (subtype) => !known.includes(subtype) && all.some((f) => f.properties.subtype === subtype && f.properties.category === category),
    );
    const entries: LegendEntry[] = [...known, ...extra]
      .filter((subtype) => (totals.get(subtype) ?? 0) > 0)
      .map((subtype) => {
        const geometry = typicalGeometry(category, subtype, all);
        const area = geometry === 'Polygon' || geometry === 'MultiPolygon';
        return {
          subtype,
          label: { zh: subtypeLabel(subtype, 'zh'), en: subtypeLabel(subtype, 'en') },
          symbol: featureSymbol({ category, subtype, status: 'operating', precision: area ? 'approximate' : 'exact' }, geometry),
          hidden: hiddenSubtypes.includes(subtype),
          visibleCount: shown.get(subtype) ?? 0,
          total: totals.get(subtype) ?? 0,
        };
      });
    if (entries.length === 0) continue;
    const hiddenCount = entries.filter((entry) => entry.hidden).length;
    groups.push({
      category,
      label: { zh: categoryLabel(category, 'zh'), en: categoryLabel(category, 'en') },
      shown: hiddenCount === 0 ? 'all' : hiddenCount === entries.length ? 'none' : 'mixed',
      entries,
      visibleCount: entries.reduce((sum, entry) => sum + entry.visibleCount, 0),
      total: entries.reduce((sum, entry) => sum + entry.total, 0),
    });
  }
  return groups;
}
