import { describe, expect, it } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { countiesShownAt, exportBoundariesAt, exportSeats } from '../../src/export-ui/build-input';
import { COUNTY_MIN_ZOOM } from '../../src/map/county-loader';
import type { UnitProperties } from '../../src/types';

type Units = FeatureCollection<Polygon | MultiPolygon, UnitProperties>;
const empty = <T>(): FeatureCollection<Polygon, T> => ({ type: 'FeatureCollection', features: [] });
const square: Polygon = { type: 'Polygon', coordinates: [[[104, 30], [104.1, 30], [104.1, 30.1], [104, 30]]] };
const county = { type: 'Feature', properties: { adcode: '510104', name_zh: '锦江区', name_en: 'Jinjiang District', level: 'district' }, geometry: square };
const counties = { type: 'FeatureCollection', features: [county] } as unknown as Units;
const base = { provinces: empty<UnitProperties>(), prefectures: empty<UnitProperties>(), neighbours: empty(), rivers: { type: 'FeatureCollection', features: [] } } as never;

describe('counties in the export follow the map', () => {
  it('are shown from the map county zoom on, not below it', () => {
    expect(countiesShownAt(COUNTY_MIN_ZOOM)).toBe(true);
    expect(countiesShownAt(COUNTY_MIN_ZOOM + 1.5)).toBe(true);
    expect(countiesShownAt(COUNTY_MIN_ZOOM - 0.25)).toBe(false);
    expect(countiesShownAt(5)).toBe(false);
  });

  it('are put into the boundaries only when shown and loaded', () => {
    expect(exportBoundariesAt(COUNTY_MIN_ZOOM, base, counties).counties).toEqual([county]);
    expect(exportBoundariesAt(COUNTY_MIN_ZOOM - 0.25, base, counties).counties).toBeUndefined();
    expect(exportBoundariesAt(COUNTY_MIN_ZOOM + 1, base, null).counties).toBeUndefined();
  });
});

describe('seat labels for the export', () => {
  it('rank the seats as the map does: the two big cities above other prefecture seats', () => {
    const unit = (adcode: string, area_km2: number) => ({ type: 'Feature', properties: { adcode, level: 'prefecture', area_km2 }, geometry: square });
    const seatAt = (adcode: string, name_zh: string) => ({ type: 'Feature', properties: { adcode, name_zh, name_en: name_zh }, geometry: { type: 'Point', coordinates: [104, 30] } });
    const seats = exportSeats({
      provinces: empty(),
      prefectures: { type: 'FeatureCollection', features: [unit('510100', 14_000), unit('511300', 12_000)] },
      seats: { type: 'FeatureCollection', features: [seatAt('511300', '南充市'), seatAt('510100', '成都市')] },
    } as never);
    expect(seats.map((s) => s.adcode)).toEqual(['511300', '510100']);
    expect(seats[1]!.priority).toBeGreaterThan(seats[0]!.priority);
    expect(seats[0]).toMatchObject({ name_zh: '南充市', lon: 104, lat: 30 });
  });
});
