// Colours and line weights of the basemap, and which seat labels win a collision: pure rules shared
// by the map (src/map/map-styles.ts) and the export, so both draw the same picture.
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

/** Which seat labels win when they collide: prefecture seats first, the two big cities above all. */
export function seatLabelPriority(unit: Pick<UnitProperties, 'adcode' | 'level' | 'area_km2'>): number {
  const capitals = new Set(['510100', '500103']);
  const levelRank = capitals.has(unit.adcode) ? 3 : unit.level === 'prefecture' ? 2 : 1;
  // Larger units first within a rank: their labels have more room around them.
  return levelRank * 1e6 + Math.min(unit.area_km2, 999_999);
}
