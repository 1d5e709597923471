// Benchmark page (not the app): n synthetic features drawn by the app's feature layer (canvas mode)
// and, on a canvas of its own, by the plain way (clear every layer, re-add the filtered set).
// window.filterBench.change(variant) applies the next filter of a fixed cycle and resolves once the
// frame after the update has been painted (a task posted from that animation frame runs after its
// paint), with the milliseconds until that animation frame; timings holds the parts of the last change.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { createFeatureLayer } from '../../src/map/feature-layer';
import { matchesFilters } from '../../src/filters/predicates';
import { NO_FILTERS, type FeatureFilters } from '../../src/filters/filter-state';
import { lineOptions, areaOptions } from '../../src/map/feature-symbols';
import { pointSymbol } from '../../src/style/symbology';
import type { ProjectFeature } from '../../src/types';
import { syntheticFeatures } from './synthetic-features';

const CYCLE: FeatureFilters[] = [
  { ...NO_FILTERS, statuses: ['operating'] },
  NO_FILTERS,
  { ...NO_FILTERS, hiddenSubtypes: ['high_speed_rail', 'free_trade_zone', 'national_high_tech_zone'] },
  { ...NO_FILTERS, years: [2010, 2020] },
  { ...NO_FILTERS, provinces: ['sichuan'], precisions: ['exact', 'city'] },
  { ...NO_FILTERS, levels: ['national'], inPlanningArea: true },
];

const count = Number(new URLSearchParams(location.search).get('n') ?? '10000');
const features = syntheticFeatures(count, 20251126);
const map = L.map('map', { zoomControl: false, attributionControl: false, preferCanvas: true }).setView([30.3, 105.6], 7);
// ?mode=svg measures the app's SVG layer instead, to see up to how many features it keeps up
const mode = new URLSearchParams(location.search).get('mode') === 'svg' ? 'svg' : 'canvas';
const ours = createFeatureLayer(map, { features, onSelect: () => undefined, mode });

// The plain way: one Leaflet layer per feature on a canvas renderer, all removed and the filtered set re-added.
const renderer = L.canvas();
const plainLayers = new Map<string, L.Layer>(
  features.map((f): [string, L.Layer] => {
    const g = f.geometry;
    if (g.type === 'Point') {
      const s = pointSymbol(f.properties);
      return [f.id, L.circleMarker([g.coordinates[1]!, g.coordinates[0]!], { renderer, radius: 4, color: s.stroke, fillColor: s.fill ?? '#fff', fillOpacity: 1, weight: 1 })];
    }
    if (g.type === 'LineString') return [f.id, L.polyline(L.GeoJSON.coordsToLatLngs(g.coordinates), { ...lineOptions(f, false), renderer })];
    return [f.id, L.polygon(L.GeoJSON.coordsToLatLngs(g.type === 'Polygon' ? g.coordinates : g.coordinates[0]!, 1) as L.LatLng[][], { ...areaOptions(f, false), renderer })];
  }),
);
const plainGroup = L.layerGroup([...plainLayers.values()]).addTo(map);

const next = { ours: 0, baseline: 0 };
/** parts of the last change (ms from its start), for looking into where time goes */
const timings = { filter: 0, sync: 0, frame: 0, afterPaint: 0 };
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function change(variant: 'ours' | 'baseline'): Promise<number> {
  const filters = CYCLE[next[variant]++ % CYCLE.length]!;
  const start = performance.now();
  const visible: ProjectFeature[] = features.filter((f) => matchesFilters(f.properties, filters));
  timings.filter = performance.now() - start;
  if (variant === 'ours') {
    ours.setVisible(visible);
    if (ours.shownCount() !== visible.length) throw new Error('feature layer shows a different set');
  } else {
    plainGroup.clearLayers();
    for (const f of visible) plainGroup.addLayer(plainLayers.get(f.id)!);
  }
  timings.sync = performance.now() - start;
  await frame();
  const end = performance.now();
  timings.frame = end - start;
  // wait for the paint too: the plain way's canvas renderer rasterises its paths there
  await new Promise<void>((resolve) => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(); ch.port2.postMessage(0); });
  timings.afterPaint = performance.now() - start;
  // The figure is the time until the repainted frame, not just until the next animation frame.
  return timings.afterPaint;
}

(window as unknown as { filterBench: unknown }).filterBench = { change, timings, ready: true };
