import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFeatures, DEFAULT_FEATURES_OPTIONS } from '../../data/build/features.ts';
import { layoutMapLabels, type MapLabel, type MapLabelInput } from '../../src/cartography/map-labels';
import type { Lang, ProjectCollection, ProjectFeature } from '../../src/types';
import { corners, countyPlaces, measure, mercator, quadsOverlap, riverPlaces, seatPlaces } from './label-fixtures';

const outDir = mkdtempSync(join(tmpdir(), 'labels-features-'));
let features: ProjectFeature[] = [];
beforeAll(async () => {
  const result = await buildFeatures({ ...DEFAULT_FEATURES_OPTIONS, outDir });
  features = (JSON.parse(readFileSync(result.outFile, 'utf8')) as ProjectCollection).features as ProjectFeature[];
}, 60_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const CHENGDU: [number, number] = [104.07, 30.66];
const CIRCLE: [number, number] = [105.6, 30.0];

function layout(centre: [number, number], zoom: number, lang: Lang, extra: Partial<MapLabelInput> = {}): MapLabel[] {
  const [width, height] = [1200, 800];
  const project = mercator(centre, zoom, width, height);
  return layoutMapLabels({ lang, zoom, viewport: { width, height }, project, measure, features, seats: seatPlaces, counties: countyPlaces, rivers: riverPlaces, ...extra });
}

const kinds = (labels: MapLabel[]) => new Set(labels.map((l) => l.kind));
const texts = (labels: MapLabel[], kind: MapLabel['kind']) => labels.filter((l) => l.kind === kind).map((l) => l.lines.join(' '));

describe('layoutMapLabels on the project data', () => {
  for (const [name, centre, zoom] of [
    ['the whole circle at zoom 7', CIRCLE, 7],
    ['Chengdu at zoom 9', CHENGDU, 9],
    ['Chengdu at zoom 10', CHENGDU, 10],
  ] as const) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${name} (${lang}): no two labels overlap, none covers a point symbol, all inside the view`, () => {
        const labels = layout([...centre], zoom, lang);
        expect(labels.length).toBeGreaterThan(10);
        const quads = labels.map(corners);
        for (let i = 0; i < quads.length; i++) {
          for (let j = i + 1; j < quads.length; j++) expect(quadsOverlap(quads[i]!, quads[j]!), `${labels[i]!.id} × ${labels[j]!.id}`).toBe(false);
          for (const [x, y] of quads[i]!) {
            expect(x).toBeGreaterThanOrEqual(-0.5);
            expect(y).toBeGreaterThanOrEqual(-0.5);
            expect(x).toBeLessThanOrEqual(1200.5);
            expect(y).toBeLessThanOrEqual(800.5);
          }
        }
        const project = mercator([...centre], zoom, 1200, 800);
        for (const feature of features) {
          if (feature.geometry.type !== 'Point') continue;
          const [x, y] = project(...(feature.geometry.coordinates as [number, number]));
          const symbol: [number, number][] = [[x - 8, y - 8], [x + 8, y - 8], [x + 8, y + 8], [x - 8, y + 8]];
          for (const [k, quad] of quads.entries()) expect(quadsOverlap(quad, symbol), `${labels[k]!.id} over ${feature.id}`).toBe(false);
        }
      });
    }
  }

  it('names the two capitals and national projects at the regional view, in the chosen language', () => {
    const zh = layout(CIRCLE, 7, 'zh');
    expect(texts(zh, 'seat')).toEqual(expect.arrayContaining(['成都市', '重庆市']));
    expect(texts(zh, 'project').length).toBeGreaterThan(3);
    const en = layout(CIRCLE, 7, 'en');
    expect(texts(en, 'seat')).toEqual(expect.arrayContaining(['Chengdu', 'Chongqing']));
    expect(texts(en, 'project').every((t) => /^[\x20-\x7e’–—-]+$/.test(t))).toBe(true);
  });

  it('names counties from zoom 8 and every river from zoom 9, not before', () => {
    expect(kinds(layout(CHENGDU, 7.75, 'zh')).has('county')).toBe(false);
    const at8 = layout(CHENGDU, 8, 'zh');
    expect(texts(at8, 'county').length).toBeGreaterThan(5);
    expect(texts(layout(CHENGDU, 8.5, 'zh'), 'river')).not.toContain('岷江');
    const at9 = layout([104.5, 30.2], 9, 'zh');
    expect(texts(at9, 'river')).toEqual(expect.arrayContaining(['岷江']));
    expect(texts(layout([104.5, 30.2], 9, 'en'), 'river')).toEqual(expect.arrayContaining(['Min']));
  });

  it('names Chengdu districts at zoom 10 over the city, where the map used to be empty', () => {
    const labels = layout(CHENGDU, 10, 'zh');
    expect(texts(labels, 'county')).toEqual(expect.arrayContaining(['锦江区', '武侯区']));
    expect(texts(labels, 'project').length).toBeGreaterThan(3);
  });

  it('keeps national projects before provincial ones: at zoom 7 no provincial project is named', () => {
    const labels = layout(CIRCLE, 7, 'zh');
    const provincial = new Set(features.filter((f) => f.properties.level === 'provincial').map((f) => f.id));
    expect(labels.filter((l) => provincial.has(l.key))).toEqual([]);
  });

  it('always names the selected project, even when it would lose to others', () => {
    const provincial = features.find((f) => f.properties.level === 'provincial' && f.geometry.type === 'Point')!;
    const labels = layout(CIRCLE, 7, 'zh', { selectedId: provincial.id });
    expect(labels.some((l) => l.key === provincial.id)).toBe(true);
  });

  it('names a corridor along its line, rotated to the line', () => {
    const labels = layout(CIRCLE, 8, 'zh');
    const corridors = labels.filter((l) => l.kind === 'corridor');
    expect(corridors.length).toBeGreaterThan(0);
    expect(corridors.every((l) => !/[（(]/.test(l.lines[0]!))).toBe(true);
  });

  it('is deterministic: the same input in another order gives the same labels', () => {
    const a = layout(CHENGDU, 9, 'en');
    const b = layout(CHENGDU, 9, 'en', { features: [...features].reverse(), seats: [...seatPlaces].reverse(), counties: [...countyPlaces].reverse() });
    expect(b).toEqual(a);
  });

  it('leaves a point project in a cluster unnamed (only drawn symbols are named)', () => {
    const project = mercator(CIRCLE, 7, 1200, 800);
    const named = layout(CIRCLE, 7, 'zh').filter((l) => l.kind === 'project');
    expect(named.length).toBeGreaterThan(0);
    const symbols = features
      .filter((f) => f.geometry.type === 'Point' && f.id !== named[0]!.key)
      .map((f) => {
        const [x, y] = project(...(f.geometry.coordinates as [number, number]));
        return { id: f.id, x, y, radius: 8 };
      });
    expect(layout(CIRCLE, 7, 'zh', { symbols }).some((l) => l.key === named[0]!.key)).toBe(false);
  });
});
