// Real places for the label tests: seats, counties and rivers from the shipped data/geo files, English
// names from data/names-en.csv, and a Web Mercator projection like the map's at a given zoom.
import { readFileSync } from 'node:fs';
import type { CountyPlace, RiverPlace, SeatPlace } from '../../src/cartography/map-labels';
import { seatPlaces as rankedSeats } from '../../src/style/basemap';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

export const namesEn = new Map<string, string>(
  readFileSync(new URL('../../data/names-en.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [adcode, , ...rest] = line.split(',');
      return [adcode!, rest.join(',').replace(/^"|"$/g, '')] as const;
    }),
);

interface Unit {
  properties: { adcode: string; name: string; level: string; seat: [number, number] | null };
}
const counties: Unit[] = read('data/geo/sc-cq-counties.geojson').features;
const prefectures: Unit[] = read('data/geo/sc-cq-prefectures.geojson').features;

export const countyPlaces: CountyPlace[] = counties.flatMap(({ properties: p }) =>
  p.seat ? [{ adcode: p.adcode, name_zh: p.name, name_en: namesEn.get(p.adcode) ?? '', lon: p.seat[0], lat: p.seat[1] }] : [],
);

// Named and ranked by the app's own rule (seatPlaces): the inputs are the shipped source files.
const asUnit = (u: Unit) => ({ properties: { adcode: u.properties.adcode, name_zh: u.properties.name, name_en: namesEn.get(u.properties.adcode) ?? '', level: u.properties.level, area_km2: 1000 } });
export const seatPlaces: SeatPlace[] = rankedSeats({
  provinces: { type: 'FeatureCollection', features: (read('data/geo/sc-cq-provinces.geojson').features as Unit[]).map(asUnit) },
  prefectures: { type: 'FeatureCollection', features: prefectures.map(asUnit) },
  seats: {
    type: 'FeatureCollection',
    features: read('data/geo/sc-cq-seats.geojson').features.map((seat: { geometry: unknown; properties: { adcode: string; name: string } }) => ({
      geometry: seat.geometry,
      properties: { adcode: seat.properties.adcode, name_zh: seat.properties.name, name_en: namesEn.get(seat.properties.adcode) ?? '' },
    })),
  },
} as never);

export const riverPlaces: RiverPlace[] = read('data/geo/rivers.geojson').features.map(
  (river: { geometry: { type: string; coordinates: unknown }; properties: { name: string; name_zh: string; name_en: string; scalerank: number } }, i: number) => ({
    id: `r${i}`,
    name_zh: river.properties.name_zh,
    name_en: river.properties.name_en,
    scalerank: river.properties.scalerank,
    lines: (river.geometry.type === 'LineString' ? [river.geometry.coordinates] : river.geometry.coordinates) as [number, number][][],
  }),
);

/** Web Mercator as Leaflet draws it: the map centre at the middle of a width × height viewport. */
export function mercator(centre: [number, number], zoom: number, width: number, height: number): (lon: number, lat: number) => [number, number] {
  const scale = 256 * 2 ** zoom;
  const px = (lon: number, lat: number): [number, number] => {
    const s = Math.sin((lat * Math.PI) / 180);
    return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
  };
  const [cx, cy] = px(centre[0], centre[1]);
  return (lon, lat) => {
    const [x, y] = px(lon, lat);
    return [x - cx + width / 2, y - cy + height / 2];
  };
}

/** A rough text width, independent of the code under test: CJK 1 em, Latin 0.6 em. */
export const measure = (text: string, style: string): number => {
  const size = style === 'capital' ? 15 : style === 'seat' ? 13 : style === 'county' || style === 'river' ? 11 : 12;
  let em = 0;
  for (const ch of text) em += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return em * size;
};

/** The four corners of a label's text block, rotated about its centre. */
export function corners(label: { x: number; y: number; width: number; height: number; angle: number }): [number, number][] {
  const rad = (label.angle * Math.PI) / 180;
  const [c, s] = [Math.cos(rad), Math.sin(rad)];
  return [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ].map(([u, v]) => {
    const dx = (u! * label.width) / 2;
    const dy = (v! * label.height) / 2;
    return [label.x + dx * c - dy * s, label.y + dx * s + dy * c];
  });
}

/** Separating-axis test of two convex quadrilaterals: true when their interiors overlap. */
export function quadsOverlap(a: [number, number][], b: [number, number][]): boolean {
  for (const quad of [a, b]) {
    for (let i = 0; i < 4; i++) {
      const [x0, y0] = quad[i]!;
      const [x1, y1] = quad[(i + 1) % 4]!;
      const axis = [y0 - y1, x1 - x0];
      const project = (q: [number, number][]) => q.map(([x, y]) => x * axis[0]! + y * axis[1]!);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) <= Math.min(...pb) + 1e-6 || Math.max(...pb) <= Math.min(...pa) + 1e-6) return false;
    }
  }
  return true;
}
