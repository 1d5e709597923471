// The division list the importer places rows by (a province, city or county name, or an adcode):
// every prefecture-level and county-level unit with its names, level, parent and seat. Small and
// without geometry, so the import worker can fetch it on first need (public/data/divisions.json).
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { UnitProperties } from '../../src/types.ts';
import type { Division, DivisionList } from '../../src/import/divisions.ts';

export const DIVISIONS_FILE = 'divisions.json';

/** Prefectures first, then counties; a unit in both (Chongqing's districts) is listed once, as the county-level unit it is. */
export function divisionList(...collections: FeatureCollection<Geometry, UnitProperties>[]): DivisionList {
  const byCode = new Map<string, Division>();
  for (const collection of collections) {
    for (const feature of collection.features as Feature<Geometry, UnitProperties>[]) {
      const p = feature.properties;
      byCode.set(p.adcode, { adcode: p.adcode, name_zh: p.name_zh, name_en: p.name_en, level: p.level, parent: p.parent, seat: p.seat });
    }
  }
  return { units: [...byCode.values()].sort((a, b) => a.adcode.localeCompare(b.adcode)) };
}
