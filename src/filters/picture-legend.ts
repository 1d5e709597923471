// The legend of an exported picture, built from the one legend model: the shown project layers'
// rows (./legend-items.ts, the rows the embed lists) and the rows only a picture adds (a choropleth's
// classes, the questions' outlines, imported layers), all of one shape and in one fixed order.
// Loaded with the export, not in the first view.
import { shownLegendGroups, type LegendItem } from './legend-items.ts';
import type { LegendGroup } from './legend-model.ts';
import type { FeatureSymbol } from '../style/symbology.ts';
import { BASEMAP } from '../style/symbology.ts';
import { translate } from '../i18n/translate.ts';

/** One row per shown subtype, in the model's order (categories, then the schema's subtypes). */
export function shownLegendItems(groups: readonly LegendGroup[]): LegendItem[] {
  return shownLegendGroups(groups).flatMap((group) =>
    group.entries.map((entry) => ({ key: entry.subtype, label_zh: entry.label.zh, label_en: entry.label.en, symbol: entry.symbol, count: entry.visibleCount })),
  );
}

/** The questions' outline as the map draws it: its fill and stroke. */
const QUESTION_SYMBOL: FeatureSymbol = { kind: 'area', fill: BASEMAP.overlayFill, fillOpacity: BASEMAP.overlayFillOpacity, stroke: BASEMAP.overlayStroke, strokeWidth: 1, dash: null };

/** Rows naming what the questions draw over the map: the catchment (with its distance) and the area asked about. */
export function questionLegendItems(catchmentKm: number | null, hasArea: boolean): LegendItem[] {
  const items: LegendItem[] = [];
  const row = (key: string, zh: string, en: string) => items.push({ key, label_zh: zh, label_en: en, symbol: QUESTION_SYMBOL, count: 1 });
  if (catchmentKm !== null) row('question:catchment', translate('zh', 'export.legend.catchment', { km: catchmentKm }), translate('en', 'export.legend.catchment', { km: catchmentKm }));
  if (hasArea) row('question:area', translate('zh', 'export.legend.area'), translate('en', 'export.legend.area'));
  return items;
}

export interface LegendParts {
  /** the scene's legend model */
  groups: readonly LegendGroup[];
  /** a choropleth's title and classes, when one is shown */
  choropleth?: readonly LegendItem[];
  /** the catchment's distance when a catchment is drawn */
  catchmentKm: number | null;
  hasArea: boolean;
  /** the imported and published layers shown */
  userLayers?: readonly LegendItem[];
}

/** The whole legend of a picture: the choropleth, the shown project layers, the questions' outlines, the user's layers. */
export function legendItems(parts: LegendParts): LegendItem[] {
  return [...(parts.choropleth ?? []), ...shownLegendItems(parts.groups), ...questionLegendItems(parts.catchmentKm, parts.hasArea), ...(parts.userLayers ?? [])];
}
