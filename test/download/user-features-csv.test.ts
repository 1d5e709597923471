import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { userFeaturesCsv, userFeaturesCsvText } from '../../src/download/user-features-csv';

const point = (lon: number, lat: number, properties: Record<string, unknown>): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
const road: Feature = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[104, 30], [105, 30]] }, properties: { 名称: '成资大道', 等级: '一级', 通车: true } };

const rows = [
  { layer: '我的项目', name: '简阳站', feature: point(104.441, 30.312, { 名称: '简阳站', 投资: 1200, 备注: '=HYPERLINK("x")' }) },
  { layer: '我的项目', name: undefined, feature: point(-0.5, 51.5, { 投资: null, 标签: ['a', 'b'] }) },
  { layer: '道路', name: '成资大道', feature: road },
];

describe('userFeaturesCsvText', () => {
  it('writes the layer, the name, a point’s coordinates, then every property under its own name in the order first met', () => {
    expect(userFeaturesCsvText(rows, 'zh').split('\r\n')).toEqual([
      '图层,名称,经度,纬度,名称,投资,备注,标签,等级,通车',
      // a formula-like text is guarded with a leading quote, then quoted for its comma-free quotes
      `我的项目,简阳站,104.441,30.312,简阳站,1200,"'=HYPERLINK(""x"")",,,`,
      // a negative longitude stays a number; a missing name and a null stay empty; a list is its JSON text
      '我的项目,,-0.5,51.5,,,,"[""a"",""b""]",,',
      // a line has no single position: its coordinates are left empty (the GeoJSON download keeps its shape)
      '道路,成资大道,,,成资大道,,,,一级,true',
      '',
    ]);
  });

  it('heads the fixed columns in English', () => {
    expect(userFeaturesCsvText(rows.slice(2), 'en').split('\r\n')[0]).toBe('layer,name,longitude,latitude,名称,等级,通车');
  });

  it('starts the file with a UTF-8 byte-order mark so spreadsheets read the Chinese', () => {
    expect([...userFeaturesCsv(rows.slice(0, 1), 'zh').slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
