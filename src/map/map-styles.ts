// The basemap's Leaflet path styles, from the shared colours (src/style/basemap.ts), so the drawing
// rules can be read (and tested) in one place.
import type { PathOptions } from 'leaflet';
import { COLORS } from '../style/basemap';

export { COLORS, riverWeight, seatPlaces } from '../style/basemap';

export type UnitEmphasis = 'normal' | 'hover' | 'selected';

/** `fill`: the unit's choropleth colour, which replaces the plain fill and is kept on hover and selection. */
export function unitStyle(level: 'prefecture' | 'county', emphasis: UnitEmphasis, fill?: string): PathOptions {
  const plain: PathOptions =
    level === 'prefecture'
      ? { color: COLORS.unitLine, weight: 1, fillColor: COLORS.unitFill, fillOpacity: 1 }
      : // County polygons sit on top of the prefectures: transparent fill so prefecture outlines show through.
        { color: COLORS.countyLine, weight: 0.6, fillColor: COLORS.unitFill, fillOpacity: 0 };
  const base: PathOptions = fill === undefined ? plain : { ...plain, color: COLORS.unitLine, fillColor: fill, fillOpacity: 1 };
  // Hover outlines the unit (no fill: what lies on it, or its choropleth class, stays readable).
  if (emphasis === 'hover') return { ...base, color: fill === undefined ? COLORS.hover : COLORS.province, weight: 2 };
  if (emphasis === 'selected' && fill !== undefined) return { ...base, color: COLORS.selected, weight: 2.5 };
  if (emphasis === 'selected') return { ...base, color: COLORS.selected, weight: 2.5, fillColor: COLORS.selected, fillOpacity: 0.18 };
  return base;
}
