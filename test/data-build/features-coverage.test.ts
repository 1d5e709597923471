import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/data/csv-records.ts';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('data/README.md', root), 'utf8');
const rows = parseCsvTable(readFileSync(new URL('data/facts/features.csv', root), 'utf8')).records.map((r) => r.values);
const subtypeOf = new Map(rows.map((r) => [r.id, r.subtype]));

const section = (title: string) => {
  const start = readme.indexOf(`## ${title}`);
  const end = readme.indexOf('\n## ', start + 1);
  return start < 0 ? '' : readme.slice(start, end < 0 ? undefined : end);
};
const coverage = section('Coverage of the 17 March 2020 joint meeting');
const notMapped = section('Not mapped');

// The items named at the 2020-03-17 joint meeting, with the subtypes a mapped entry must have.
const MEETING_ITEMS: { zh: string; subtypes: string[] }[] = [
  { zh: '自由贸易试验区', subtypes: ['free_trade_zone', 'ftz_cooperation_platform'] },
  { zh: '一带一路进出口商品集散中心', subtypes: [] },
  { zh: '科学城', subtypes: ['science_city'] },
  { zh: '数字经济', subtypes: ['digital_economy_pilot'] },
  { zh: '合作产业园区', subtypes: ['industrial_cooperation_park'] },
  { zh: '出海出境通道', subtypes: ['land_sea_corridor', 'international_rail_freight', 'waterway'] },
  { zh: '毗邻地区合作', subtypes: ['adjacent_cooperation_platform'] },
  { zh: '国际博览会', subtypes: ['expo_venue'] },
];

describe('coverage of the 17 March 2020 joint meeting', () => {
  it.each(MEETING_ITEMS)('$zh is mapped or listed as not mapped with a reason', ({ zh, subtypes }) => {
    const row = coverage.split('\n').find((l) => l.startsWith('|') && l.includes(zh));
    expect(row, `no coverage row for ${zh}`).toBeDefined();
    const ids = [...(row ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1] as string);
    if (ids.length === 0) {
      // a list item may wrap onto indented lines
      const entry = notMapped.split('\n- ').find((item) => item.includes(zh))?.replace(/\s+/g, ' ') ?? '';
      expect(entry, `${zh} is neither mapped nor listed under "Not mapped"`).not.toBe('');
      expect(entry.split('—')[1]?.trim().length ?? 0).toBeGreaterThan(20);
    } else {
      for (const id of ids) expect(subtypes, `${id} (${subtypeOf.get(id)})`).toContain(subtypeOf.get(id));
    }
  });

  it('maps every adjacent-area cooperation platform in the data', () => {
    const row = coverage.split('\n').find((l) => l.includes('毗邻地区合作')) ?? '';
    const inData = rows.filter((r) => r.subtype === 'adjacent_cooperation_platform').map((r) => r.id);
    expect(inData).toHaveLength(10);
    for (const id of inData) expect(row).toContain(`\`${id}\``);
  });
});
