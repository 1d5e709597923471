// What the export draws from the state: the features the filters and the spatial questions let
// through, and the question's outline (catchment buffer and/or query area) as the overlay. The
// same rules the map and the lists use (visibleFeatures, answerQuestion, combineWithFilters).
import type { MultiPolygon, Polygon } from 'geojson';
import type { AppState } from '../state/app-state';
import type { UnitFeature } from '../data/load-boundaries';
import type { ProjectFeature } from '../types';
import { visibleFeatures } from '../state/select';
import { rectangleToPolygon, type QueryArea } from '../spatial';
import { combineWithFilters, memoiseAnswer, type AreaResolver, type QuestionData } from '../questions/question-result';
import type { AreaSpec } from '../questions/question-types';
import type { LegendItem } from '../export/export-input';
import { BASEMAP } from '../style/symbology';
import { translate } from '../i18n/translate';

export interface ShownForExport {
  visible: ProjectFeature[];
  overlay: MultiPolygon | null;
  /** legend rows for the drawn question outlines: the catchment buffer and the area asked about */
  overlayLegend: LegendItem[];
}

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

/** Areas the export can resolve without loading anything: prefectures, zone features and drawn shapes. */
export function simpleAreaResolver(units: readonly UnitFeature[], byId: ReadonlyMap<string, ProjectFeature>): AreaResolver {
  const unitGeometry = new Map(units.map((unit) => [unit.properties.adcode, unit.geometry]));
  return (area: AreaSpec): QueryArea | undefined => {
    switch (area.kind) {
      case 'unit':
        return unitGeometry.get(area.adcode);
      case 'feature': {
        const geometry = byId.get(area.id)?.geometry;
        return geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? geometry : undefined;
      }
      case 'rect':
        return rectangleToPolygon(area.bounds);
      case 'polygon':
        return { type: 'Polygon', coordinates: [area.ring] };
    }
  };
}

function polygonsOf(geometry: Polygon | MultiPolygon): MultiPolygon['coordinates'] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Returns a function remembering the last answer, as a buffer costs tens of milliseconds. */
export function createShownForExport(data: QuestionData, resolve: AreaResolver): (state: AppState) => ShownForExport {
  const answer = memoiseAnswer();
  return (state) => {
    const result = answer(data, state.question, resolve, 0);
    const parts: MultiPolygon['coordinates'] = [];
    if (result.catchment) parts.push(...polygonsOf(result.catchment.buffer));
    if (result.area && result.area !== 'pending') parts.push(...polygonsOf(result.area.geometry));
    return {
      visible: combineWithFilters(visibleFeatures(state, data.features as ProjectFeature[]), result.matching),
      overlay: parts.length > 0 ? { type: 'MultiPolygon', coordinates: parts } : null,
      overlayLegend: overlayLegendItems(result.catchment ? state.question.distanceKm : null, Boolean(result.area && result.area !== 'pending')),
    };
  };
}
