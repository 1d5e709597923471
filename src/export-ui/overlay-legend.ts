// Legend rows for the question outlines the export draws over the map: the catchment buffer and
// the area asked about, in both languages (the renderer picks).
import type { LegendItem } from '../export/export-input';
import { BASEMAP } from '../style/symbology';
import { translate } from '../i18n/translate';

/** The overlay as the legend shows it: the map's question fill and outline. */
const OVERLAY_SYMBOL: LegendItem['symbol'] = { kind: 'area', fill: BASEMAP.overlayFill, fillOpacity: BASEMAP.overlayFillOpacity, stroke: BASEMAP.overlayStroke, strokeWidth: 1, dash: null };

/** Legend rows naming what the overlay shows, in both languages (the renderer picks). */
export function overlayLegendItems(catchmentKm: number | null, hasArea: boolean): LegendItem[] {
  const items: LegendItem[] = [];
  const row = (key: string, zh: string, en: string) => items.push({ key, label_zh: zh, label_en: en, symbol: OVERLAY_SYMBOL, count: 1 });
  if (catchmentKm !== null) row('question:catchment', translate('zh', 'export.legend.catchment', { km: catchmentKm }), translate('en', 'export.legend.catchment', { km: catchmentKm }));
  if (hasArea) row('question:area', translate('zh', 'export.legend.area'), translate('en', 'export.legend.area'));
  return items;
}
