// Where a feature lies: which county-level units it touches, their prefectures, and whether it is
// inside the economic-circle planning area. Pure; works on the county features of data/geo.
import turfBbox from '@turf/bbox';
import booleanIntersects from '@turf/boolean-intersects';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { ProjectProperties } from '../../src/types.ts';

export interface CountyProps {
  adcode: string;
  name: string;
  parent?: string | null;
}
export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProps>;

/** Sentinel for "outside every county-level unit of Sichuan and Chongqing". */
export const OUTSIDE = 'outside';

export interface CountyIndex {
  counties: CountyFeature[];
  boxes: number[][];
}

export function indexCounties(counties: CountyFeature[]): CountyIndex {
  return { counties, boxes: counties.map((c) => turfBbox(c)) };
}

const boxHas = (b: number[], lon: number, lat: number) =>
  lon >= (b[0] ?? 0) && lat >= (b[1] ?? 0) && lon <= (b[2] ?? 0) && lat <= (b[3] ?? 0);

/** The county-level unit containing the point, or OUTSIDE. */
export function countyAt(index: CountyIndex, [lon, lat]: [number, number]): string {
  for (let i = 0; i < index.counties.length; i++) {
    const county = index.counties[i] as CountyFeature;
    if (boxHas(index.boxes[i] ?? [], lon, lat) && booleanPointInPolygon([lon, lat], county)) return county.properties.adcode;
  }
  return OUTSIDE;
}

/** Units the line crosses; includes OUTSIDE when any vertex lies beyond the two provinces. */
export function countiesCrossed(index: CountyIndex, line: LineString): string[] {
  const lb = turfBbox(line);
  const found: string[] = [];
  index.counties.forEach((county, i) => {
    const b = index.boxes[i] ?? [];
    const overlaps = (b[0] ?? 0) <= (lb[2] ?? 0) && (b[2] ?? 0) >= (lb[0] ?? 0) && (b[1] ?? 0) <= (lb[3] ?? 0) && (b[3] ?? 0) >= (lb[1] ?? 0);
    if (overlaps && booleanIntersects(line, county)) found.push(county.properties.adcode);
  });
  const leaves = line.coordinates.some(([lon, lat]) => countyAt(index, [lon ?? 0, lat ?? 0]) === OUTSIDE);
  return leaves ? [...found, OUTSIDE] : found;
}

/**
 * The prefecture-level unit of a county-level one. Chongqing's districts/counties are themselves
 * prefecture-level units in sc-cq-prefectures.geojson, so they map to themselves.
 */
export function prefectureOf(county: CountyProps): string {
  return county.adcode.startsWith('50') ? county.adcode : (county.parent ?? county.adcode);
}

export function prefecturesOf(index: CountyIndex, adcodes: string[]): string[] {
  const byCode = new Map(index.counties.map((c) => [c.properties.adcode, c.properties]));
  const set = new Set<string>();
  for (const code of adcodes) {
    const county = byCode.get(code);
    if (county) set.add(prefectureOf(county));
  }
  return [...set].sort();
}

export interface PlanningArea {
  whole: ReadonlySet<string>;
  partial: ReadonlySet<string>;
}

/** 'yes' when every touched unit is a whole member; 'no' when none is a member; else 'partial'. */
export function planningStatus(area: PlanningArea, adcodes: string[]): ProjectProperties['in_planning_area'] {
  if (adcodes.length === 0) return 'no';
  if (adcodes.every((a) => area.whole.has(a))) return 'yes';
  return adcodes.some((a) => area.whole.has(a) || area.partial.has(a)) ? 'partial' : 'no';
}
