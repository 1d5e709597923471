// The answers drawn on the map, in their own pane above the project features: the catchment
// buffer, the queried area's outline, the measured path or polygon, and a ring around every
// matching feature (at its anchor), so the project layer itself is never restyled.
import L from 'leaflet';
import type { Geometry } from 'geojson';
import type { ProjectFeature } from '../types';
import type { QuestionAnswer } from '../questions/question-result';

const PANE = 'question-answers';

export interface QuestionLayer {
  render(answer: QuestionAnswer, byId: ReadonlyMap<string, ProjectFeature>): void;
  /** bounds of what is drawn, for fitting the map; null when nothing is */
  bounds(): L.LatLngBounds | null;
  /** takes the drawn answers off the map */
  remove(): void;
}

export function createQuestionLayer(map: L.Map): QuestionLayer {
  const pane = map.getPane(PANE) ?? map.createPane(PANE);
  pane.style.zIndex = '460';
  // Outlines and rings are for reading, not clicking: clicks pass to the features below.
  pane.classList.add('question-answers-pane');
  const renderer = L.svg({ pane: PANE, padding: 0.5 });
  const group = L.layerGroup().addTo(map);
  const base = { renderer, pane: PANE, interactive: false };

  function shape(geometry: Geometry, className: string, testId: string): void {
    const layer = L.geoJSON(geometry, { style: () => ({ ...base, className }), ...base });
    layer.addTo(group);
    layer.eachLayer((child) => (child as L.Path).getElement?.()?.setAttribute('data-testid', testId));
  }

  return {
    remove: () => void group.remove(),
    render(answer, byId) {
      group.clearLayers();
      if (answer.catchment) shape(answer.catchment.buffer, 'question-buffer', 'question-buffer');
      if (answer.area && answer.area !== 'pending') shape(answer.area.geometry, 'question-area', 'question-area');
      const measure = answer.measure;
      if (measure?.kind === 'path') shape({ type: 'LineString', coordinates: measure.path }, 'question-measure', 'question-measure');
      if (measure?.kind === 'polygon') {
        shape({ type: 'Polygon', coordinates: [[...measure.ring, measure.ring[0] as number[]]] }, 'question-measure', 'question-measure');
      }
      if (measure?.kind === 'features') {
        const line = [measure.from.properties.anchor, measure.to.properties.anchor];
        shape({ type: 'LineString', coordinates: line }, 'question-measure', 'question-measure');
      }
      for (const id of answer.matching ?? []) {
        const feature = byId.get(id);
        if (!feature) continue;
        const [lon, lat] = feature.properties.anchor;
        const ring = L.circleMarker([lat, lon], { ...base, radius: 9, className: 'question-match' }).addTo(group);
        ring.getElement()?.setAttribute('data-feature-id', id);
      }
    },
    bounds() {
      let bounds: L.LatLngBounds | null = null;
      group.eachLayer((layer) => {
        const own = (layer as L.FeatureGroup).getBounds?.() ?? null;
        if (own?.isValid()) bounds = bounds ? bounds.extend(own) : L.latLngBounds(own.getSouthWest(), own.getNorthEast());
      });
      return bounds;
    },
  };
}
