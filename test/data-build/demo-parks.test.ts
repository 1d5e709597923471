// The 成渝地区双城经济圈产业合作示范园区 in the shipped facts, checked against the published lists
// (first batch 2021-01-08, second batch 2023-03-24; sources in data/COVERAGE.md). The expected names
// are copied from those lists, not from the data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/data/csv-records.ts';
import { demoParkCoverage } from '../../src/data/demo-parks.ts';
import type { ProjectCollection } from '../../src/types.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const rows = parseCsvTable(read('data/facts/features.csv')).records.map((r) => r.values);
const zoneIds = new Set(parseCsvTable(read('data/facts/zone-members.csv')).records.map((r) => r.values.id ?? ''));
const parks = rows.filter((r) => (r.demo_batch ?? '') !== '');
const served = (JSON.parse(read('public/data/features.json')) as ProjectCollection).features.map((f) => f.properties);

// The 18 legible names of the first batch as announced (the announcement prefixes 重庆/四川).
const FIRST_BATCH = [
  '荣昌高新技术产业开发区', '綦江工业园区', '两江新区鱼复工业开发区', '江津工业园区', '开州工业园区', '合川高新技术产业开发区',
  '空港工业园区', '大足高新技术产业开发区', '潼南高新技术产业开发区', '永川高新技术产业开发区', '隆昌经济技术开发区', '宜宾三江新区',
  '自贡高新技术产业开发区', '遂宁高新技术产业园区', '合江临港工业园区', '川渝高竹新区', '开江经济开发区', '德阳经济技术开发区',
];
// Second-batch parks named in the reports in reach.
const SECOND_BATCH = ['沿滩高新技术产业园区', '长寿经济技术开发区', '射洪经济开发区', '泸县经济开发区', '营山经济开发区'];
// Pairs published with the designation (one park on each side of the border).
const PAIRS: [string, string][] = [
  ['合江临港工业园区', '江津工业园区'],
  ['开江经济开发区', '开州工业园区'],
  ['空港工业园区', '德阳经济技术开发区'],
  ['荣昌高新技术产业开发区', '射洪经济开发区'],
];

const parkNamed = (name: string) => parks.filter((r) => (r.name_zh ?? '').endsWith(name));

describe('industrial cooperation demonstration parks', () => {
  it.each(FIRST_BATCH)('first batch: %s is one record of batch 1', (name) => {
    expect(parkNamed(name).map((r) => r.demo_batch)).toEqual(['1']);
  });

  it.each(SECOND_BATCH)('second batch: %s is one record of batch 2', (name) => {
    expect(parkNamed(name).map((r) => r.demo_batch)).toEqual(['2']);
  });

  it('lists no more parks than the named ones, and no more per batch than were announced', () => {
    expect(parks).toHaveLength(FIRST_BATCH.length + SECOND_BATCH.length);
    expect(demoParkCoverage(served)).toEqual({
      batches: [{ batch: 1, listed: 18, total: 20 }, { batch: 2, listed: 5, total: 15 }],
      listed: 23,
      total: 35,
    });
  });

  it.each(PAIRS)('%s and %s share a pair key and lie on different sides of the border', (a, b) => {
    const [first] = parkNamed(a);
    const [second] = parkNamed(b);
    expect(first?.pair).not.toBe('');
    expect(first?.pair).toBe(second?.pair);
    expect(new Set([first?.province, second?.province])).toEqual(new Set(['sichuan', 'chongqing']));
  });

  it('gives each park a source for its designation, a county (or member units), a precision and no claim of an exact site', () => {
    for (const park of parks) {
      expect(park.source, park.id).toMatch(park.demo_batch === '1' ? /ppfocus\.com\/0\/ed8a42a30/ : /xiaomayi\.cc\/854|hxdjzs\.com/);
      if (!zoneIds.has(park.id ?? '')) expect(park.county, park.id).toMatch(/^\d{6}$/);
      expect(['city', 'approximate'], park.id).toContain(park.precision);
    }
  });

  it('marks the parks added for the designation as joint, designated in their batch year', () => {
    for (const park of parks.filter((r) => r.subtype === 'industrial_cooperation_park')) {
      expect(park.level, park.id).toBe('joint');
      expect(park.status, park.id).toBe('designated');
      expect(park.year, park.id).toBe(park.demo_batch === '1' ? '2021' : '2023');
    }
  });

  it('gives a lead industry only where one was published', () => {
    const withIndustry = Object.fromEntries(parks.filter((r) => r.lead_industry !== '').map((r) => [r.name_zh, r.lead_industry]));
    expect(withIndustry).toEqual({
      四川合江临港工业园区: 'new_materials',
      重庆江津工业园区: 'new_materials',
      荣昌高新技术产业开发区: 'electronic_information',
      四川射洪经济开发区: 'electronic_information',
    });
  });
});
