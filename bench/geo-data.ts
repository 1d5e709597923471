// Reads real boundaries from data/geo for the figures.
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

const COUNTIES = new URL('../data/geo/sc-cq-counties.geojson', import.meta.url);

/** The boundary of one county-level unit, by adcode. */
export function countyBoundary(adcode: string): Polygon | MultiPolygon {
  const counties = JSON.parse(readFileSync(COUNTIES, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { adcode: string }>;
  const county = counties.features.find((f) => f.properties.adcode === adcode);
  if (!county) throw new Error(`county ${adcode} not found in data/geo/sc-cq-counties.geojson`);
  return county.geometry;
}
