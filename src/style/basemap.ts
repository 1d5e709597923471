// Colours and line weights of the basemap, and which seat labels win a collision: pure rules shared
// by the map (src/map/map-styles.ts) and the export, so both draw the same picture.
import type { SeatPlace } from '../cartography/label-input';
import type { BaseBoundaries } from '../data/load-boundaries';
import type { UnitProperties } from '../types';

// The embed's dark theme repaints the basemap in CSS by matching these values (src/styles/embed.css):
// change a colour here and there together.
export const COLORS = {
  background: '#f4f3ef',
  neighbourFill: '#e6e4de',
  neighbourLine: '#c9c6bd',
  province: '#4a4740',
  unitFill: '#fbfaf7',
  unitLine: '#9a968c',
  countyLine: '#bdb9ae',
  river: '#4b8fc7',
  hover: '#26241f', // the outline of a hovered unit (no fill)
  selected: '#d9480f',
} as const;

/** Natural Earth scalerank: 0 is the most important. Wider lines for major rivers (长江 ~ 3 px). */
export function riverWeight(scalerank: number): number {
  const clamped = Math.min(10, Math.max(0, scalerank));
  return Math.round((3.2 - clamped * 0.22) * 10) / 10;
}

/**
 * The seats of the two capitals, by the adcode of the unit whose seat they are. Chongqing is a
 * municipality whose prefecture-level units are its districts; its government sits in Yuzhong
 * District (500103), so that seat stands for the city, and it is named for the municipality.
 */
const CAPITAL_SEATS = new Map<string, string | null>([
  ['510100', null],
  ['500103', '500000'],
]);

/** Which seat labels win when they collide: prefecture seats first, the two big cities above all. */
export function seatLabelPriority(unit: Pick<UnitProperties, 'adcode' | 'level' | 'area_km2'>): number {
  const levelRank = CAPITAL_SEATS.has(unit.adcode) ? 3 : unit.level === 'prefecture' ? 2 : 1;
  // Larger units first within a rank: their labels have more room around them.
  return levelRank * 1e6 + Math.min(unit.area_km2, 999_999);
}

/**
 * The seats to name on the map and the page, ranked by seatLabelPriority. A municipality's capital
 * seat carries the municipality's name (重庆市 / Chongqing, as on any map of China) rather than its
 * district's; the district keeps its own name in the unit's details.
 */
export function seatPlaces(base: Pick<BaseBoundaries, 'provinces' | 'prefectures' | 'seats'>): SeatPlace[] {
  const units = new Map([...base.provinces.features, ...base.prefectures.features].map((f) => [f.properties.adcode, f.properties]));
  return base.seats.features.map((seat) => {
    const unit = units.get(seat.properties.adcode);
    const [lon, lat] = seat.geometry.coordinates as [number, number];
    const { adcode } = seat.properties;
    const municipality = units.get(CAPITAL_SEATS.get(adcode) ?? '');
    const names = municipality
      ? { name_zh: municipality.name_zh, name_en: municipality.name_en.replace(/ Municipality$/, '') }
      : { name_zh: seat.properties.name_zh, name_en: seat.properties.name_en };
    return { adcode, ...names, lon, lat, priority: unit ? seatLabelPriority(unit) : 0 };
  });
}
