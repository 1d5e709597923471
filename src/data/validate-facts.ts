// Validates features.csv (and its zone-members.csv sidecar) and reports every problem at once as
// `file:line field: reason`, so a planner can fix a spreadsheet in one pass. Pure: no file access.
import type { CsvRecord } from './csv-records.ts';
import {
  CATEGORIES, CORRIDOR_REACH, DEMO_BATCHES, LEAD_INDUSTRIES, FACT_COLUMNS, GEOMETRY_KINDS, LEVELS, MEMBER_COLUMNS, MEMBER_DEFINED_SUBTYPES,
  MEMBER_ROLES, PRECISIONS, PROVINCES, REGION, STATUSES, SUBTYPES_BY_CATEGORY, YEAR_MAX, YEAR_MIN, YEAR_UNKNOWN,
  isOneOf, parseOfficialArea, type FactsRow, type ZoneMember,
} from './schema.ts';
import { checkCoordinate, checkPath } from './validate-coordinates.ts';
import { checkRelations } from './validate-relations.ts';

export interface FactsInput {
  factsFile: string;
  factsHeader: string[];
  factsRecords: CsvRecord[];
  membersFile: string;
  membersHeader: string[];
  membersRecords: CsvRecord[];
  /** county-level units that may be members: adcode -> Chinese name */
  knownUnits: ReadonlyMap<string, string>;
}

export interface ValidFacts {
  problems: string[];
  rows: { line: number; row: FactsRow }[];
  members: ZoneMember[];
}

const allowed = (list: readonly string[]) => `(allowed: ${list.join(', ')})`;

function checkHeader(file: string, header: string[], expected: readonly string[], report: (m: string) => void) {
  for (const column of expected) {
    if (!header.includes(column)) report(`${file}:1 ${column}: missing column`);
  }
}

function checkEnum(value: string, list: readonly string[], field: string, required: boolean): string | null {
  const v = value.trim();
  if (v === '') return required ? `${field}: missing ${allowed(list)}` : null;
  return list.includes(v) ? null : `${field}: unknown ${field} "${v}" ${allowed(list)}`;
}

function checkYear(text: string): string | null {
  const v = text.trim();
  if (v === '') return `year: missing (write the year, or "${YEAR_UNKNOWN}" when no source gives it)`;
  if (v === YEAR_UNKNOWN) return null;
  if (!/^-?\d+$/.test(v)) return `year: not an integer year "${v}"`;
  const year = Number(v);
  if (year < YEAR_MIN) return `year: ${year} is before ${YEAR_MIN}`;
  if (year > YEAR_MAX) return `year: ${year} is after ${YEAR_MAX}`;
  return null;
}

function checkSubtype(category: string, subtype: string): string | null {
  const v = subtype.trim();
  if (v === '') return 'subtype: missing';
  if (isOneOf(CATEGORIES, category.trim())) {
    const list = SUBTYPES_BY_CATEGORY[category.trim() as (typeof CATEGORIES)[number]];
    return list.includes(v) ? null : `subtype: "${v}" does not belong to category "${category.trim()}" ${allowed(list)}`;
  }
  const known = Object.values(SUBTYPES_BY_CATEGORY).some((list) => list.includes(v));
  return known ? null : `subtype: unknown subtype "${v}"`;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/** Both interface languages need the name and the description: a blank, or text in the wrong script
 *  (English pasted into a _zh column), is reported by field. */
function checkBilingualText(row: FactsRow): string[] {
  const out: string[] = [];
  const fields = [
    ['name_zh', 'Chinese', HAN], ['description_zh', 'Chinese', HAN],
    ['name_en', 'English', LATIN], ['description_en', 'English', LATIN],
  ] as const;
  for (const [field, language, script] of fields) {
    const value = row[field].trim();
    if (value === '') out.push(`${field}: missing (every record needs its name and description in Chinese and English)`);
    else if (!script.test(value)) out.push(`${field}: "${value}" has no ${language} text`);
  }
  return out;
}

function checkRow(row: FactsRow): string[] {
  const out: (string | null)[] = [];
  out.push(...checkBilingualText(row));
  out.push(checkEnum(row.category, CATEGORIES, 'category', true));
  out.push(checkSubtype(row.category, row.subtype));
  out.push(checkEnum(row.level, LEVELS, 'level', false));
  out.push(checkEnum(row.province, PROVINCES, 'province', false));
  out.push(checkEnum(row.status, STATUSES, 'status', false));
  out.push(checkEnum(row.precision, PRECISIONS, 'precision', true));
  out.push(checkEnum(row.geometry_kind, GEOMETRY_KINDS, 'geometry_kind', true));
  out.push(checkYear(row.year));
  const isLine = row.geometry_kind.trim() === 'line';
  const hasPoint = row.lon.trim() !== '' || row.lat.trim() !== '';
  if (!isLine || hasPoint) out.push(...checkCoordinate(row.lon, row.lat, REGION));
  if (isLine) out.push(...checkPath(row.path, CORRIDOR_REACH, REGION));
  else if (row.path.trim() !== '') out.push('path: only line rows have a path');
  if (row.source.trim() === '') out.push('source: missing (every fact needs a source)');
  out.push(checkEnum(row.demo_batch, DEMO_BATCHES, 'demo_batch', row.subtype.trim() === 'industrial_cooperation_park'));
  out.push(checkEnum(row.lead_industry, LEAD_INDUSTRIES, 'lead_industry', false));
  if (row.lead_industry.trim() !== '' && row.demo_batch.trim() === '') out.push('lead_industry: only demonstration parks (demo_batch) have a lead industry');
  if (parseOfficialArea(row.area_km2) === undefined) {
    out.push(`area_km2: not an area in km² "${row.area_km2.trim()}" (write e.g. 12.5 or 12.5 (note))`);
  }
  return out.filter((m): m is string => m !== null);
}

function toFactsRow(values: Record<string, string>): FactsRow {
  const row = {} as FactsRow;
  for (const column of FACT_COLUMNS) row[column] = values[column] ?? '';
  return row;
}

export function validateFacts(input: FactsInput): ValidFacts {
  const problems: string[] = [];
  const report = (m: string) => problems.push(m);
  const { factsFile, membersFile } = input;
  checkHeader(factsFile, input.factsHeader, FACT_COLUMNS, report);
  checkHeader(membersFile, input.membersHeader, MEMBER_COLUMNS, report);

  const firstLineById = new Map<string, number>();
  const rows: ValidFacts['rows'] = [];
  for (const { line, values } of input.factsRecords) {
    const row = toFactsRow(values);
    const id = row.id.trim();
    if (id === '') report(`${factsFile}:${line} id: missing`);
    else if (firstLineById.has(id)) report(`${factsFile}:${line} id: duplicate id "${id}" (first on line ${firstLineById.get(id)})`);
    else firstLineById.set(id, line);
    for (const message of checkRow(row)) report(`${factsFile}:${line} ${message}`);
    rows.push({ line, row });
  }

  const members = validateMembers(input, firstLineById, report);
  const idsWithMembers = new Set(members.map((m) => m.id));
  for (const { line, row } of rows) {
    if (MEMBER_DEFINED_SUBTYPES.includes(row.subtype.trim()) && !idsWithMembers.has(row.id.trim())) {
      report(`${factsFile}:${line} id: no member units for "${row.id.trim()}" in ${membersFile}`);
    }
  }
  // a member-defined zone without members is reported above; it is still a zone, not a point
  const zoneIds = new Set([...idsWithMembers, ...rows.filter(({ row }) => MEMBER_DEFINED_SUBTYPES.includes(row.subtype.trim())).map(({ row }) => row.id.trim())]);
  for (const message of checkRelations({ rows, zoneIds, knownUnits: input.knownUnits })) report(`${factsFile}:${message}`);
  return { problems, rows, members };
}

function validateMembers(input: FactsInput, featureIds: Map<string, number>, report: (m: string) => void): ZoneMember[] {
  const { membersFile: file, knownUnits } = input;
  const members: ZoneMember[] = [];
  const seen = new Set<string>();
  for (const { line, values } of input.membersRecords) {
    const id = (values.id ?? '').trim();
    const adcode = (values.adcode ?? '').trim();
    const name = (values.name_zh ?? '').trim();
    const role = (values.role ?? '').trim();
    let ok = true;
    const fail = (m: string) => {
      ok = false;
      report(`${file}:${line} ${m}`);
    };
    if (!featureIds.has(id)) fail(`id: no feature "${id}" in ${input.factsFile}`);
    const unitName = knownUnits.get(adcode);
    if (unitName === undefined) fail(`adcode: member unit "${adcode}"${name ? ` (${name})` : ''} does not exist`);
    else if (name !== '' && name !== unitName) fail(`name_zh: "${name}" does not match unit ${adcode} "${unitName}"`);
    if (!isOneOf(MEMBER_ROLES, role)) fail(`role: unknown role "${role}" ${allowed(MEMBER_ROLES)}`);
    if (seen.has(`${id} ${adcode}`)) fail(`adcode: unit ${adcode} listed twice for "${id}"`);
    seen.add(`${id} ${adcode}`);
    if (ok) members.push({ id, adcode, name_zh: name, role: role as ZoneMember['role'] });
  }
  return members;
}
