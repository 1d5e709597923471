// The coordinate-system hint measured on the points: county offices copied from AMap (GCJ-02) or
// Baidu (BD-09) sit a consistent few hundred metres from their counties' seats; WGS84 ones do not,
// and a project list scattered around its counties proves nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crsFromPositions, distanceMetres } from '../../src/import/crs-from-positions.ts';
import { importAnyFile } from '../../src/import/import-any-file.ts';
import { indexDivisions, type DivisionList } from '../../src/import/divisions.ts';
import { fixtureBytes } from './fixtures.ts';

const divisions = indexDivisions(JSON.parse(readFileSync(new URL('../../public/data/divisions.json', import.meta.url), 'utf8')) as DivisionList);
const preview = (name: string, extra: object = {}) => importAnyFile({ name, bytes: fixtureBytes(name) }, { divisions, ...extra });

describe('crsFromPositions', () => {
  it('measures distances in metres (0.01° of latitude is about 1.1 km)', () => {
    expect(distanceMetres([104, 30], [104, 30.01])).toBeCloseTo(1113, -1);
  });

  it('finds nothing in points scattered 1–2 km around their seats in every direction', () => {
    const seat = [104.06, 30.66];
    const pairs = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({
      position: [seat[0]! + 0.012 * Math.cos((i * Math.PI) / 4), seat[1]! + 0.012 * Math.sin((i * Math.PI) / 4)],
      reference: seat,
    }));
    expect(crsFromPositions(pairs)).toBeUndefined();
  });

  it('needs at least three rows', () => {
    // 万州 and 渝中 offices shifted to GCJ-02 (from the fixture), two rows only
    const pairs = [
      { position: [108.380246, 30.807807], reference: [108.375671, 30.810082] },
      { position: [106.56288, 29.556742], reference: [106.559175, 29.559606] },
    ];
    expect(crsFromPositions(pairs)).toBeUndefined();
  });
});

describe('a table of county offices', () => {
  it('copied from AMap: hints GCJ-02, measured on the positions, with the rows compared and the offset', async () => {
    const hint = (await preview('county-offices-gcj02.csv')).table?.crsHint;
    expect(hint).toMatchObject({ crs: 'gcj02', where: 'positions', evidence: '8' });
    // the GCJ-02 shift in Sichuan and Chongqing is a few hundred metres
    expect(hint?.offsetMetres).toBeGreaterThan(300);
    expect(hint?.offsetMetres).toBeLessThan(700);
  });

  it('copied from Baidu: hints BD-09', async () => {
    const hint = (await preview('county-offices-bd09.csv')).table?.crsHint;
    expect(hint).toMatchObject({ crs: 'bd09', where: 'positions', evidence: '8' });
    expect(hint?.offsetMetres).toBeGreaterThan(700);
  });

  it('in WGS84: no hint', async () => {
    expect((await preview('county-offices-wgs84.csv')).table?.crsHint).toBeUndefined();
  });

  it('the hinted system, once chosen, puts every office within 1 m of its seat', async () => {
    for (const [file, crs] of [['county-offices-gcj02.csv', 'gcj02'], ['county-offices-bd09.csv', 'bd09']] as const) {
      const result = await preview(file, { crs });
      expect(result.layer?.count).toBe(8);
      for (const feature of result.layer?.features ?? []) {
        const position = (feature.geometry as { coordinates: number[] }).coordinates;
        const truth = [Number(feature.properties?.['wgs_lon']), Number(feature.properties?.['wgs_lat'])];
        expect(distanceMetres(position, truth)).toBeLessThan(1);
      }
    }
  });
});
