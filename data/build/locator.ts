// public/data/locator.json: the locator inset (src/cartography/locator.ts), projected here once.
// China's outline from Natural Earth 1:110m (npm world-atlas@2.0.2, countries-110m.json: ids 156
// China and 158 Taiwan, drawn as one country as Chinese maps do); Sichuan and Chongqing from the
// app's own province outlines (boundaries-base.json, already written). A conic equal-area projection
// centred on China, fitted to a 160 px wide box; coordinates rounded to 0.1 px.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoArea, geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { sizeOf, type FileSize } from './manifest.ts';

const WIDTH = 160;
const HEIGHT = 124;
export const LOCATOR_SOURCE = 'Natural Earth 1:110m via world-atlas 2.0.2 (public domain / ISC)';

function collection(topology: Topology, name: string): FeatureCollection<Geometry> {
  const object = topology.objects[name];
  if (!object) throw new Error(`topology has no "${name}" object`);
  return feature(topology, object as GeometryCollection) as FeatureCollection<Geometry>;
}

/**
 * d3-geo reads rings the opposite way from RFC 7946: a shape wound the other way covers the rest of
 * the globe (area over 2π sr). Such a shape has its rings reversed; one already right is kept.
 */
function windForD3(shape: Feature): Feature {
  if (geoArea(shape) <= 2 * Math.PI) return shape;
  const rings = (polygon: number[][][]) => polygon.map((ring) => [...ring].reverse());
  const g = shape.geometry;
  if (g.type === 'Polygon') return { ...shape, geometry: { ...g, coordinates: rings(g.coordinates) } };
  if (g.type === 'MultiPolygon') return { ...shape, geometry: { ...g, coordinates: g.coordinates.map(rings) } };
  return shape;
}

/**
 * Drops the points of each ring that lie within `tolerance` px of the last point kept: at inset size
 * the provinces' 100 m outlines would otherwise weigh 70 KB for no visible gain.
 */
export function thinPathData(d: string, tolerance: number): string {
  return d
    .split('Z')
    .filter((ring) => ring.trim() !== '')
    .map((ring) => {
      const points = ring.replace(/^M/, '').split('L').map((pair) => pair.split(',').map(Number) as [number, number]);
      const kept: [number, number][] = [];
      for (const point of points) {
        const last = kept[kept.length - 1];
        if (!last || Math.hypot(point[0] - last[0], point[1] - last[1]) >= tolerance) kept.push(point);
      }
      return kept.length >= 3 ? `M${kept.map((p) => p.join(',')).join('L')}Z` : '';
    })
    .join('');
}

export function buildLocator(outDir: string): FileSize {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology;
  const china = collection(world, 'countries').features.filter((f) => f.id === '156' || f.id === '158').map(windForD3);
  if (china.length !== 2) throw new Error('world-atlas countries-110m.json: China (156) or Taiwan (158) missing');
  const base = JSON.parse(readFileSync(join(outDir, 'boundaries-base.json'), 'utf8')) as Topology;
  const provinces = collection(base, 'provinces').features.map(windForD3);
  const countryCollection: FeatureCollection = { type: 'FeatureCollection', features: china };
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]).fitSize([WIDTH, HEIGHT], countryCollection);
  const path = geoPath(projection).digits(1);
  const data = {
    width: WIDTH,
    height: HEIGHT,
    country: thinPathData(china.map((f) => path(f) ?? '').join(''), 0.6),
    provinces: thinPathData(provinces.map((f) => path(f) ?? '').join(''), 0.6),
    source: LOCATOR_SOURCE,
  };
  if (!data.country || !data.provinces) throw new Error('locator: an outline projected to nothing');
  const text = JSON.stringify(data);
  writeFileSync(join(outDir, 'locator.json'), text);
  return sizeOf(text);
}
