// Build step: the static preview image the embed code's <noscript> fallback shows. Rendered in Node
// with the export renderer from the default state (both provinces, every feature, every published
// layer), so it looks like the map a reader with scripts would see first.
//   tsx scripts/make-preview.ts [outDir]   (default dist; reads the built data in public/data)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import { renderExportSvg } from '../src/export/render-svg.ts';
import { type ExportBoundaries, type ExportUserLayer, type ViewBounds } from '../src/export/export-input.ts';
import { userLayerLegendItems } from '../src/export/user-layers.ts';
import { LAYERS_FILE, parseLayerSummaries, parsePublishedLayers } from '../src/data/published-layers.ts';
import { publishedUserLayer } from '../src/user-data/published-layers.ts';
import { sceneUserLayer } from '../src/user-data/scene-user-layer.ts';
import { legendModel } from '../src/filters/legend-model.ts';
import { shownLegendItems } from '../src/filters/picture-legend.ts';
import { sourcesLine } from '../src/export-ui/build-input.ts';
import type { ProjectFeature } from '../src/types.ts';

const DATA = resolve('public/data');

function layer<T>(topology: Topology, name: string): Feature[] & T {
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (!object) throw new Error(`boundaries-base.json has no "${name}" layer`);
  return (feature(topology, object) as unknown as FeatureCollection).features as Feature[] & T;
}

/** [[south, west], [north, east]] around every coordinate of the features, with a small margin. */
function boundsOf(features: Feature[]): ViewBounds {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [lon, lat] = value as [number, number];
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const f of features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  const margin = 0.2;
  return [[south - margin, west - margin], [north + margin, east + margin]];
}

/**
 * The site's published layers (data/layers/, built into layers.json) as the export draws them by
 * default: every one shown, in its colour and symbol, named in both languages. Read only when the
 * manifest lists some, as the app does.
 */
function publishedLayers(manifestLayers: unknown, readJson: (file: string) => unknown): ExportUserLayer[] {
  if (parseLayerSummaries(manifestLayers).length === 0) return [];
  return parsePublishedLayers(readJson(LAYERS_FILE)).map((layer) => {
    // titled in both languages: the legend names it in each, as the page is bilingual
    const shown = publishedUserLayer(layer, 'zh');
    return sceneUserLayer(shown, [shown]);
  });
}

/** The preview of the built data in `dataDir` (public/data unless given), dated `date`. */
export function makePreviewSvg(date: string, dataDir = DATA): string {
  const readJson = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  const topology = readJson('boundaries-base.json') as Topology;
  const boundaries = {
    provinces: layer(topology, 'provinces'),
    prefectures: layer(topology, 'prefectures'),
    neighbours: layer(topology, 'neighbours'),
    rivers: layer(topology, 'rivers'),
  } as unknown as ExportBoundaries;
  const features = (readJson('features.json') as { features: ProjectFeature[] }).features;
  const manifest = readJson('manifest.json') as Parameters<typeof sourcesLine>[0] & { facts_checked?: string | null; layers?: unknown };
  const userLayers = publishedLayers(manifest.layers, readJson);
  const published = parseLayerSummaries(manifest.layers);
  return renderExportSvg({
    preset: 'slide-16x9',
    lang: 'both',
    title: '成渝地区双城经济圈项目地图 · Chengdu–Chongqing Economic Circle map',
    subtitle: `${features.length} 个项目 · ${features.length} features`,
    bounds: boundsOf(boundaries.provinces as Feature[]),
    boundaries,
    features,
    selectedId: null,
    legend: [...shownLegendItems(legendModel(features, features, [])), ...userLayerLegendItems(userLayers)],
    userLayers,
    // each published layer drawn: its title, publisher and checked day
    sources: sourcesLine(manifest, 'both', published),
    checkedOn: manifest.facts_checked ?? null,
    permalink: '',
    date,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outDir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(outDir)) {
    console.error(`make-preview: ${outDir} does not exist; run vite build first`);
    process.exit(1);
  }
  const svg = makePreviewSvg(new Date().toISOString().slice(0, 10));
  writeFileSync(join(outDir, 'preview.svg'), svg);
  console.log(`make-preview: wrote ${join(outDir, 'preview.svg')} (${(svg.length / 1024).toFixed(0)} KB)`);
}
