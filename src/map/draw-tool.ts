// Drawing on the map without a plugin: rectangles (drag, or click two corners) and click-by-click
// polygons and paths (double-click or Enter finishes, Escape cancels). Keyboard users add a point
// at the centre crosshair with Space. While drawing, unit shapes stop taking the pointer so a click
// adds a point instead of selecting a unit.
import L from 'leaflet';
import type { Position } from 'geojson';
import type { RectBounds } from '../questions/question-types';

export type DrawMode = 'rectangle' | 'polygon' | 'path';

export type DrawResult = { mode: 'rectangle'; bounds: RectBounds } | { mode: 'polygon' | 'path'; positions: Position[] };

export interface DrawTool {
  start(mode: DrawMode, onDone: (result: DrawResult) => void): void;
  cancel(): void;
  active(): DrawMode | null;
}

const DRAW_PANE = 'question-draw';
/** Clicks closer than this (screen pixels) are the same point: a double-click adds two clicks. */
const SAME_POINT_PX = 5;

export function createDrawTool(map: L.Map, onModeChange: (mode: DrawMode | null) => void): DrawTool {
  const pane = map.getPane(DRAW_PANE) ?? map.createPane(DRAW_PANE);
  pane.style.zIndex = '470';
  pane.classList.add('question-draw-pane');
  const renderer = L.svg({ pane: DRAW_PANE, padding: 0.5 });
  const container = map.getContainer();
  let mode: DrawMode | null = null;
  let done: ((result: DrawResult) => void) | null = null;
  let points: L.LatLng[] = [];
  let cursor: L.LatLng | null = null;
  let corner: L.LatLng | null = null;
  let preview: L.Path | null = null;

  const pixelDistance = (a: L.LatLng, b: L.LatLng) => map.latLngToContainerPoint(a).distanceTo(map.latLngToContainerPoint(b));

  function redraw(): void {
    preview?.remove();
    preview = null;
    const options = { renderer, pane: DRAW_PANE, interactive: false, className: 'draw-preview' };
    if (mode === 'rectangle' && corner && cursor) {
      preview = L.rectangle(L.latLngBounds(corner, cursor), options);
    } else if (mode && mode !== 'rectangle' && points.length > 0) {
      const shape = cursor ? [...points, cursor] : points;
      preview = mode === 'polygon' && shape.length > 2 ? L.polygon(shape, options) : L.polyline(shape, options);
    }
    preview?.addTo(map);
  }

  function addPoint(latlng: L.LatLng): void {
    const last = points[points.length - 1];
    if (last && pixelDistance(last, latlng) < SAME_POINT_PX) return;
    points.push(latlng);
    redraw();
  }

  function finish(): void {
    if (!mode || !done) return;
    const callback = done;
    if (mode === 'rectangle') {
      if (!corner || !cursor) return;
      const b = L.latLngBounds(corner, cursor);
      stop();
      callback({ mode: 'rectangle', bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] });
      return;
    }
    const needed = mode === 'polygon' ? 3 : 2;
    if (points.length < needed) return;
    const finished = mode;
    const positions = points.map((p) => [p.lng, p.lat]);
    stop();
    callback({ mode: finished, positions });
  }

  const onClick = (event: L.LeafletMouseEvent) => {
    if (mode === 'polygon' || mode === 'path') addPoint(event.latlng);
  };
  const onDoubleClick = (event: L.LeafletMouseEvent) => {
    L.DomEvent.stop(event.originalEvent);
    finish();
  };
  const onMove = (event: L.LeafletMouseEvent) => {
    cursor = event.latlng;
    if (mode === 'rectangle' ? corner : points.length > 0) redraw();
  };
  const onDown = (event: L.LeafletMouseEvent) => {
    if (mode === 'rectangle' && !corner) corner = event.latlng;
  };
  const onUp = (event: L.LeafletMouseEvent) => {
    if (mode !== 'rectangle' || !corner || pixelDistance(corner, event.latlng) < SAME_POINT_PX) return;
    cursor = event.latlng;
    finish();
  };
  // Capture phase on the document, so Enter finishes a drawing before the map's own Enter
  // (select the unit under the crosshair) sees it.
  const onKey = (event: KeyboardEvent) => {
    if (!mode) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Enter' && (mode !== 'rectangle' || corner)) {
      event.stopPropagation();
      event.preventDefault();
      finish();
    } else if (event.key === ' ' && event.target === container) {
      event.preventDefault();
      const centre = map.getCenter();
      if (mode === 'rectangle') {
        if (corner) {
          cursor = centre;
          finish();
        } else corner = centre;
      } else addPoint(centre);
    }
  };

  function stop(): void {
    map.off('click', onClick).off('dblclick', onDoubleClick).off('mousemove', onMove).off('mousedown', onDown).off('mouseup', onUp);
    document.removeEventListener('keydown', onKey, true);
    preview?.remove();
    preview = null;
    points = [];
    corner = null;
    cursor = null;
    mode = null;
    done = null;
    container.classList.remove('is-drawing');
    map.doubleClickZoom.enable();
    map.dragging.enable();
    onModeChange(null);
  }

  function cancel(): void {
    if (mode) stop();
  }

  return {
    start(next, onDone) {
      cancel();
      mode = next;
      done = onDone;
      container.classList.add('is-drawing');
      map.doubleClickZoom.disable();
      if (next === 'rectangle') map.dragging.disable();
      map.on('click', onClick).on('dblclick', onDoubleClick).on('mousemove', onMove).on('mousedown', onDown).on('mouseup', onUp);
      document.addEventListener('keydown', onKey, true);
      onModeChange(next);
    },
    cancel,
    active: () => mode,
  };
}
