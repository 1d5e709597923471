import { describe, expect, it } from 'vitest';
import { parseOfficialArea, rowToProperties, SUBTYPES_BY_CATEGORY, type FactsRow } from '../../src/data/schema.ts';

describe('parseOfficialArea', () => {
  it('reads a number with an optional qualifier and leaves blank as unknown', () => {
    expect(parseOfficialArea('9.94 (2000 approval)')).toEqual({ value: 9.94, note: '2000 approval' });
    expect(parseOfficialArea('185000')).toEqual({ value: 185000, note: null });
    expect(parseOfficialArea('')).toEqual({ value: null, note: null });
    expect(parseOfficialArea('about 10')).toBeUndefined();
  });
});

describe('SUBTYPES_BY_CATEGORY', () => {
  it('lists the corridor kinds the map distinguishes', () => {
    expect(SUBTYPES_BY_CATEGORY.corridor).toContain('land_sea_corridor');
    expect(SUBTYPES_BY_CATEGORY.pilot_zone).not.toContain('railway');
  });
});

describe('rowToProperties', () => {
  const row: FactsRow = {
    id: 'x', name_zh: '甲', name_en: 'A', category: 'industrial_park', subtype: 'national_high_tech_zone',
    level: 'national', province: '', cities: 'Chengdu', status: '', year: '', geometry_kind: 'point',
    lon: '104', lat: '30', path: '', precision: 'city', description_en: '', source: 'a; http://b.example',
    area_km2: '', notes: '', aliases: '', county: '', description_zh: '', co_located: '', pair: '', demo_batch: '', lead_industry: '',
  };
  const derived = {
    prefectures: ['510100'], in_planning_area: 'yes' as const, area_km2_computed: null,
    has_extent: false, partial_units: [], anchor: [104, 30] as [number, number],
  };

  it('keeps unknown values null instead of guessing', () => {
    const p = rowToProperties(row, derived);
    expect([p.status, p.year, p.province, p.area_km2_official, p.description_en, p.notes]).toEqual([null, null, null, null, null, null]);
    expect(p.sources).toEqual([{ text: 'a', url: null }, { text: 'http://b.example', url: 'http://b.example' }]);
    expect(p.precision).toBe('city');
  });

  it('serves the explicit "unknown" year as unknown, and a year as a number', () => {
    expect(rowToProperties({ ...row, year: 'unknown' }, derived).year).toBeNull();
    expect(rowToProperties({ ...row, year: '2015' }, derived).year).toBe(2015);
  });

  it('marks a member-unit extent approximate', () => {
    expect(rowToProperties(row, { ...derived, has_extent: true }).precision).toBe('approximate');
  });
});
