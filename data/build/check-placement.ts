// The build's geometric check of features.csv: every point lies inside the county-level unit its
// `county` column names. Reported like the other validation problems, as `file:line field: reason`.
import type { FactsRow } from '../../src/data/schema.ts';
import { isDrawnPoint } from '../../src/data/validate-relations.ts';
import { countyAt, OUTSIDE, type CountyIndex } from './placement.ts';

export function checkPlacement(
  file: string,
  rows: readonly { line: number; row: FactsRow }[],
  zoneIds: ReadonlySet<string>,
  index: CountyIndex,
): string[] {
  const names = new Map(index.counties.map((c) => [c.properties.adcode, c.properties.name]));
  const label = (adcode: string) => (adcode === OUTSIDE ? 'outside Sichuan and Chongqing' : `${names.get(adcode) ?? '?'} (${adcode})`);
  const problems: string[] = [];
  for (const { line, row } of rows) {
    const stated = row.county.trim();
    if (stated === '' || !isDrawnPoint(row, zoneIds)) continue;
    const lon = Number(row.lon);
    const lat = Number(row.lat);
    const found = countyAt(index, [lon, lat]);
    if (found !== stated) {
      problems.push(`${file}:${line} county: the point (${lon}, ${lat}) lies in ${label(found)}, not in the stated ${label(stated)}`);
    }
  }
  return problems;
}
