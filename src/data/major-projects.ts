// The yearly totals of the jointly built major projects (共建成渝地区双城经济圈重大项目), read from
// data/facts/major-projects.csv. Only totals are published (no project list with sites), so the app
// shows them as a chart and table, never as points. Blank investment = not published (unknown).
import { parseCsvTable } from './csv-records.ts';
import { splitSources } from './sources.ts';
import type { SourceRef } from '../types.ts';

export interface MajorProjectsYear {
  year: number;
  projects: number;
  /** total investment of the year's list in trillion yuan; null = not published */
  investment_trillion_yuan: number | null;
  list_zh: string;
  list_en: string;
  sources: SourceRef[];
  notes: string | null;
}

export const MAJOR_PROJECT_COLUMNS = ['year', 'projects', 'total_investment_trillion_yuan', 'list_zh', 'list_en', 'source', 'notes'] as const;

/** Every row, or every problem as `file:line field: reason` (nothing is dropped silently). */
export function parseMajorProjects(text: string, file = 'major-projects.csv'): { rows: MajorProjectsYear[]; problems: string[] } {
  const table = parseCsvTable(text);
  const problems: string[] = [];
  for (const column of MAJOR_PROJECT_COLUMNS) if (!table.header.includes(column)) problems.push(`${file}:1 ${column}: missing column`);
  const rows: MajorProjectsYear[] = [];
  const seen = new Set<number>();
  for (const { line, values } of table.records) {
    const cell = (name: (typeof MAJOR_PROJECT_COLUMNS)[number]) => (values[name] ?? '').trim();
    const fail = (field: string, reason: string) => problems.push(`${file}:${line} ${field}: ${reason}`);
    const year = Number(cell('year'));
    if (!/^\d{4}$/.test(cell('year')) || year < 2020 || year > 2050) fail('year', `not a year from 2020 to 2050 "${cell('year')}"`);
    else if (seen.has(year)) fail('year', `${year} appears twice`);
    seen.add(year);
    const projects = Number(cell('projects'));
    if (!/^\d+$/.test(cell('projects')) || projects <= 0) fail('projects', `not a whole number of projects "${cell('projects')}"`);
    const investmentText = cell('total_investment_trillion_yuan');
    const investment = investmentText === '' ? null : Number(investmentText);
    if (investment !== null && !(investment > 0 && investment < 100)) fail('total_investment_trillion_yuan', `not an amount in trillion yuan "${investmentText}" (blank = not published)`);
    for (const field of ['list_zh', 'list_en', 'source'] as const) if (cell(field) === '') fail(field, 'missing');
    rows.push({
      year,
      projects,
      investment_trillion_yuan: investment,
      list_zh: cell('list_zh'),
      list_en: cell('list_en'),
      sources: splitSources(cell('source')),
      notes: cell('notes') === '' ? null : cell('notes'),
    });
  }
  rows.sort((a, b) => a.year - b.year);
  return { rows: problems.length === 0 ? rows : [], problems };
}
