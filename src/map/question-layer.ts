// The answers drawn on the map: the catchment buffer's outline, the queried area's outline and the
// measured path or polygon in their own pane above the project lines; the buffer's fill in a pane
// beneath every project feature, so the band can be strong over the whole region without hiding
// what lies in it close in; and every matching feature marked where it is, in a pane just beneath the
// project lines: a line or an area gets a halo along its whole length or outline, a point a ring.
// The project layer itself is never restyled.
import L from 'leaflet';
import type { Geometry } from 'geojson';
import type { ProjectFeature } from '../types';
import type { QuestionAnswer } from '../questions/question-result';

const PANE = 'question-answers';
/** below the project lines (420) and points (600), above the project areas (260) */
const MATCH_PANE = 'question-matches';
/** above the province outlines (250), beneath the project areas (260) */
const FILL_PANE = 'question-buffer-fill';
/**
 * The buffer's edge: with the other answers above the project lines close in; over the whole region,
 * where the band is a few pixels wide and the cluster symbols sit on it, above the point symbols too
 * (their pane is 600), so the thin edge is never hidden.
 */
const EDGE_PANE = 'question-buffer-edge';
const EDGE_Z = { far: 620, middle: 460, near: 460 } as const;

export interface QuestionLayer {
  render(answer: QuestionAnswer, byId: ReadonlyMap<string, ProjectFeature>): void;
  /** bounds of what is drawn, for fitting the map; null when nothing is */
  bounds(): L.LatLngBounds | null;
  /** takes the drawn answers off the map */
  remove(): void;
}

/**
 * The buffer's look follows the zoom (questions.css): bolder over the whole region, where a 10 km
 * band is a few pixels wide, and lighter close in, where it can cover the whole map.
 */
export function zoomBand(zoom: number): 'far' | 'middle' | 'near' {
  return zoom <= 6 ? 'far' : zoom >= 10 ? 'near' : 'middle';
}

function ensurePane(map: L.Map, name: string, zIndex: number): HTMLElement {
  const pane = map.getPane(name) ?? map.createPane(name);
  pane.style.zIndex = String(zIndex);
  // Outlines and halos are for reading, not clicking: clicks pass to the features below.
  pane.classList.add('question-answers-pane');
  return pane;
}

export function createQuestionLayer(map: L.Map): QuestionLayer {
  const pane = ensurePane(map, PANE, 460);
  const matchPane = ensurePane(map, MATCH_PANE, 415);
  const fillPane = ensurePane(map, FILL_PANE, 255);
  const edgePane = ensurePane(map, EDGE_PANE, EDGE_Z.middle);
  const setBand = () => {
    const band = zoomBand(map.getZoom());
    for (const element of [pane, matchPane, fillPane, edgePane]) element.setAttribute('data-zoom-band', band);
    edgePane.style.zIndex = String(EDGE_Z[band]);
  };
  setBand();
  map.on('zoomend', setBand);
  const renderer = L.svg({ pane: PANE, padding: 0.5 });
  const matchRenderer = L.svg({ pane: MATCH_PANE, padding: 0.5 });
  const fillRenderer = L.svg({ pane: FILL_PANE, padding: 0.5 });
  const edgeRenderer = L.svg({ pane: EDGE_PANE, padding: 0.5 });
  const group = L.layerGroup().addTo(map);
  const base = { renderer, pane: PANE, interactive: false };
  const matchBase = { renderer: matchRenderer, pane: MATCH_PANE, interactive: false };
  const fillBase = { renderer: fillRenderer, pane: FILL_PANE, interactive: false };
  const edgeBase = { renderer: edgeRenderer, pane: EDGE_PANE, interactive: false };

  function shape(geometry: Geometry, className: string, testId: string, options: typeof base = base): void {
    const layer = L.geoJSON(geometry, { style: () => ({ ...options, className }), ...options });
    layer.addTo(group);
    layer.eachLayer((child) => (child as L.Path).getElement?.()?.setAttribute('data-testid', testId));
  }

  /** A dark casing under a bright core, so the mark reads on the pale land and over any symbol. */
  function markMatch(feature: ProjectFeature): void {
    const g = feature.geometry;
    const kind = g.type === 'Point' ? 'point' : g.type === 'LineString' ? 'line' : 'area';
    for (const part of ['casing', 'core'] as const) {
      const className = `question-match question-match--${kind} question-match--${part}`;
      const layer =
        g.type === 'Point'
          ? L.circleMarker([g.coordinates[1] as number, g.coordinates[0] as number], { ...matchBase, radius: 13, className })
          : L.geoJSON(g, { style: () => ({ ...matchBase, className }), ...matchBase });
      layer.addTo(group);
      const elements = layer instanceof L.GeoJSON ? layer.getLayers().map((child) => (child as L.Path).getElement?.()) : [layer.getElement()];
      for (const element of elements) {
        element?.setAttribute('data-feature-id', feature.id);
        if (part === 'core') element?.setAttribute('data-testid', 'question-match');
      }
    }
  }

  return {
    remove: () => {
      map.off('zoomend', setBand);
      group.remove();
    },
    render(answer, byId) {
      group.clearLayers();
      if (answer.catchment) {
        // beneath the features: the fill, and a wide soft edge shown only over the whole region,
        // where the band itself is a few pixels wide
        shape(answer.catchment.buffer, 'question-buffer-glow', 'question-buffer-glow', fillBase);
        shape(answer.catchment.buffer, 'question-buffer-fill', 'question-buffer-fill', fillBase);
        // above the lines: a pale casing under a dark edge, so the edge reads over land, lines and halos
        shape(answer.catchment.buffer, 'question-buffer-casing', 'question-buffer-casing', edgeBase);
        shape(answer.catchment.buffer, 'question-buffer', 'question-buffer', edgeBase);
      }
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
        if (feature) markMatch(feature);
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
