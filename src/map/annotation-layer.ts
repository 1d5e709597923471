// The planner's marks on the map, drawn from the state's `annotations` (the same list the permalink
// and the export hold): highlighted areas and circles, arrows, and notes as a dot with a text box.
// Nothing here takes the pointer, so the map pans and symbols stay clickable through the marks.
// A note's text goes in with textContent only: it is data, never markup.
import L from 'leaflet';
import { arrowHead, type Annotation, type LonLat } from '../annotations/annotation';
import type { Store } from '../state/store';
import { bindToMap } from './bound-layer';

const SHAPE_PANE = 'annotation-shapes';
const NOTE_PANE = 'annotation-notes';
/** arrowhead length on screen, in pixels */
const HEAD_PX = 14;

const latLng = ([lon, lat]: LonLat) => L.latLng(lat, lon);

function ensurePane(map: L.Map, name: string, zIndex: number): void {
  const pane = map.getPane(name) ?? map.createPane(name);
  pane.style.zIndex = String(zIndex);
  pane.classList.add('annotation-pane');
}

function noteIcon(text: string, index: number): L.DivIcon {
  const box = document.createElement('span');
  box.className = 'annotation-note';
  box.setAttribute('data-testid', 'annotation-note');
  box.setAttribute('data-index', String(index));
  const dot = document.createElement('span');
  dot.className = 'annotation-note__dot';
  const label = document.createElement('span');
  label.className = 'annotation-note__text';
  label.textContent = text;
  box.append(dot, label);
  return L.divIcon({ html: box, className: 'annotation-note-icon', iconSize: undefined });
}

/** The arrowhead's triangle in map positions, from its shape on screen at the current zoom. */
function headRing(map: L.Map, from: LonLat, to: LonLat): L.LatLng[] {
  const a = map.latLngToLayerPoint(latLng(from));
  const b = map.latLngToLayerPoint(latLng(to));
  const [left, right] = arrowHead([a.x, a.y], [b.x, b.y], HEAD_PX);
  return [b, L.point(left[0], left[1]), L.point(right[0], right[1])].map((p) => map.layerPointToLatLng(p));
}

function drawMark(map: L.Map, group: L.LayerGroup, mark: Annotation, index: number): void {
  const shape = { pane: SHAPE_PANE, interactive: false };
  const tag = (layer: L.Path, part = '') => {
    layer.addTo(group);
    const element = layer.getElement();
    element?.setAttribute('data-testid', 'annotation-shape');
    element?.setAttribute('data-kind', mark.kind);
    element?.setAttribute('data-index', String(index));
    if (part) element?.setAttribute('data-part', part);
  };
  switch (mark.kind) {
    case 'area':
      tag(L.polygon(mark.ring.map(latLng), { ...shape, className: 'annotation-area' }));
      return;
    case 'circle':
      tag(L.circle(latLng(mark.centre), { ...shape, radius: mark.radiusKm * 1000, className: 'annotation-circle' }));
      return;
    case 'arrow':
      tag(L.polyline([latLng(mark.from), latLng(mark.to)], { ...shape, className: 'annotation-arrow' }), 'line');
      tag(L.polygon(headRing(map, mark.from, mark.to), { ...shape, className: 'annotation-arrow-head' }), 'head');
      return;
    case 'note':
      L.marker(latLng(mark.at), { pane: NOTE_PANE, icon: noteIcon(mark.text, index), interactive: false, keyboard: false }).addTo(group);
      return;
  }
}

/** Keeps the marks on the map in step with the state; returns the layer that holds them. */
export function mountAnnotationLayer(map: L.Map, store: Store): L.Layer {
  // areas, circles and arrows above the project areas and lines, under the point symbols (600);
  // notes above everything but the controls
  ensurePane(map, SHAPE_PANE, 440);
  ensurePane(map, NOTE_PANE, 650);
  const group = L.layerGroup();
  const render = () => {
    group.clearLayers();
    store.getState().annotations.forEach((mark, index) => drawMark(map, group, mark, index));
  };
  return bindToMap(map, (bound) => {
    group.addTo(bound);
    render();
    // arrowheads keep their size on screen
    const onZoom = () => {
      if (store.getState().annotations.some((mark) => mark.kind === 'arrow')) render();
    };
    bound.on('zoomend', onZoom);
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.annotations !== previous.annotations) render();
    });
    return () => {
      unsubscribe();
      bound.off('zoomend', onZoom);
      group.remove();
    };
  });
}
