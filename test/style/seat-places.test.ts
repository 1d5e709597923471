import { describe, expect, it } from 'vitest';
import { seatPlaces } from '../../src/style/basemap';

const square = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
const unit = (adcode: string, name_zh: string, name_en: string, level: string, area_km2: number) => ({
  type: 'Feature',
  geometry: square,
  properties: { adcode, name_zh, name_en, level, area_km2 },
});
const seat = (adcode: string, name_zh: string, name_en: string, lon: number, lat: number) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { adcode, name_zh, name_en },
});
const base = {
  provinces: { type: 'FeatureCollection', features: [unit('500000', '重庆市', 'Chongqing Municipality', 'province', 82_000), unit('510000', '四川省', 'Sichuan Province', 'province', 486_000)] },
  prefectures: {
    type: 'FeatureCollection',
    features: [
      unit('500103', '渝中区', 'Yuzhong District', 'prefecture', 23),
      unit('500112', '渝北区', 'Yubei District', 'prefecture', 1_450),
      unit('510100', '成都市', 'Chengdu', 'prefecture', 14_000),
      unit('511300', '南充市', 'Nanchong', 'prefecture', 12_000),
    ],
  },
  seats: {
    type: 'FeatureCollection',
    features: [
      seat('500103', '渝中区', 'Yuzhong District', 106.57, 29.55),
      seat('500112', '渝北区', 'Yubei District', 106.63, 29.72),
      seat('510100', '成都市', 'Chengdu', 104.07, 30.57),
      seat('511300', '南充市', 'Nanchong', 106.11, 30.84),
    ],
  },
} as never;

describe('seat places', () => {
  const places = seatPlaces(base);
  const byAdcode = new Map(places.map((p) => [p.adcode, p]));

  it("names Chongqing's capital seat (in Yuzhong District) for the city, in both languages, at the seat's position", () => {
    expect(byAdcode.get('500103')).toMatchObject({ name_zh: '重庆市', name_en: 'Chongqing', lon: 106.57, lat: 29.55 });
  });

  it('keeps the own names of Chengdu, the prefectures and the other districts', () => {
    expect(byAdcode.get('510100')).toMatchObject({ name_zh: '成都市', name_en: 'Chengdu' });
    expect(byAdcode.get('511300')).toMatchObject({ name_zh: '南充市', name_en: 'Nanchong' });
    expect(byAdcode.get('500112')).toMatchObject({ name_zh: '渝北区', name_en: 'Yubei District' });
  });

  it('ranks the two capitals above every prefecture seat', () => {
    const capitals = [byAdcode.get('500103')!, byAdcode.get('510100')!];
    for (const capital of capitals) expect(capital.priority).toBeGreaterThan(byAdcode.get('511300')!.priority);
  });
});
