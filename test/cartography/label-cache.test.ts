import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeatures, DEFAULT_FEATURES_OPTIONS } from '../../data/build/features.ts';
import { createMapLabelCache, layoutMapLabels, type DrawnSymbol, type MapLabelCache, type MapLabelInput } from '../../src/cartography/map-labels';
import type { Lang, ProjectCollection, ProjectFeature } from '../../src/types';
import { countyPlaces, measure, mercator, riverPlaces, seatPlaces } from './label-fixtures';

const outDir = mkdtempSync(join(tmpdir(), 'label-cache-'));
let features: ProjectFeature[] = [];
beforeAll(async () => {
  const result = await buildFeatures({ ...DEFAULT_FEATURES_OPTIONS, outDir });
  features = (JSON.parse(readFileSync(result.outFile, 'utf8')) as ProjectCollection).features as ProjectFeature[];
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const CHENGDU: [number, number] = [104.07, 30.66];

interface View {
  centre: [number, number];
  zoom: number;
  lang: Lang;
}

function input(view: View, shown: readonly ProjectFeature[], extra: Partial<MapLabelInput> = {}): MapLabelInput {
  return {
    lang: view.lang,
    zoom: view.zoom,
    viewport: { width: 1200, height: 800 },
    project: mercator(view.centre, view.zoom, 1200, 800),
    measure,
    features: shown,
    seats: seatPlaces,
    counties: countyPlaces,
    rivers: riverPlaces,
    ...extra,
  };
}

/** The same layout with the cache and from scratch: the cache may only save work, never change a label. */
function expectSameAsFromScratch(cache: MapLabelCache, view: View, shown: readonly ProjectFeature[], extra: Partial<MapLabelInput> = {}): number {
  const fromScratch = layoutMapLabels(input(view, shown, extra));
  expect(layoutMapLabels(input(view, shown, { ...extra, cache }))).toEqual(fromScratch);
  return fromScratch.length;
}

describe('layoutMapLabels with the candidates kept between layouts (createMapLabelCache)', () => {
  it('places the same labels as from scratch through filter changes, a selection and a cluster', () => {
    const cache = createMapLabelCache();
    const view: View = { centre: CHENGDU, zoom: 10, lang: 'zh' };
    const notParks = features.filter((f) => f.properties.category !== 'industrial_park');
    const national = features.filter((f) => f.properties.level === 'national');
    const provincialPoint = features.find((f) => f.properties.level === 'provincial' && f.geometry.type === 'Point')!;
    expect(expectSameAsFromScratch(cache, view, features)).toBeGreaterThan(10);
    expectSameAsFromScratch(cache, view, notParks);
    expectSameAsFromScratch(cache, view, national);
    expectSameAsFromScratch(cache, view, features, { selectedId: provincialPoint.id });
    expectSameAsFromScratch(cache, view, features);
    // two projects' symbols replaced by one cluster symbol between them: neither is named, the cluster is avoided
    const project = mercator(view.centre, view.zoom, 1200, 800);
    const points = features.filter((f) => f.geometry.type === 'Point');
    const symbols: DrawnSymbol[] = points.map((f) => {
      const [x, y] = project(...(f.geometry.coordinates as [number, number]));
      return { id: f.id, x, y, radius: f.properties.precision === 'approximate' ? 11 : 8 };
    });
    const [a, b] = symbols.filter((s) => s.x > 0 && s.x < 1200 && s.y > 0 && s.y < 800);
    const clustered = [...symbols.filter((s) => s !== a && s !== b), { x: (a!.x + b!.x) / 2, y: (a!.y + b!.y) / 2, radius: 14 }];
    expectSameAsFromScratch(cache, view, features, { symbols: clustered });
    expectSameAsFromScratch(cache, view, features, { symbols });
  });

  it('starts afresh when the view, the zoom, the size or the language changes', () => {
    const cache = createMapLabelCache();
    const views: View[] = [
      { centre: CHENGDU, zoom: 9, lang: 'zh' },
      { centre: [104.3, 30.5], zoom: 9, lang: 'zh' },
      { centre: [104.3, 30.5], zoom: 10, lang: 'zh' },
      { centre: [104.3, 30.5], zoom: 10, lang: 'en' },
    ];
    for (const view of views) expectSameAsFromScratch(cache, view, features);
    expectSameAsFromScratch(cache, views[3]!, features, { viewport: { width: 800, height: 600 } });
  });

  it('measures no text again when only the filter changes', () => {
    const cache = createMapLabelCache();
    const view: View = { centre: CHENGDU, zoom: 10, lang: 'en' };
    let measured = 0;
    const counting: MapLabelInput['measure'] = (text, style) => {
      measured++;
      return measure(text, style);
    };
    layoutMapLabels(input(view, features, { cache, measure: counting }));
    expect(measured).toBeGreaterThan(100);
    measured = 0;
    layoutMapLabels(input(view, features.filter((f) => f.properties.category !== 'pilot_zone'), { cache, measure: counting }));
    layoutMapLabels(input(view, features, { cache, measure: counting }));
    expect(measured).toBe(0);
  });
});
