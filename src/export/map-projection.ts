// The export's projection: a Mercator (as the web map uses) fitted so the whole current view fits
// the map frame, and clipped to it.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { ViewBounds } from './export-input.ts';
import type { Box } from './layout.ts';

export function fitProjection(bounds: ViewBounds, frame: Box): GeoProjection {
  const [[south, west], [north, east]] = bounds;
  if (!(north > south) || !(east > west)) {
    throw new Error(`bounds must be [[south, west], [north, east]] with north > south and east > west`);
  }
  // A MultiPoint of the corners: unlike a polygon it has no winding to get wrong.
  const corners = { type: 'MultiPoint' as const, coordinates: [[west, south], [east, north]] };
  return geoMercator()
    .fitExtent([[frame.x, frame.y], [frame.x + frame.width, frame.y + frame.height]], corners)
    .clipExtent([[frame.x, frame.y], [frame.x + frame.width, frame.y + frame.height]]);
}

/** The bounds' width / height on a Mercator map: the shape the layout gives room to. */
export function mercatorAspect(bounds: ViewBounds): number {
  const [[south, west], [north, east]] = bounds;
  const rad = Math.PI / 180;
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * rad) / 2));
  const height = y(north) - y(south);
  return height > 0 && east > west ? ((east - west) * rad) / height : 1;
}
