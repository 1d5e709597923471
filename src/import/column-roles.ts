// Recognises what each column of a table holds, from its title in Chinese or English and, for
// numbers, from its cells. The guess is shown to the planner, who can correct it before import.
import { readNumber, toHalfWidth } from './read-number.ts';
import { isEmptyCell, type CellValue, type Table } from './table.ts';

export const COLUMN_ROLES = [
  'name', 'lon', 'lat', 'wkt', 'address', 'province', 'city', 'county', 'adcode', 'year', 'type', 'id', 'colour', 'value', 'text', 'ignore',
] as const;
/** `value`: a numeric column (read as numbers); `text`: kept as it is; `ignore`: left out of the layer. */
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Column titles per role, compared after normalising (lower case, no spaces, `_`, `-` or brackets' contents). */
const ROLE_NAMES: ReadonlyArray<readonly [ColumnRole, readonly string[]]> = [
  ['lon', ['lon', 'lng', 'long', 'longitude', '经度', 'x', '东经', 'lon_wgs84', '经度wgs84']],
  ['lat', ['lat', 'latitude', '纬度', 'y', '北纬', 'lat_wgs84', '纬度wgs84']],
  ['wkt', ['wkt', 'geometry', 'geom', 'the_geom', '几何']],
  ['adcode', ['adcode', '行政区划代码', '区划代码', '行政代码', '行政区代码', 'admincode', 'admin_code', 'divisioncode', '县级代码', '区县代码']],
  ['province', ['省', '省份', '省名', '所在省', '所在省份', 'province', 'prov']],
  ['city', ['市', '城市', '地市', '市州', '地级市', '所在市', '所在城市', '所属城市', '所属地市', 'city', 'prefecture']],
  ['county', ['区县', '县', '区', '县区', '区/县', '县/区', '县(市、区)', '县（市、区）', '所在区县', '所属区县', 'county', 'district']],
  ['address', ['地址', '详细地址', '项目地址', '地点', '位置', '所在地', '建设地点', 'address', 'addr', 'location']],
  ['name', ['名称', '项目名称', '名字', '地名', '单位名称', '企业名称', '园区名称', '站点名称', 'name', 'name_zh', 'name_en', 'title', '标题']],
  ['year', ['年份', '年', '年度', 'year']],
  ['type', ['类型', '类别', '分类', '项目类型', 'type', 'category', 'class']],
  ['id', ['id', '编号', '代码编号', 'fid', 'objectid']],
  ['colour', ['fillcolor', 'fill', 'color', 'colour', 'marker-color', 'fill_color', '颜色', '填充色', '填充颜色']],
];

export function normaliseHeader(header: string): string {
  return toHalfWidth(header).toLowerCase().replace(/[\s_-]+/g, '').trim();
}

const BY_NAME = new Map<string, ColumnRole>();
for (const [role, names] of ROLE_NAMES) for (const name of names) if (!BY_NAME.has(normaliseHeader(name))) BY_NAME.set(normaliseHeader(name), role);

/** The role a title alone names ("经度" is lon), or undefined. A unit in brackets is ignored: "投资（亿元）". */
export function columnRoleForHeader(header: string): ColumnRole | undefined {
  const normal = normaliseHeader(header).replace(/[(（][^)）]*[)）]$/, '');
  const role = BY_NAME.get(normaliseHeader(header)) ?? BY_NAME.get(normal);
  if (role) return role;
  // A coordinate column named for its web map: 百度经度, 高德纬度, bd_lng, lng_gcj02 (crs-hint.ts reads which).
  const bare = BY_NAME.get(normal.replace(SYSTEM_PREFIX, '').replace(SYSTEM_SUFFIX, ''));
  return bare === 'lon' || bare === 'lat' ? bare : undefined;
}

const SYSTEM_PREFIX = /^(?:百度|高德|腾讯|火星|gcj02|gcj|bd09|bd|wgs84|wgs)/;
const SYSTEM_SUFFIX = /(?:百度|高德|gcj02|gcj|bd09|bd|wgs84|wgs)$/;

/** Share of the filled cells that must read as numbers for a column to count as a value column. */
const NUMERIC_SHARE = 0.8;

export function isNumericColumn(cells: readonly CellValue[]): boolean {
  let filled = 0;
  let numbers = 0;
  for (const cell of cells) {
    if (isEmptyCell(cell)) continue;
    filled++;
    if (readNumber(cell).ok) numbers++;
  }
  return filled > 0 && numbers >= filled * NUMERIC_SHARE;
}

/** Column title → role, one entry per column. Only the first column of a role keeps it (two "名称" columns: the second is text). */
export type ColumnMapping = Record<string, ColumnRole>;

export function guessColumnMapping(table: Pick<Table, 'headers' | 'rows'>): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<ColumnRole>();
  const sample = table.rows.slice(0, 500);
  table.headers.forEach((header, i) => {
    const named = columnRoleForHeader(header);
    const numeric = isNumericColumn(sample.map((row) => row.cells[i] ?? null));
    let role: ColumnRole = named ?? (numeric ? 'value' : 'text');
    if (role !== 'value' && role !== 'text' && taken.has(role)) role = numeric ? 'value' : 'text';
    taken.add(role);
    mapping[header] = role;
  });
  // "x"/"y" are coordinates only as a pair; a lone "x" column is more likely something else.
  const has = (role: ColumnRole) => Object.values(mapping).includes(role);
  if (has('lon') !== has('lat')) {
    for (const header of table.headers) if (mapping[header] === 'lon' || mapping[header] === 'lat') mapping[header] = 'value';
  }
  return mapping;
}

/** The column given a role, if any. */
export function columnWithRole(mapping: ColumnMapping, headers: readonly string[], role: ColumnRole): number | undefined {
  const index = headers.findIndex((header) => mapping[header] === role);
  return index < 0 ? undefined : index;
}
