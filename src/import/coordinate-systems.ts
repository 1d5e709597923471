// Coordinates copied from Chinese web maps are not WGS84: AMap (高德), Tencent and Google China use
// GCJ-02, Baidu uses BD-09; both lie a few hundred metres off on this map. The planner says which
// system a file uses and the importer converts every position to WGS84 with gcoord.
import gcoord from 'gcoord';
import type { Position } from 'geojson';

export const COORDINATE_SYSTEMS = ['wgs84', 'gcj02', 'bd09'] as const;
export type CoordinateSystem = (typeof COORDINATE_SYSTEMS)[number];

export function isCoordinateSystem(value: unknown): value is CoordinateSystem {
  return typeof value === 'string' && (COORDINATE_SYSTEMS as readonly string[]).includes(value);
}

const FROM = { gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

/** A position in `system` as WGS84 [lon, lat, ...rest]; WGS84 positions are returned as they are. */
export function toWgs84(position: Position, system: CoordinateSystem): Position {
  if (system === 'wgs84') return position;
  const [lon, lat, ...rest] = position;
  const [x, y] = gcoord.transform([lon ?? Number.NaN, lat ?? Number.NaN], FROM[system], gcoord.WGS84) as [number, number];
  return [x, y, ...rest];
}
