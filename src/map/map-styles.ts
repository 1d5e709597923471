// Colours and line weights of the basemap, as pure functions of a feature's properties, so the
// drawing rules can be read (and tested) in one place.
import type { PathOptions } from 'leaflet';
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
  hover: '#f0c419',
  selected: '#d9480f',
} as const;

/** Natural Earth scalerank: 0 is the most important. Wider lines for major rivers (长江 ~ 3 px). */
export function riverWeight(scalerank: number): number {
  const clamped = Math.min(10, Math.max(0, scalerank));
  return Math.round((3.2 - clamped * 0.22) * 10) / 10;
}

export type UnitEmphasis = 'normal' | 'hover' | 'selected';

/** `fill`: the unit's choropleth colour, which replaces the plain fill and is kept on hover and selection. */
export function unitStyle(level: 'prefecture' | 'county', emphasis: UnitEmphasis, fill?: string): PathOptions {
  const plain: PathOptions =
    level === 'prefecture'
      ? { color: COLORS.unitLine, weight: 1, fillColor: COLORS.unitFill, fillOpacity: 1 }
      : // County polygons sit on top of the prefectures: transparent fill so prefecture outlines show through.
        { color: COLORS.countyLine, weight: 0.6, fillColor: COLORS.unitFill, fillOpacity: 0 };
  const base: PathOptions = fill === undefined ? plain : { ...plain, color: COLORS.unitLine, fillColor: fill, fillOpacity: 1 };
  if (emphasis === 'hover') return fill === undefined ? { ...base, fillColor: COLORS.hover, fillOpacity: 0.45 } : { ...base, color: COLORS.province, weight: 2 };
  if (emphasis === 'selected' && fill !== undefined) return { ...base, color: COLORS.selected, weight: 2.5 };
  if (emphasis === 'selected') return { ...base, color: COLORS.selected, weight: 2.5, fillColor: COLORS.selected, fillOpacity: 0.18 };
  return base;
}

/** Which seat labels win when they collide: prefecture seats first, the two big cities above all. */
export function seatLabelPriority(unit: Pick<UnitProperties, 'adcode' | 'level' | 'area_km2'>): number {
  const capitals = new Set(['510100', '500103']);
  const levelRank = capitals.has(unit.adcode) ? 3 : unit.level === 'prefecture' ? 2 : 1;
  // Larger units first within a rank: their labels have more room around them.
  return levelRank * 1e6 + Math.min(unit.area_km2, 999_999);
}
