// Every administrative unit the app has loaded, by adcode: names for panels and lists, bounding
// boxes for "zoom to". Counties are added when their file arrives. No Leaflet here.
import type { Position } from 'geojson';
import type { UnitProperties } from '../types';
import type { UnitCollection, UnitFeature } from '../data/load-boundaries';

/** [west, south, east, north] in degrees */
export type BBox = [number, number, number, number];

export interface CatalogEntry {
  properties: UnitProperties;
  bbox: BBox;
}

function ringsOf(feature: UnitFeature): Position[][] {
  const geometry = feature.geometry;
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

export function bboxOf(feature: UnitFeature): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of ringsOf(feature)) {
    for (const [lon, lat] of ring) {
      if (lon === undefined || lat === undefined) continue;
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
  }
  return box;
}

export function unionBBox(boxes: readonly BBox[]): BBox {
  return boxes.reduce<BBox>(
    (acc, b) => [Math.min(acc[0], b[0]), Math.min(acc[1], b[1]), Math.max(acc[2], b[2]), Math.max(acc[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

export class UnitCatalog {
  private readonly entries = new Map<string, CatalogEntry>();

  /** Adds the units of a collection; a unit already known (Chongqing districts are in both files) keeps its first entry. */
  add(collection: UnitCollection): void {
    for (const feature of collection.features) {
      const adcode = feature.properties.adcode;
      if (!this.entries.has(adcode)) this.entries.set(adcode, { properties: feature.properties, bbox: bboxOf(feature) });
    }
  }

  get(adcode: string): CatalogEntry | undefined {
    return this.entries.get(adcode);
  }

  /** The units that may be selected: everything below province level. */
  selectable(): CatalogEntry[] {
    return [...this.entries.values()].filter((entry) => entry.properties.level !== 'province');
  }
}
