import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/data/csv-records.ts';
import { validateFacts } from '../../src/data/validate-facts.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/facts/${name}`, import.meta.url), 'utf8');
const VALID_FEATURES = fixture('valid-features.csv');
const VALID_MEMBERS = fixture('valid-zone-members.csv');
const UNITS = new Map([
  ['500112', '渝北区'],
  ['510105', '青羊区'],
  ['511623', '邻水县'],
]);

function validate(featuresCsv: string, membersCsv = VALID_MEMBERS) {
  const facts = parseCsvTable(featuresCsv);
  const members = parseCsvTable(membersCsv);
  return validateFacts({
    factsFile: 'features.csv',
    factsHeader: facts.header,
    factsRecords: facts.records,
    membersFile: 'zone-members.csv',
    membersHeader: members.header,
    membersRecords: members.records,
    knownUnits: UNITS,
  });
}

/** The fixture with one line replaced (line numbers as a spreadsheet shows them, header = 1). */
function withLine(line: number, replace: (text: string) => string): string {
  const lines = VALID_FEATURES.split('\n');
  lines[line - 1] = replace(lines[line - 1] ?? '');
  return lines.join('\n');
}

describe('validateFacts', () => {
  it('accepts the valid fixture and keeps every row', () => {
    const result = validate(VALID_FEATURES);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => r.row.id)).toEqual(['park-a', 'corridor-b', 'zone-c']);
    expect(result.members).toHaveLength(2);
  });

  it.each([
    ['missing id', (l: string) => l.replace('park-a,', ','), 'features.csv:2 id: missing'],
    ['unknown category', (l: string) => l.replace('industrial_park', 'factory'),
      'features.csv:2 category: unknown category "factory" (allowed: corridor, pilot_zone, industrial_park, platform)'],
    ['subtype of another category', (l: string) => l.replace('national_high_tech_zone', 'railway'),
      'features.csv:2 subtype: "railway" does not belong to category "industrial_park" (allowed: national_economic_development_zone, national_high_tech_zone, comprehensive_bonded_zone, industrial_cooperation_park)'],
    ['unknown level', (l: string) => l.replace(',national,', ',county,'),
      'features.csv:2 level: unknown level "county" (allowed: national, joint, provincial)'],
    ['unknown status', (l: string) => l.replace('designated', 'done'),
      'features.csv:2 status: unknown status "done" (allowed: operating, under_construction, designated, planned)'],
    ['unknown precision', (l: string) => l.replace(',city,', ',rough,'),
      'features.csv:2 precision: unknown precision "rough" (allowed: exact, city, approximate)'],
    ['year before 1949', (l: string) => l.replace(',2010,', ',1900,'), 'features.csv:2 year: 1900 is before 1949'],
    ['year after 2050', (l: string) => l.replace(',2010,', ',2051,'), 'features.csv:2 year: 2051 is after 2050'],
    ['year not an integer', (l: string) => l.replace(',2010,', ',2010.5,'), 'features.csv:2 year: not an integer year "2010.5"'],
    ['swapped coordinates', (l: string) => l.replace('104.06,30.67', '30.67,104.06'),
      'features.csv:2 lon/lat: (30.67, 104.06) looks swapped: lon and lat reversed'],
    ['coordinates outside the region', (l: string) => l.replace('104.06,30.67', '116.4,39.9'),
      'features.csv:2 lon/lat: (116.4, 39.9) is outside the region (lon 97–111, lat 26–33.5)'],
    ['missing source', (l: string) => l.replace('https://example.org/a; yearbook 2020', ''),
      'features.csv:2 source: missing (every fact needs a source)'],
    ['unreadable area', (l: string) => l.replace('9.94 (2000 approval)', 'about ten'),
      'features.csv:2 area_km2: not an area in km² "about ten" (write e.g. 12.5 or 12.5 (note))'],
  ])('reports %s on the row line', (_kind, edit, message) => {
    expect(validate(withLine(2, edit)).problems).toEqual([message]);
  });

  it.each([
    ['not WKT', 'LINE(1 2, 3 4)', 'features.csv:3 path: unparseable: not a LINESTRING(lon lat, lon lat, ...) WKT'],
    ['one vertex', 'LINESTRING(104.1 30.66)', 'features.csv:3 path: unparseable: needs at least 2 vertices (got 1)'],
    ['a vertex without lat', 'LINESTRING(104.1 30.66, 105.0)',
      'features.csv:3 path: unparseable: vertex 2 must be "lon lat" (got "105.0")'],
    ['a vertex far away', 'LINESTRING(104.1 30.66, 150 30)',
      'features.csv:3 path: vertex 2 (150, 30) is outside the region (lon 97–115, lat 18–36)'],
    ['a swapped vertex', 'LINESTRING(104.1 30.66, 30 105)',
      'features.csv:3 path: vertex 2 (30, 105) looks swapped: lon and lat reversed'],
  ])('reports a corridor path that is %s', (_kind, path, message) => {
    const csv = withLine(3, (l) => l.replace('LINESTRING(104.1 30.66, 105.0 30.0, 106.5 29.55)', path));
    expect(validate(csv).problems).toEqual([message]);
  });

  it.each([
    ['no Chinese description', (l: string) => l.replace(',一个园区。,', ',,'),
      'features.csv:2 description_zh: missing (every record needs its name and description in Chinese and English)'],
    ['no English description', (l: string) => l.replace(',A park.,', ',,'),
      'features.csv:2 description_en: missing (every record needs its name and description in Chinese and English)'],
    ['English pasted into the Chinese description', (l: string) => l.replace(',一个园区。,', ',A park.,'),
      'features.csv:2 description_zh: "A park." has no Chinese text'],
    ['Chinese pasted into the English name', (l: string) => l.replace(',Park A,', ',甲园区,'),
      'features.csv:2 name_en: "甲园区" has no English text'],
    ['no Chinese name', (l: string) => l.replace('park-a,甲园区,', 'park-a,,'),
      'features.csv:2 name_zh: missing (every record needs its name and description in Chinese and English)'],
    ['a blank year (not the explicit unknown)', (l: string) => l.replace(',2010,', ',,'),
      'features.csv:2 year: missing (write the year, or "unknown" when no source gives it)'],
  ])('names the record line and field for %s', (_label, edit, message) => {
    expect(validate(withLine(2, edit)).problems).toEqual([message]);
  });

  it('accepts "unknown" as the year and serves it as unknown', () => {
    const result = validate(withLine(2, (l) => l.replace(',2010,', ',unknown,')));
    expect(result.problems).toEqual([]);
  });

  it('reports a duplicate id with the line of the first one', () => {
    const csv = withLine(3, (l) => l.replace('corridor-b,', 'park-a,'));
    expect(validate(csv).problems).toEqual(['features.csv:3 id: duplicate id "park-a" (first on line 2)']);
  });

  it('counts lines correctly after a quoted field that spans two lines', () => {
    const csv = `${VALID_FEATURES.trimEnd()}\nbad-d,丁,D,platform,planning_area,,,,,unknown,area_center,104,30,,approximate,A plan.,,,,,,一个规划。\n`;
    // zone-c spans lines 4-5, so the appended row starts on line 6
    expect(validate(csv).problems).toEqual([
      'features.csv:6 source: missing (every fact needs a source)',
      'features.csv:6 id: no member units for "bad-d" in zone-members.csv',
    ]);
  });

  it('reports member units that do not exist, wrong names, unknown roles and unknown zones', () => {
    const members = `${VALID_MEMBERS}zone-c,999999,无此县,whole\nzone-c,500112,江北区,whole\nzone-c,511623,邻水县,most\nzone-x,511623,邻水县,whole\n`;
    expect(validate(VALID_FEATURES, members).problems).toEqual([
      'zone-members.csv:4 adcode: member unit "999999" (无此县) does not exist',
      'zone-members.csv:5 name_zh: "江北区" does not match unit 500112 "渝北区"',
      'zone-members.csv:5 adcode: unit 500112 listed twice for "zone-c"',
      'zone-members.csv:6 role: unknown role "most" (allowed: whole, partial, excluded)',
      'zone-members.csv:6 adcode: unit 511623 listed twice for "zone-c"',
      'zone-members.csv:7 id: no feature "zone-x" in features.csv',
    ]);
  });

  it('reports every problem at once, in file order', () => {
    const csv = withLine(3, (l) => l.replace('corridor,', 'corr,')).replace(',2010,', ',1800,');
    expect(validate(csv).problems).toEqual([
      'features.csv:2 year: 1800 is before 1949',
      'features.csv:3 category: unknown category "corr" (allowed: corridor, pilot_zone, industrial_park, platform)',
    ]);
  });

  it('requires a batch of a demonstration park and checks batch and lead industry', () => {
    const park = (subtype: string, batch: string, industry: string) =>
      withLine(2, (l) => l.replace('national_high_tech_zone', subtype).replace(/,,,,$/, `,,,${batch},${industry}`));
    expect(validate(park('industrial_cooperation_park', '', '')).problems).toEqual([
      'features.csv:2 demo_batch: missing (allowed: 1, 2)',
    ]);
    expect(validate(park('industrial_cooperation_park', '3', 'steel')).problems).toEqual([
      'features.csv:2 demo_batch: unknown demo_batch "3" (allowed: 1, 2)',
      'features.csv:2 lead_industry: unknown lead_industry "steel" (allowed: new_materials, electronic_information)',
    ]);
    expect(validate(park('national_high_tech_zone', '', 'new_materials')).problems).toEqual([
      'features.csv:2 lead_industry: only demonstration parks (demo_batch) have a lead industry',
    ]);
    // an existing zone that also carries the designation
    expect(validate(park('national_high_tech_zone', '1', 'new_materials')).problems).toEqual([]);
  });
});
