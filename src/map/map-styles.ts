// The basemap's Leaflet path styles, from the shared colours (src/style/basemap.ts), so the drawing
// rules can be read (and tested) in one place.
import type { PathOptions } from 'leaflet';
import { COLORS } from '../style/basemap';

export { COLORS, riverWeight, seatLabelPriority } from '../style/basemap';

export type UnitEmphasis = 'normal' | 'hover' | 'selected';

export function unitStyle(level: 'prefecture' | 'county', emphasis: UnitEmphasis): PathOptions {
  const base: PathOptions =
    level === 'prefecture'
      ? { color: COLORS.unitLine, weight: 1, fillColor: COLORS.unitFill, fillOpacity: 1 }
      : // County polygons sit on top of the prefectures: transparent fill so prefecture outlines show through.
        { color: COLORS.countyLine, weight: 0.6, fillColor: COLORS.unitFill, fillOpacity: 0 };
  if (emphasis === 'hover') return { ...base, fillColor: COLORS.hover, fillOpacity: 0.45 };
  if (emphasis === 'selected') return { ...base, color: COLORS.selected, weight: 2.5, fillColor: COLORS.selected, fillOpacity: 0.18 };
  return base;
}
