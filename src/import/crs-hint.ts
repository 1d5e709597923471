// A hint that a table's positions come from a Chinese web map, read from what the planner's own
// file says: a column titled 百度经度 / bd_lng / 高德坐标 / gcj02_lat, or a file named 高德导出.xlsx.
// Such points lie a few hundred metres off on a WGS84 map, a shift too small to see in the numbers
// themselves, so the words are the evidence; the planner chooses the system.
import type { CoordinateSystem } from './coordinate-systems.ts';

export interface CrsHint {
  crs: Exclude<CoordinateSystem, 'wgs84'>;
  /** the column title or file name that says so, as written */
  evidence: string;
  where: 'column' | 'file';
}

const BD09 = /百度|baidu|bmap|bd-?09|(?:^|[^a-z])bd[_\s-]?(?:lng|lon|lat|x|y)/i;
const GCJ02 = /高德|腾讯|火星|amap|gaode|autonavi|tencent|qq地图|gcj-?02|(?:^|[^a-z])gcj[_\s-]?(?:lng|lon|lat|x|y)/i;

function systemOf(text: string): CrsHint['crs'] | undefined {
  if (BD09.test(text)) return 'bd09';
  if (GCJ02.test(text)) return 'gcj02';
  return undefined;
}

/** The coordinate columns' titles speak first, then the other titles, then the file name. */
export function crsHint(file: string, headers: readonly string[], coordinateHeaders: readonly string[]): CrsHint | undefined {
  for (const header of [...coordinateHeaders, ...headers]) {
    const crs = systemOf(header);
    if (crs) return { crs, evidence: header, where: 'column' };
  }
  const crs = systemOf(file);
  return crs ? { crs, evidence: file, where: 'file' } : undefined;
}
