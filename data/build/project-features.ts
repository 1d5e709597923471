// Turns validated fact rows into ProjectFeatures: geometry (point, corridor line or the extent of
// member units), where each feature lies, and whether it is inside the planning area.
import type { LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { rowToProperties, type FactsRow, type ZoneMember } from '../../src/data/schema.ts';
import { parseWktLineString } from '../../src/data/wkt-path.ts';
import type { ProjectFeature, ProjectGeometry } from '../../src/types.ts';
import {
  countiesCrossed, countyAt, planningStatus, prefecturesOf, type CountyFeature, type CountyIndex, type PlanningArea,
} from './placement.ts';
import { unionUnits } from './zone-extents.ts';

/** Extents are approximate unions of whole units: a ~2 km simplification is invisible at region scale. */
export const EXTENT_TOLERANCE_METERS = 2000;

const round5 = (n: number) => Math.round(n * 1e5) / 1e5;
const roundPair = ([lon, lat]: [number, number]): [number, number] => [round5(lon), round5(lat)];

export interface ZoneUnits {
  whole: string[];
  partial: string[];
}

export function zoneUnits(members: ZoneMember[], id: string): ZoneUnits {
  const mine = members.filter((m) => m.id === id);
  return {
    whole: mine.filter((m) => m.role === 'whole').map((m) => m.adcode),
    partial: mine.filter((m) => m.role === 'partial').map((m) => m.adcode),
  };
}

export function planningAreaOf(rows: FactsRow[], members: ZoneMember[]): PlanningArea {
  const row = rows.find((r) => r.subtype.trim() === 'planning_area');
  const units = row ? zoneUnits(members, row.id.trim()) : { whole: [], partial: [] };
  return { whole: new Set(units.whole), partial: new Set(units.partial) };
}

export interface AssembledFeature {
  feature: ProjectFeature;
  /** union of the partly included member units, to be drawn differently */
  partialExtent: Polygon | MultiPolygon | null;
}

interface Context {
  index: CountyIndex;
  countiesByCode: Map<string, CountyFeature>;
  members: ZoneMember[];
  planning: PlanningArea;
}

function partialNote(units: ZoneUnits, ctx: Context): string {
  const names = units.partial.map((a) => ctx.countiesByCode.get(a)?.properties.name ?? a).join(', ');
  return units.whole.length > 0
    ? `Only part of ${names} belongs to the zone; drawn separately as partly included.`
    : `Extent drawn as the whole county-level units ${names}, of which the zone covers only part; no computed area is given.`;
}

async function assembleZone(row: FactsRow, ctx: Context): Promise<AssembledFeature> {
  const units = zoneUnits(ctx.members, row.id.trim());
  const pick = (codes: string[]) => codes.map((a) => ctx.countiesByCode.get(a)).filter((c): c is CountyFeature => !!c);
  const whole = units.whole.length > 0 ? await unionUnits(pick(units.whole), EXTENT_TOLERANCE_METERS) : null;
  const partial = units.partial.length > 0 ? await unionUnits(pick(units.partial), EXTENT_TOLERANCE_METERS) : null;
  const extent = (whole ?? partial) as NonNullable<typeof whole>;
  const touched = [...units.whole, ...units.partial];
  const isPlanningArea = row.subtype.trim() === 'planning_area';
  const props = rowToProperties(row, {
    prefectures: prefecturesOf(ctx.index, touched),
    in_planning_area: isPlanningArea ? 'yes' : planningStatus(ctx.planning, touched),
    area_km2_computed: whole ? whole.areaKm2 : null,
    has_extent: true,
    partial_units: units.partial,
    anchor: roundPair([Number(row.lon), Number(row.lat)]),
  });
  if (units.partial.length > 0) props.notes = [props.notes, partialNote(units, ctx)].filter(Boolean).join(' ');
  return { feature: { type: 'Feature', id: props.id, geometry: extent.geometry, properties: props }, partialExtent: partial?.geometry ?? null };
}

function assembleSite(row: FactsRow, ctx: Context): AssembledFeature {
  let geometry: ProjectGeometry;
  let touched: string[];
  let anchor: [number, number];
  if (row.geometry_kind.trim() === 'line') {
    const parsed = parseWktLineString(row.path);
    if (!parsed.ok) throw new Error(`${row.id}: path was validated but does not parse`);
    const coordinates = parsed.coordinates.map(roundPair);
    geometry = { type: 'LineString', coordinates } satisfies LineString;
    touched = countiesCrossed(ctx.index, geometry);
    const middle = coordinates[Math.floor((coordinates.length - 1) / 2)] as [number, number];
    anchor = row.lon.trim() !== '' ? roundPair([Number(row.lon), Number(row.lat)]) : middle;
  } else {
    anchor = roundPair([Number(row.lon), Number(row.lat)]);
    geometry = { type: 'Point', coordinates: anchor } satisfies Point;
    touched = [countyAt(ctx.index, anchor)];
  }
  const props = rowToProperties(row, {
    prefectures: prefecturesOf(ctx.index, touched),
    in_planning_area: planningStatus(ctx.planning, touched),
    area_km2_computed: null,
    has_extent: false,
    partial_units: [],
    anchor,
  });
  return { feature: { type: 'Feature', id: props.id, geometry, properties: props }, partialExtent: null };
}

export async function assembleFeatures(
  rows: FactsRow[],
  members: ZoneMember[],
  index: CountyIndex,
): Promise<AssembledFeature[]> {
  const ctx: Context = {
    index,
    countiesByCode: new Map(index.counties.map((c) => [c.properties.adcode, c])),
    members,
    planning: planningAreaOf(rows, members),
  };
  const zoneIds = new Set(members.map((m) => m.id));
  const out: AssembledFeature[] = [];
  for (const row of rows) {
    out.push(zoneIds.has(row.id.trim()) ? await assembleZone(row, ctx) : assembleSite(row, ctx));
  }
  return out;
}

