import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMajorProjects } from '../../src/data/major-projects';

const HEADER = 'year,projects,total_investment_trillion_yuan,list_zh,list_en,source,notes\n';

describe('parseMajorProjects', () => {
  it('reads a year with unknown investment as null', () => {
    const { rows, problems } = parseMajorProjects(`${HEADER}2021,67,,重大项目,major projects,https://example.org/a,\n`);
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ year: 2021, projects: 67, investment_trillion_yuan: null, list_zh: '重大项目', list_en: 'major projects', sources: [{ text: 'https://example.org/a', url: 'https://example.org/a' }], notes: null }]);
  });

  it('names every bad cell by line and field and keeps nothing half-read', () => {
    const text = `${HEADER}20x1,67,,重大项目,major projects,src,\n2022,-3,lots,,major projects,,\n2022,5,1,a,b,c,\n`;
    const { rows, problems } = parseMajorProjects(text);
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      'major-projects.csv:2 year: not a year from 2020 to 2050 "20x1"',
      'major-projects.csv:3 projects: not a whole number of projects "-3"',
      'major-projects.csv:3 total_investment_trillion_yuan: not an amount in trillion yuan "lots" (blank = not published)',
      'major-projects.csv:3 list_zh: missing',
      'major-projects.csv:3 source: missing',
      'major-projects.csv:4 year: 2022 appears twice',
    ]);
  });

  it('reports a missing column', () => {
    expect(parseMajorProjects('year,projects\n2021,67\n').problems[0]).toBe('major-projects.csv:1 total_investment_trillion_yuan: missing column');
  });
});

describe('the shipped major-projects totals', () => {
  const { rows, problems } = parseMajorProjects(readFileSync(new URL('../../data/facts/major-projects.csv', import.meta.url), 'utf8'));

  it('match the published yearly totals (December 2026 check, re-checked in reports)', () => {
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.year, r.projects, r.investment_trillion_yuan])).toEqual([
      [2021, 67, null],
      [2022, 160, 2.04],
      [2023, 248, 3.25],
      [2024, 300, 3.6],
      [2025, 320, 3.7],
      [2026, 350, null],
    ]);
  });

  it('give every year a source with a link', () => {
    for (const row of rows) expect(row.sources.some((s) => s.url !== null), String(row.year)).toBe(true);
  });
});
