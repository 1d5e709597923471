// The project features on the map. One Leaflet layer per feature, created the first time it is
// shown and kept, keyed by id: a filter change only adds the features that appear and removes the
// ones that disappear (see README "Rendering" for the measurements behind this choice).
// Extents sit in a pane under the lines, lines under the point markers; every drawn element carries
// data-feature-id, is focusable and selects its feature on click, Enter or Space.
import L from 'leaflet';
import type { Lang, ProjectCollection, ProjectFeature } from '../types';
import { localName } from '../i18n/translate';
import { areaOptions, lineOptions, markerIcon, partialAreaOptions } from './feature-symbols';
import { featureTooltip } from './feature-tooltip';
import { FeatureCanvasLayer } from './feature-canvas-layer';
import { createPointClusterView } from './point-cluster-view';

export const FEATURE_PANES = { areas: 'feature-areas', lines: 'feature-lines', points: 'feature-points' } as const;
const PANE_Z = { [FEATURE_PANES.areas]: 260, [FEATURE_PANES.lines]: 420, [FEATURE_PANES.points]: 600 };

export interface FeatureLayerOptions {
  features: readonly ProjectFeature[];
  /** feature id -> units only partly inside the zone (drawn lighter) */
  partialExtents?: ProjectCollection['partial_extents'];
  onSelect(id: string): void;
  /**
   * 'svg' (the app): real elements, focusable, shaped markers. 'canvas': every feature on one canvas,
   * points as circles; for synthetic sets of tens of thousands of features (the benchmarks).
   */
  mode?: 'svg' | 'canvas';
  /** true (default): every feature is a Tab stop; false: focusable by script only (the embed moves
   * between features with the arrow keys, so the map stays one Tab stop) */
  tabStops?: boolean;
}

export interface FeatureLayer {
  /** shows exactly these features (any order), touching only the ones that change */
  setVisible(visible: readonly ProjectFeature[]): void;
  setSelected(id: string | null): void;
  setLanguage(lang: Lang): void;
  shownCount(): number;
}

interface Entry {
  feature: ProjectFeature;
  layer: L.Layer;
  partial: L.Layer | null;
}

function decorate(element: Element | undefined, feature: ProjectFeature, lang: Lang, onSelect: (id: string) => void, selected: boolean, tabStop: boolean): void {
  if (!(element instanceof Element)) return;
  element.setAttribute('data-feature-id', feature.id);
  element.setAttribute('tabindex', tabStop ? '0' : '-1');
  element.setAttribute('role', 'button');
  element.setAttribute('aria-label', localName(feature.properties, lang));
  if (selected) element.setAttribute('data-selected', 'true');
  else element.removeAttribute('data-selected');
  if ((element as Element & { featureKeys?: boolean }).featureKeys) return;
  (element as Element & { featureKeys?: boolean }).featureKeys = true;
  element.addEventListener('keydown', (event) => {
    const key = (event as KeyboardEvent).key;
    if (key !== 'Enter' && key !== ' ') return;
    event.preventDefault();
    event.stopPropagation(); // the map's own Enter selects the unit under the crosshair
    onSelect(feature.id);
  });
}

export function createFeatureLayer(map: L.Map, options: FeatureLayerOptions): FeatureLayer {
  const mode = options.mode ?? 'svg';
  const tabStops = options.tabStops ?? true;
  for (const [pane, z] of Object.entries(PANE_Z)) {
    if (!map.getPane(pane)) map.createPane(pane).style.zIndex = String(z);
  }
  if (mode === 'canvas') return canvasFeatureLayer(map, options.features);
  const svgRenderers = {
    areas: L.svg({ pane: FEATURE_PANES.areas }),
    lines: L.svg({ pane: FEATURE_PANES.lines }),
  };
  const byId = new Map<string, ProjectFeature>(options.features.map((f) => [f.id, f]));
  const entries = new Map<string, Entry>();
  const shown = new Set<string>();
  let lang: Lang = 'zh';
  let selected: string | null = null;
  let lastVisible: readonly ProjectFeature[] | null = null;
  const entryOf = (feature: ProjectFeature): Entry => {
    let entry = entries.get(feature.id);
    if (!entry) entries.set(feature.id, (entry = build(feature)));
    return entry;
  };
  // Point symbols go through the cluster view, which decides which are drawn alone and which merge.
  const isPoint = (feature: ProjectFeature) => feature.geometry.type === 'Point';
  const clusters = createPointClusterView({
    map,
    points: options.features.filter(isPoint),
    markerOf: (feature) => entryOf(feature).layer as L.Marker,
    pane: FEATURE_PANES.points,
    linesRenderer: svgRenderers.lines,
    tabStops,
  });

  function build(feature: ProjectFeature): Entry {
    const isSelected = feature.id === selected;
    const g = feature.geometry;
    let layer: L.Layer;
    if (g.type === 'Point') {
      const latlng = L.latLng(g.coordinates[1]!, g.coordinates[0]!);
      layer = L.marker(latlng, { icon: markerIcon(feature, isSelected), pane: FEATURE_PANES.points, keyboard: true, riseOnHover: true });
    } else if (g.type === 'LineString') {
      layer = L.polyline(L.GeoJSON.coordsToLatLngs(g.coordinates), { ...lineOptions(feature, isSelected), renderer: svgRenderers.lines });
    } else {
      const levels = g.type === 'Polygon' ? 1 : 2;
      layer = L.polygon(L.GeoJSON.coordsToLatLngs(g.coordinates, levels) as L.LatLng[][], {
        ...areaOptions(feature, isSelected),
        renderer: svgRenderers.areas,
        className: 'feature-area',
      });
    }
    layer.on('add', () => decorate(elementOf(layer), feature, lang, options.onSelect, feature.id === selected, tabStops));
    layer.bindTooltip(() => featureTooltip(feature.properties, lang), { sticky: g.type !== 'Point', direction: 'top' });
    layer.on('click', () => options.onSelect(feature.id));
    const extent = options.partialExtents?.[feature.id];
    const partial = extent
      ? L.polygon(L.GeoJSON.coordsToLatLngs(extent.coordinates, extent.type === 'Polygon' ? 1 : 2) as L.LatLng[][], {
          ...partialAreaOptions(feature),
          renderer: svgRenderers.areas,
          interactive: false,
        })
      : null;
    return { feature, layer, partial };
  }

  function elementOf(layer: L.Layer): Element | undefined {
    return layer instanceof L.Marker ? layer.getElement() : layer instanceof L.Path ? layer.getElement() : undefined;
  }

  function restyle(id: string | null): void {
    const entry = id === null ? undefined : entries.get(id);
    if (!entry) return;
    const isSelected = id === selected;
    const { layer, feature } = entry;
    if (layer instanceof L.Marker) layer.setIcon(markerIcon(feature, isSelected));
    else if (layer instanceof L.Polygon) layer.setStyle(areaOptions(feature, isSelected));
    else if (layer instanceof L.Polyline) layer.setStyle(lineOptions(feature, isSelected));
    if (shown.has(feature.id)) decorate(elementOf(layer), feature, lang, options.onSelect, isSelected, tabStops);
    if (isSelected && layer instanceof L.Path && shown.has(feature.id)) layer.bringToFront();
  }

  return {
    setVisible(visible) {
      if (visible === lastVisible) return;
      lastVisible = visible;
      const next = new Set<string>();
      for (const feature of visible) if (byId.has(feature.id)) next.add(feature.id);
      for (const id of shown) {
        if (next.has(id)) continue;
        const entry = entries.get(id);
        if (entry && !isPoint(entry.feature)) entry.layer.remove();
        entry?.partial?.remove();
        shown.delete(id);
      }
      for (const id of next) {
        if (shown.has(id)) continue;
        const feature = byId.get(id)!;
        shown.add(id);
        if (isPoint(feature)) continue;
        const entry = entryOf(feature);
        entry.partial?.addTo(map);
        entry.layer.addTo(map);
      }
      clusters.setShown(visible.filter((feature) => isPoint(feature) && byId.has(feature.id)).map((feature) => byId.get(feature.id)!));
    },
    setSelected(id) {
      if (id === selected) return;
      const previous = selected;
      selected = id;
      restyle(previous);
      restyle(id);
      const feature = id === null ? undefined : byId.get(id);
      clusters.setSelected(feature && isPoint(feature) ? feature : null);
    },
    setLanguage(next) {
      if (next === lang) return;
      lang = next;
      clusters.setLanguage(next);
      for (const id of shown) {
        // A point inside a cluster has no marker until it is drawn alone; it is built in the new language.
        const entry = entries.get(id);
        if (!entry) continue;
        decorate(elementOf(entry.layer), entry.feature, lang, options.onSelect, id === selected, tabStops);
      }
    },
    shownCount: () => shown.size,
  };
}

/** The benchmark-scale variant: one canvas, batched by style, no per-feature interaction. */
function canvasFeatureLayer(map: L.Map, features: readonly ProjectFeature[]): FeatureLayer {
  const layer = new FeatureCanvasLayer(features, FEATURE_PANES.lines).addTo(map);
  let count = features.length;
  return {
    setVisible: (visible) => void (count = layer.setVisible(visible)),
    setSelected: () => undefined,
    setLanguage: () => undefined,
    shownCount: () => count,
  };
}
