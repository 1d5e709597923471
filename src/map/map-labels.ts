// The map's names (seats, projects, corridors, zones, counties, rivers) as DOM in their own pane,
// laid out by the pure src/cartography/map-labels.ts after every move, scene change and language
// change. Text is measured once per string with a canvas in the map's own font. The point symbols and
// the map's controls are read from the page, so the labels keep clear of whatever is drawn there
// (including cluster symbols) and of the legend.
import L from 'leaflet';
import type { FeatureCollection, LineString, MultiLineString } from 'geojson';
import type { Lang, ProjectFeature, RiverProperties, UnitProperties } from '../types';
import type { Box } from '../cartography/box-index';
import { createMapLabelCache, layoutMapLabels, type CountyPlace, type DrawnSymbol, type MapLabel, type RiverPlace, type SeatPlace, type ExtraLabels } from '../cartography/map-labels';
import { LABEL_STYLES, type LabelStyleName } from '../cartography/label-styles';
import { alignedX, type TextAlign } from '../cartography/label-input';
import { FEATURE_PANES } from './feature-layer';
import { SYMBOLS_MOVED } from './point-cluster-view';
import { markerBox } from './marker-box';

export interface MapLabels {
  setLanguage(lang: Lang): void;
  /** the scene's shown projects, the selected one and more names placed with them (the user layers') */
  setFeatures(features: readonly ProjectFeature[], selectedId: string | null, extra?: ExtraLabels): void;
  setCounties(units: readonly { properties: UnitProperties }[]): void;
  /** the labels drawn now (for tests and the export's check) */
  current(): readonly MapLabel[];
  /** stops watching the map's controls (also done when the map is removed) */
  teardown(): void;
}

export function riverPlaces(rivers: FeatureCollection<LineString | MultiLineString, RiverProperties>): RiverPlace[] {
  return rivers.features.map((river, i) => ({
    id: `r${i}`,
    name_zh: river.properties.name_zh,
    name_en: river.properties.name_en,
    scalerank: river.properties.scalerank,
    lines: river.geometry.type === 'LineString' ? [river.geometry.coordinates as [number, number][]] : (river.geometry.coordinates as [number, number][][]),
  }));
}

export function countyPlaces(units: readonly { properties: UnitProperties }[]): CountyPlace[] {
  return units.flatMap(({ properties: p }) => (p.seat ? [{ adcode: p.adcode, name_zh: p.name_zh, name_en: p.name_en, lon: p.seat[0], lat: p.seat[1] }] : []));
}

function createMeasure(container: HTMLElement): (text: string, style: LabelStyleName) => number {
  const context = document.createElement('canvas').getContext('2d');
  const family = getComputedStyle(container).fontFamily || 'sans-serif';
  const cache = new Map<string, number>();
  // setting the canvas font parses it: only when the style changes, not for every new text
  let fontStyle: LabelStyleName | null = null;
  return (text, style) => {
    const key = `${style}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      const s = LABEL_STYLES[style];
      if (context && fontStyle !== style) {
        context.font = `${s.italic ? 'italic ' : ''}${s.weight} ${s.size}px ${family}`;
        fontStyle = style;
      }
      width = context ? context.measureText(text).width : text.length * s.size;
      cache.set(key, width);
    }
    return width;
  };
}

/** Boxes of the map's controls (zoom, scale, attribution, locator, legend), in container pixels. */
function controlBoxes(container: HTMLElement): Box[] {
  const origin = container.getBoundingClientRect();
  return [...container.querySelectorAll<HTMLElement>('.leaflet-control')].flatMap((control) => {
    const r = control.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? [{ x: r.left - origin.left - 4, y: r.top - origin.top - 4, width: r.width + 8, height: r.height + 8 }] : [];
  });
}

/**
 * The point symbols on the map now, in container pixels; a marker standing for one project carries
 * its id. Read from where Leaflet placed them (src/map/marker-box.ts): a layout after a tap or a
 * filter change then forces no layout pass of the page.
 */
function drawnSymbols(map: L.Map): DrawnSymbol[] {
  const pane = map.getPane(FEATURE_PANES.points);
  if (!pane) return [];
  return [...pane.querySelectorAll<HTMLElement>('.leaflet-marker-icon')].flatMap((marker) => {
    const box = markerBox(map, marker);
    if (!box) return [];
    const id = marker.getAttribute('data-feature-id') ?? undefined;
    // A project's drawn shape is about 0.72 of its icon box (16 px in 22, the dashed halo of 34 around
    // it); a cluster's disc and ring fill their box, so names keep clear of the whole of it.
    const share = marker.hasAttribute('data-cluster') ? 0.5 : 0.36;
    const symbol = { x: box.x, y: box.y, radius: share * Math.min(box.width, box.height) };
    return [id === undefined ? symbol : { ...symbol, id }];
  });
}

function seatElement(pane: HTMLElement, adcode: string): HTMLElement {
  const element = L.DomUtil.create('div', 'seat-label', pane);
  element.dataset.testid = 'seat-label';
  element.dataset.adcode = adcode;
  element.hidden = true;
  L.DomUtil.create('span', 'seat-dot', element);
  L.DomUtil.create('span', 'seat-text', element);
  return element;
}

function labelElement(pane: HTMLElement, label: MapLabel): HTMLElement {
  const element = L.DomUtil.create('div', `map-label map-label--${label.style}`, pane);
  element.dataset.labelKind = label.kind;
  element.dataset.key = label.key;
  L.DomUtil.create('span', 'map-label__text', element);
  return element;
}

const SHIFT: Record<TextAlign, string> = { start: '0', middle: '-50%', end: '-100%' };
const TEXT_ALIGN: Record<TextAlign, string> = { start: 'left', middle: 'center', end: 'right' };

/** Holds the text to its anchor: the edge facing its symbol, or the centre. */
function alignText(text: HTMLElement, label: MapLabel): void {
  text.style.transform = `translate(${SHIFT[label.align]}, -50%)${label.angle === 0 ? '' : ` rotate(${label.angle.toFixed(2)}deg)`}`;
  text.style.textAlign = TEXT_ALIGN[label.align];
}

function fillLines(text: HTMLElement, lines: readonly string[]): void {
  if (text.dataset.lines === lines.join('\n')) return;
  text.dataset.lines = lines.join('\n');
  text.replaceChildren(...lines.map((line) => Object.assign(document.createElement('span'), { className: 'map-label__line', textContent: line })));
}

export function createMapLabels(map: L.Map, paneName: string, places: { seats: readonly SeatPlace[]; rivers: readonly RiverPlace[] }): MapLabels {
  const pane = map.getPane(paneName);
  if (!pane) throw new Error(`no pane ${paneName}`);
  const container = map.getContainer();
  const measure = createMeasure(container);
  // a filter change or a selection at the same view reuses the names' candidates: only placement runs
  const cache = createMapLabelCache();
  const seatElements = new Map(places.seats.map((seat) => [seat.adcode, seatElement(pane, seat.adcode)]));
  const others = new Map<string, HTMLElement>();
  let lang: Lang = 'zh';
  let features: readonly ProjectFeature[] = [];
  let selectedId: string | null = null;
  let extra: ExtraLabels | undefined;
  let counties: CountyPlace[] = [];
  let placed: MapLabel[] = [];
  let removed = false;
  /** the map controls' boxes, kept until a control or the map changes size */
  let obstacles: Box[] | null = null;

  function boundsOf(view: L.Map): [number, number, number, number] {
    const b = view.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  function layout(): void {
    // a frame or resize queued before the map was removed has nothing left to place on
    if (removed) return;
    const size = map.getSize();
    if (size.x === 0 || size.y === 0) return;
    placed = layoutMapLabels({
      lang,
      zoom: map.getZoom(),
      viewport: { width: size.x, height: size.y },
      project: (lon, lat) => {
        const p = map.latLngToContainerPoint([lat, lon]);
        return [p.x, p.y];
      },
      measure,
      features,
      selectedId,
      ...(extra ? { extra, bounds: boundsOf(map) } : {}),
      seats: places.seats,
      counties,
      rivers: places.rivers,
      symbols: drawnSymbols(map),
      // the controls' boxes are read again only after they or the map changed size (observers below)
      obstacles: (obstacles ??= controlBoxes(container)),
      cache,
    });
    draw();
  }

  function draw(): void {
    const toLayer = (x: number, y: number) => map.containerPointToLayerPoint([x, y]);
    const shownSeats = new Set<string>();
    const shownOthers = new Set<string>();
    for (const label of placed) {
      if (label.kind === 'seat' && label.dot) {
        const element = seatElements.get(label.key);
        if (!element) continue;
        shownSeats.add(label.key);
        element.hidden = false;
        element.className = `seat-label seat-label--${label.style}`;
        L.DomUtil.setPosition(element, toLayer(label.dot[0], label.dot[1]));
        const text = element.lastElementChild as HTMLElement;
        text.textContent = label.lines.join(' ');
        text.style.left = `${alignedX(label) - label.dot[0]}px`;
        text.style.top = `${label.y - label.dot[1]}px`;
        alignText(text, label);
        continue;
      }
      shownOthers.add(label.id);
      let element = others.get(label.id);
      if (!element) others.set(label.id, (element = labelElement(pane!, label)));
      L.DomUtil.setPosition(element, toLayer(alignedX(label), label.y));
      const text = element.firstElementChild as HTMLElement;
      fillLines(text, label.lines);
      alignText(text, label);
    }
    for (const [adcode, element] of seatElements) if (!shownSeats.has(adcode)) element.hidden = true;
    for (const [id, element] of others) {
      if (shownOthers.has(id)) continue;
      element.remove();
      others.delete(id);
    }
  }

  // The pane is not scaled during the zoom animation, so labels would drift: hide them until it ends.
  map.on('zoomstart', () => pane.classList.add('is-zooming'));
  map.on('zoomend', () => pane.classList.remove('is-zooming'));
  // Every trigger asks for one layout on the next frame: at start-up the first view, the language,
  // the features and the counties arrive within a frame of each other, and each layout reads the
  // page's boxes (a forced style and layout pass, hundreds of ms on a slow phone), so they share one.
  let pending = false;
  const relayout = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      layout();
    });
  };
  map.on('moveend', relayout);
  const controlsMoved = () => {
    obstacles = null;
    relayout();
  };
  map.on('resize', controlsMoved);
  // a stack spread out (or folded back) puts symbols where names were: the names make room for them
  map.on(SYMBOLS_MOVED, relayout);
  // Controls that arrive or change size later (the locator inset, a legend, a longer attribution)
  // change the space labels must keep clear of: lay out again.
  const corners = new ResizeObserver(controlsMoved);
  const watched = new WeakSet<Element>();
  const watchControls = () => {
    for (const control of container.querySelectorAll('.leaflet-control')) {
      if (watched.has(control)) continue;
      watched.add(control);
      corners.observe(control);
    }
  };
  const controlsRoot = container.querySelector('.leaflet-control-container');
  const controlsChanged = new MutationObserver(() => {
    watchControls();
    controlsMoved();
  });
  if (controlsRoot) controlsChanged.observe(controlsRoot, { childList: true, subtree: true });
  watchControls();
  const teardown = () => {
    removed = true;
    corners.disconnect();
    controlsChanged.disconnect();
  };
  map.once('unload', teardown);

  return {
    setLanguage(next) {
      lang = next;
      for (const element of others.values()) element.remove();
      others.clear();
      relayout();
    },
    setFeatures(next, selected, nextExtra) {
      features = next;
      selectedId = selected;
      extra = nextExtra;
      relayout();
    },
    setCounties(units) {
      counties = countyPlaces(units);
      relayout();
    },
    current: () => placed,
    teardown,
  };
}
