import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { toGeoJSON } from '../../src/download/geojson.ts';
import { makeFeature } from '../charts/make-feature.ts';

// Signed area (shoelace): positive for a counter-clockwise ring in lon/lat.
function signedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i += 1) {
    const [x1, y1] = ring[i] as [number, number];
    const [x2, y2] = ring[i + 1] as [number, number];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

const clockwiseSquare: Polygon = {
  type: 'Polygon',
  coordinates: [[[104, 30], [104, 31], [105, 31], [105, 30], [104, 30]]],
};

function zoneFeature() {
  const feature = makeFeature({ id: 'zone', geometry_kind: 'area_center', has_extent: true });
  return { ...feature, geometry: structuredClone(clockwiseSquare) };
}

describe('toGeoJSON', () => {
  it('writes a FeatureCollection with ids, geometry and properties and no crs member', () => {
    const parsed = JSON.parse(toGeoJSON([makeFeature({ id: 'a' }), makeFeature({ id: 'b', year: null })], 'en'));
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.crs).toBeUndefined();
    expect(parsed.features.map((f: { id: string }) => f.id)).toEqual(['a', 'b']);
    expect(parsed.features[0].geometry).toEqual({ type: 'Point', coordinates: [104.06, 30.67] });
    expect(parsed.features[0].properties.Year).toBe(2017);
    expect(parsed.features[1].properties.Year).toBeNull();
  });

  it('names the properties in the interface language, as the CSV headers, with coded values as words', () => {
    const feature = makeFeature({ id: 'gxq', name_zh: '成都高新区', category: 'industrial_park', subtype: 'national_high_tech_zone', description_zh: '国家级高新区。' });
    const zh = JSON.parse(toGeoJSON([feature], 'zh')).features[0].properties;
    expect(Object.keys(zh)).toEqual(['编号', '中文名称', '英文名称', '类别', '类型', '级别', '省份', '所在城市', '状态', '年份', '位置精度', '经度', '纬度', '官方面积（平方公里）', '中文简介', '英文简介', '来源']);
    expect(zh).toMatchObject({ 编号: 'gxq', 中文名称: '成都高新区', 类别: '产业园区', 级别: '国家级', 省份: '四川', 位置精度: '精确', 中文简介: '国家级高新区。', 英文简介: null });
    const en = JSON.parse(toGeoJSON([feature], 'en')).features[0].properties;
    expect(Object.keys(en)).toEqual(['ID', 'Name (Chinese)', 'Name (English)', 'Category', 'Type', 'Level', 'Province', 'Cities', 'Status', 'Year', 'Location precision', 'Longitude', 'Latitude', 'Official area (km²)', 'Description (Chinese)', 'Description (English)', 'Sources']);
    expect(en).toMatchObject({ ID: 'gxq', Category: 'Industrial park', Type: 'National high-tech zone', Province: 'Sichuan', 'Location precision': 'Exact' });
  });

  it('winds polygon exterior rings counter-clockwise as RFC 7946 asks, without touching the input', () => {
    const input = zoneFeature();
    const parsed = JSON.parse(toGeoJSON([input], 'zh'));
    expect(signedArea(parsed.features[0].geometry.coordinates[0])).toBeGreaterThan(0);
    expect(input.geometry).toEqual(clockwiseSquare);
  });

  it('keeps a line in its drawn direction', () => {
    const line = { ...makeFeature({ id: 'rail' }), geometry: { type: 'LineString' as const, coordinates: [[104, 30], [105, 30], [105, 29]] } };
    const parsed = JSON.parse(toGeoJSON([line], 'zh'));
    expect(parsed.features[0].geometry.coordinates).toEqual([[104, 30], [105, 30], [105, 29]]);
  });

  it('writes an empty collection for an empty set', () => {
    expect(JSON.parse(toGeoJSON([], 'en'))).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('carries the distance to the corridor as a number property when a catchment is asked', () => {
    const parsed = JSON.parse(toGeoJSON([makeFeature({ id: 'a' })], 'en', new Map([['a', 3.456]])));
    expect(parsed.features[0].properties['Distance to corridor (km)']).toBe(3.46);
    expect(JSON.parse(toGeoJSON([makeFeature({ id: 'a' })], 'en')).features[0].properties).not.toHaveProperty('Distance to corridor (km)');
  });
});
