import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeatures, DEFAULT_FEATURES_OPTIONS } from '../../data/build/features.ts';
import { layoutMapLabels, type MapLabel } from '../../src/cartography/map-labels';
import { CROWDED_IN_VIEW, areaLabelPoint, crowdedPlaces, crowdedPlacesInSlices, userLabelPlaces, userLabels, type CrowdedPlaces, type UserLabelPlace } from '../../src/cartography/user-labels';
import type { ProjectCollection, ProjectFeature } from '../../src/types';
import { corners, countyPlaces, measure, mercator, quadsOverlap, riverPlaces, seatPlaces } from './label-fixtures';

const outDir = mkdtempSync(join(tmpdir(), 'labels-user-'));
let features: ProjectFeature[] = [];
beforeAll(async () => {
  const result = await buildFeatures({ ...DEFAULT_FEATURES_OPTIONS, outDir });
  features = (JSON.parse(readFileSync(result.outFile, 'utf8')) as ProjectCollection).features as ProjectFeature[];
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const point = (lon: number, lat: number, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
const byName = (feature: Feature) => (typeof feature.properties?.['名称'] === 'string' ? (feature.properties['名称'] as string) : undefined);

describe('areaLabelPoint', () => {
  it('is the centroid of a square', () => {
    expect(areaLabelPoint([[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]])).toEqual([1, 1]);
  });

  it('moves into the area when the centroid falls in a C-shaped area’s notch', () => {
    // 3 × 3 square minus the notch x 1–3, y 1–2: the centroid (1.36, 1.5) is in the notch; the only span inside at y 1.5 is x 0–1
    const c = [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]];
    const [x, y] = areaLabelPoint(c)!;
    expect(x).toBeCloseTo(0.5, 6);
    expect(y).toBeCloseTo(1.5, 6);
  });

  it('avoids a hole in the middle', () => {
    const ring = [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]], [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]]];
    const [x, y] = areaLabelPoint(ring)!;
    expect(y).toBeCloseTo(2, 6);
    expect(x < 1 || x > 3).toBe(true);
  });
});

describe('userLabelPlaces', () => {
  it('names a feature by its layer’s name column, each point of a MultiPoint, an area at its label point; unnamed ones are left out', () => {
    const places = userLabelPlaces([
      {
        id: 'L1',
        nameOf: byName,
        radiusOf: () => 7,
        features: [
          point(104.1, 30.6, { 名称: '甲站' }),
          point(104.2, 30.6, { 备注: 'no name' }),
          { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[104.3, 30.6], [104.4, 30.6]] }, properties: { 名称: '乙' } },
          { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[104, 30], [104.2, 30], [104.2, 30.2], [104, 30.2], [104, 30]]] }, properties: { 名称: '丙园区' } },
          { type: 'Feature', geometry: null, properties: { 名称: '无位置' } } as unknown as Feature,
        ],
      },
    ]);
    expect(places.map((p) => [p.key, p.name, p.kind])).toEqual([
      ['L1:0', '甲站', 'point'],
      ['L1:2.0', '乙', 'point'],
      ['L1:2.1', '乙', 'point'],
      ['L1:3', '丙园区', 'area'],
    ]);
    const area = places[3] as Extract<UserLabelPlace, { kind: 'area' }>;
    expect(area.lon).toBeCloseTo(104.1, 6);
    expect(area.lat).toBeCloseTo(30.1, 6);
  });
});

describe('imported features in the map’s label layout', () => {
  const CHENGDU: [number, number] = [104.07, 30.66];
  const [width, height] = [1200, 800];
  // twelve named points on a grid around Chengdu, about 7 km apart
  const grid: Extract<UserLabelPlace, { kind: 'point' }>[] = Array.from({ length: 12 }, (_, i) => ({
    key: `L1:${i}`,
    name: `测试点${i + 1}号`,
    kind: 'point' as const,
    lon: 103.93 + (i % 4) * 0.08,
    lat: 30.56 + Math.floor(i / 4) * 0.07,
    radius: 7,
  }));
  const layout = (zoom: number, userPlaces: readonly UserLabelPlace[], lang: 'zh' | 'en' = 'zh'): MapLabel[] =>
    layoutMapLabels({ lang, zoom, viewport: { width, height }, project: mercator(CHENGDU, zoom, width, height), measure, features, seats: seatPlaces, counties: countyPlaces, rivers: riverPlaces, extra: userLabels(userPlaces) });

  it('names them from zoom 8 as the projects that are neither national nor joint, not below', () => {
    expect(layout(7.5, grid).filter((l) => l.kind === 'user')).toEqual([]);
    expect(layout(8, grid).some((l) => l.kind === 'user')).toBe(true);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`at zoom 10 (${lang}) their names are on the map and overlap no other name, no project symbol and no imported marker`, () => {
      const labels = layout(10, grid, lang);
      const user = labels.filter((l) => l.kind === 'user');
      expect(user.length).toBeGreaterThanOrEqual(6);
      for (const label of user) expect(grid.find((p) => p.key === label.key)?.name).toBe(label.lines.join(''));
      const quads = labels.map(corners);
      for (let i = 0; i < quads.length; i++) for (let j = i + 1; j < quads.length; j++) expect(quadsOverlap(quads[i]!, quads[j]!), `${labels[i]!.id} × ${labels[j]!.id}`).toBe(false);
      const project = mercator(CHENGDU, 10, width, height);
      const markers: [number, number, number][] = [
        ...grid.map((p) => [...project(p.lon, p.lat), 7] as [number, number, number]),
        ...features.filter((f) => f.geometry.type === 'Point').map((f) => [...project(...(f.geometry.coordinates as [number, number])), 8] as [number, number, number]),
      ];
      for (const [x, y, r] of markers) {
        const square: [number, number][] = [[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]];
        for (const [k, quad] of quads.entries()) expect(quadsOverlap(quad, square), `${labels[k]!.id} over the marker at ${x.toFixed(0)},${y.toFixed(0)}`).toBe(false);
      }
    });
  }

  it('leaves a built-in project’s name where it was when an imported point with a name sits on the project', () => {
    const before = layout(10, []);
    const named = before.find((l) => l.kind === 'project' && features.find((f) => f.id === l.key)?.geometry.type === 'Point');
    expect(named).toBeDefined();
    const [lon, lat] = features.find((f) => f.id === named!.key)!.geometry.coordinates as [number, number];
    const after = layout(10, [{ key: 'L1:0', name: '同位置的导入点名称很长', kind: 'point', lon, lat, radius: 7 }]);
    const again = after.find((l) => l.id === named!.id);
    expect(again && [again.x, again.y]).toEqual([named!.x, named!.y]);
  });
});

describe('a crowded layer (drawn on a canvas)', () => {
  // a 40 × 40 grid of named points 0.01° apart around (104, 30.5), as a crowded layer
  const grid: UserLabelPlace[] = Array.from({ length: 1600 }, (_, i) => ({ key: `crowd:${i}`, name: `点${i}`, kind: 'point' as const, lon: 103.8 + (i % 40) * 0.01, lat: 30.3 + Math.floor(i / 40) * 0.01, radius: 7 }));
  const crowded = crowdedPlaces(grid);
  const [width, height] = [1000, 700];
  /** The view's bounds worked out from the same projection the layout uses. */
  const boundsAt = (centre: [number, number], zoom: number): [number, number, number, number] => {
    const degreesPerPixel = 360 / (256 * 2 ** zoom);
    const latPerPixel = degreesPerPixel * Math.cos((centre[1] * Math.PI) / 180);
    return [centre[0] - (width / 2) * degreesPerPixel, centre[1] - (height / 2) * latPerPixel, centre[0] + (width / 2) * degreesPerPixel, centre[1] + (height / 2) * latPerPixel];
  };
  const layout = (centre: [number, number], zoom: number, bounds: boolean, layer: CrowdedPlaces = crowded) =>
    layoutMapLabels({ lang: 'zh', zoom, viewport: { width, height }, project: mercator(centre, zoom, width, height), measure, features: [], extra: userLabels([], [layer]), ...(bounds ? { bounds: boundsAt(centre, zoom) } : {}) }).filter((l) => l.kind === 'user');
  const names = (labels: readonly MapLabel[]) => labels.map((label) => `${label.key} ${label.lines.join('')} ${Math.round(label.x)},${Math.round(label.y)}`);

  it('names none while more than CROWDED_IN_VIEW of its points are in view', () => {
    // zoom 10: the whole 0.4° grid is in a 1000 px view
    expect(grid.length).toBeGreaterThan(CROWDED_IN_VIEW);
    expect(layout([104, 30.5], 10, true)).toEqual([]);
  });

  it('names the points in a view holding few of them, each beside its own point, and none outside', () => {
    const centre: [number, number] = [103.805, 30.305];
    const labels = layout(centre, 15, true);
    expect(labels.length).toBeGreaterThan(0);
    const [west, south, east, north] = boundsAt(centre, 15);
    for (const label of labels) {
      const place = grid.find((p) => p.key === label.key) as Extract<UserLabelPlace, { kind: 'point' }>;
      expect(place.name).toBe(label.lines.join(''));
      // within the view and its tenth-wide margin
      expect(place.lon).toBeGreaterThanOrEqual(west - (east - west) / 10);
      expect(place.lat).toBeLessThanOrEqual(north + (north - south) / 10);
    }
  });

  it('names none without the view\'s bounds or below zoom 8', () => {
    expect(layout([103.805, 30.305], 15, false)).toEqual([]);
    expect(layout([103.805, 30.305], 7, true)).toEqual([]);
  });

  it('indexed in slices, names the same places in the same spots, and none while its slices together hold too many in view', () => {
    // 16 slices of 100: each under CROWDED_IN_VIEW, all 1,600 over it
    const sliced = crowdedPlaces(grid, 100);
    expect(sliced.slices.length).toBe(16);
    expect(layout([104, 30.5], 10, true, sliced)).toEqual([]);
    for (const centre of [[103.805, 30.305], [104.0, 30.5], [104.18, 30.68]] as [number, number][]) {
      const whole = layout(centre, 15, true);
      expect(whole.length).toBeGreaterThan(0);
      expect(names(layout(centre, 15, true, sliced))).toEqual(names(whole));
    }
  });

  it('is indexed a slice of features per task, named only once all are in, keys counting from the file’s first feature', async () => {
    const features = grid.map((place) => point((place as { lon: number }).lon, (place as { lat: number }).lat, { 名称: place.name }));
    let named = 0;
    const perTask: number[] = [];
    const layer = { id: 'crowd', features, nameOf: (feature: Feature) => ((named += 1), byName(feature)), radiusOf: () => 7 };
    let during: MapLabel[] | undefined;
    let building: CrowdedPlaces;
    const { crowded, done } = crowdedPlacesInSlices(layer, 100, async () => {
      perTask.push(named);
      named = 0;
      // a view laid out while slices are still to come (after the first) names none of the layer
      if (perTask.length === 2) during = layout([103.805, 30.305], 15, true, building);
      await Promise.resolve();
    }, () => true);
    building = crowded;
    // nothing is taken in the caller's own task
    expect(named).toBe(0);
    expect(await done).toBe(true);
    perTask.push(named);
    expect(during).toEqual([]);
    // the first call is before any work; then 100 features per task
    expect(perTask).toEqual([0, ...Array<number>(16).fill(100)]);
    expect(building.complete).toBe(true);
    const centre: [number, number] = [104.18, 30.68];
    expect(names(layout(centre, 15, true, building))).toEqual(names(layout(centre, 15, true)));
    expect(building.slices.flatMap((slice) => slice.places.map((place) => place.key))).toEqual(grid.map((_, i) => `crowd:${i}`));
  });

  it('stops indexing when the layer is no longer wanted, and stays unnamed', async () => {
    const features = grid.map((place) => point((place as { lon: number }).lon, (place as { lat: number }).lat, { 名称: place.name }));
    let slices = 0;
    const { crowded: stopped, done } = crowdedPlacesInSlices({ id: 'crowd', features, nameOf: byName, radiusOf: () => 7 }, 100, () => Promise.resolve(), () => ++slices <= 3);
    expect(await done).toBe(false);
    expect(stopped.complete).toBe(false);
    expect(stopped.slices.length).toBe(3);
    expect(layout([103.805, 30.305], 15, true, stopped)).toEqual([]);
  });
});

