// Placing the planner's marks with the pointer, a finger or the keyboard, while the Annotate tool is in
// a mode (outside a mode nothing here listens, so the map pans as usual):
//   note    a click or tap places it (the text is typed in the tool's card);
//   arrow   drag from the start to the end, or click twice;
//   circle  drag from the centre to the edge, or click twice;
//   area    click each corner; double-click, Enter or finish() ends it.
// On a phone a finger's tap places a note or a corner through the click the browser makes of it, as a
// mouse click does. (A tap that stops a flick still gliding makes no click: that is the browser's
// way, and the tap after a quick swipe is lost to it, on the map and on buttons alike.)
// Keyboard: Space on the focused map (or placeAtCentre()) puts a point at the centre cross; Enter
// ends an area; Escape cancels. For arrows and circles the map does not drag, so a drag draws.
import L from 'leaflet';
import { MAX_AREA_CORNERS, type AnnotationKind, type LonLat } from '../annotations/annotation';

export type DrawnMark =
  | { kind: 'note'; at: LonLat }
  | { kind: 'arrow'; from: LonLat; to: LonLat }
  | { kind: 'circle'; centre: LonLat; edge: LonLat }
  | { kind: 'area'; ring: LonLat[] };

export interface AnnotationDrawEvents {
  /** a mark's points are all placed */
  done(mark: DrawnMark): void;
  /** the points placed so far changed (0 when a mode starts) */
  progress(kind: AnnotationKind, points: number): void;
  /** the mode ended without a mark (Escape, or cancel()) */
  cancelled(): void;
  /** an area could not be finished: fewer than 3 corners */
  tooFewCorners(): void;
}

export interface AnnotationDraw {
  start(kind: AnnotationKind): void;
  cancel(): void;
  placeAtCentre(): void;
  finish(): void;
  active(): AnnotationKind | null;
  /** the points of the mark being drawn, placed so far */
  placed(): LonLat[];
  /** marks where a note waits for its text (null: none) */
  pending(at: LonLat | null): void;
}

const PANE = 'annotation-draw';
/** closer than this on screen (px) is the same point: a click, not a drag; a double-click's two clicks */
const SAME_POINT_PX = 5;

const lonLat = (latlng: L.LatLng): LonLat => [latlng.lng, latlng.lat];

export function createAnnotationDraw(map: L.Map, events: AnnotationDrawEvents): AnnotationDraw {
  const pane = map.getPane(PANE) ?? map.createPane(PANE);
  pane.style.zIndex = '660';
  pane.classList.add('annotation-pane');
  const container = map.getContainer();
  let mode: AnnotationKind | null = null;
  let points: L.LatLng[] = [];
  let cursor: L.LatLng | null = null;
  let dragging = false;
  let preview: L.Layer | null = null;
  let pendingDot: L.Layer | null = null;
  const near = (a: L.LatLng, b: L.LatLng) => map.latLngToContainerPoint(a).distanceTo(map.latLngToContainerPoint(b)) < SAME_POINT_PX;

  function redraw(): void {
    preview?.remove();
    preview = null;
    const options = { pane: PANE, interactive: false, className: 'annotation-preview' };
    const first = points[0];
    if (!first) return;
    const end = cursor ?? points[points.length - 1]!;
    if (mode === 'arrow') preview = L.polyline([first, end], options);
    else if (mode === 'circle') preview = L.circle(first, { ...options, radius: map.distance(first, end) });
    else if (mode === 'area') preview = L.polyline(cursor ? [...points, cursor] : points, options);
    else if (mode === 'note') preview = L.circleMarker(first, { ...options, radius: 5 });
    preview?.addTo(map);
  }

  function complete(mark: DrawnMark): void {
    stop();
    events.done(mark);
  }

  function addPoint(latlng: L.LatLng): void {
    if (!mode) return;
    const last = points[points.length - 1];
    if (mode === 'note') return complete({ kind: 'note', at: lonLat(latlng) });
    if (last && near(last, latlng)) return;
    points.push(latlng);
    if ((mode === 'arrow' || mode === 'circle') && points.length === 2) {
      const [a, b] = points as [L.LatLng, L.LatLng];
      return complete(mode === 'arrow' ? { kind: 'arrow', from: lonLat(a), to: lonLat(b) } : { kind: 'circle', centre: lonLat(a), edge: lonLat(b) });
    }
    if (mode === 'area' && points.length >= MAX_AREA_CORNERS) return finish();
    redraw();
    events.progress(mode, points.length);
  }

  function finish(): void {
    if (mode !== 'area') return;
    if (points.length < 3) {
      events.tooFewCorners();
      return;
    }
    complete({ kind: 'area', ring: points.map(lonLat) });
  }

  const inControl = (event: Event) => event.target instanceof Element && event.target.closest('.leaflet-control-container') !== null;
  // notes and areas: Leaflet's click, which a pan does not fire, so the map still pans between corners
  const onClick = (event: L.LeafletMouseEvent) => addPoint(event.latlng);
  const onDoubleClick = (event: L.LeafletMouseEvent) => {
    L.DomEvent.stop(event.originalEvent);
    finish();
  };
  // arrows and circles: a drag with the mouse, pen or one finger (the map's own drag is off)
  const onPointerDown = (event: PointerEvent) => {
    if (!event.isPrimary || event.button !== 0 || inControl(event)) return;
    event.preventDefault();
    dragging = true;
    const at = map.mouseEventToLatLng(event);
    if (points.length === 0) points.push(at);
    cursor = at;
    redraw();
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!event.isPrimary || points.length === 0 || inControl(event)) return;
    cursor = map.mouseEventToLatLng(event);
    redraw();
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!event.isPrimary || !dragging) return;
    dragging = false;
    const at = map.mouseEventToLatLng(event);
    const first = points[0];
    // a press and release on the same spot: the first point of a click-click mark
    if (first && points.length === 1 && near(first, at)) {
      events.progress(mode!, 1);
      return;
    }
    addPoint(at);
  };
  // capture on the document: Enter and Escape act here before the map's own keys see them
  const onKey = (event: KeyboardEvent) => {
    if (!mode) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      cancel();
    } else if (event.key === 'Enter' && mode === 'area' && (event.target === container || points.length > 0) && !(event.target instanceof HTMLInputElement)) {
      event.stopPropagation();
      event.preventDefault();
      finish();
    } else if (event.key === ' ' && event.target === container) {
      event.preventDefault();
      placeAtCentre();
    }
  };

  function placeAtCentre(): void {
    cursor = null;
    addPoint(map.getCenter());
  }

  function stop(): void {
    map.off('click', onClick).off('dblclick', onDoubleClick);
    container.removeEventListener('pointerdown', onPointerDown);
    container.removeEventListener('pointermove', onPointerMove);
    container.removeEventListener('pointerup', onPointerUp);
    document.removeEventListener('keydown', onKey, true);
    preview?.remove();
    preview = null;
    points = [];
    cursor = null;
    dragging = false;
    mode = null;
    container.classList.remove('is-annotating', 'is-annotating-drag');
    map.doubleClickZoom.enable();
    map.dragging.enable();
  }

  function cancel(): void {
    if (!mode) return;
    stop();
    events.cancelled();
  }

  return {
    start(kind) {
      if (mode) stop();
      mode = kind;
      container.classList.add('is-annotating');
      if (kind === 'arrow' || kind === 'circle') {
        map.dragging.disable();
        container.classList.add('is-annotating-drag');
        container.addEventListener('pointerdown', onPointerDown);
        container.addEventListener('pointermove', onPointerMove);
        container.addEventListener('pointerup', onPointerUp);
      } else {
        map.on('click', onClick);
        if (kind === 'area') {
          map.doubleClickZoom.disable();
          map.on('dblclick', onDoubleClick);
        }
      }
      document.addEventListener('keydown', onKey, true);
      events.progress(kind, 0);
    },
    cancel,
    placeAtCentre,
    finish,
    active: () => mode,
    placed: () => points.map(lonLat),
    pending(at) {
      pendingDot?.remove();
      pendingDot = at ? L.circleMarker(L.latLng(at[1], at[0]), { pane: PANE, interactive: false, radius: 6, className: 'annotation-preview annotation-pending' }).addTo(map) : null;
    },
  };
}
