// The legend as rows, from the one legend model (./legend-model.ts, the scene's `legend`): what the
// embed lists and what the export draws (./picture-legend.ts). A row is a subtype of the model with
// shown features that is not switched off, with the model's symbol and count, so the screen and the
// picture cannot list different layers for the same state. Kept small: the embed's first view loads it.
import type { LegendGroup } from './legend-model.ts';
import type { FeatureSymbol } from '../style/symbology.ts';

export interface LegendItem {
  key: string;
  label_zh: string;
  label_en: string;
  symbol: FeatureSymbol;
  /** shown features of this layer */
  count: number;
}

/** The model's groups cut to what is shown: entries switched on with shown features, groups with any left. */
export function shownLegendGroups(groups: readonly LegendGroup[]): LegendGroup[] {
  return groups
    .map((group) => ({ ...group, entries: group.entries.filter((entry) => !entry.hidden && entry.visibleCount > 0) }))
    .filter((group) => group.entries.length > 0);
}

