// What the major-projects chart and table say, as plain data: bar heights, the investment line under
// each year (unknown spelled out, never drawn as zero) and the one-sentence text alternative.
import type { Lang } from '../types.ts';
import type { MajorProjectsYear } from '../data/major-projects.ts';
import { formatNumber } from '../i18n/number-format.ts';
import { translate } from '../i18n/translate.ts';

export interface MajorProjectsBar {
  year: number;
  projects: number;
  /** 0..1 of the tallest bar */
  height: number;
  /** the total investment as the reader's language writes it, or "not published" */
  investment: string;
  /** the investment in a few characters for under the bar: "3.25万亿" / "¥3.25T" / "未公布" / "unknown" */
  short: string;
  investmentKnown: boolean;
}

/** ¥3.25 trillion = 3.25万亿元; null reads as "not published". */
export function investmentText(trillion: number | null, lang: Lang): string {
  if (trillion === null) return translate(lang, 'majorProjects.investment.totalUnknown');
  return translate(lang, 'majorProjects.investment.total', { amount: formatNumber(trillion, lang, 2) });
}

export function shortInvestment(trillion: number | null, lang: Lang): string {
  if (trillion === null) return translate(lang, 'majorProjects.investment.shortUnknown');
  return translate(lang, 'majorProjects.investment.short', { amount: formatNumber(trillion, lang, 2) });
}

export function majorProjectBars(rows: readonly MajorProjectsYear[], lang: Lang): MajorProjectsBar[] {
  const max = Math.max(1, ...rows.map((row) => row.projects));
  return rows.map((row) => ({
    year: row.year,
    projects: row.projects,
    height: row.projects / max,
    investment: investmentText(row.investment_trillion_yuan, lang),
    short: shortInvestment(row.investment_trillion_yuan, lang),
    investmentKnown: row.investment_trillion_yuan !== null,
  }));
}

/** The chart as one sentence, for screen readers and as its caption. */
export function majorProjectsSummary(rows: readonly MajorProjectsYear[], lang: Lang): string {
  if (rows.length === 0) return translate(lang, 'majorProjects.summary.none');
  const first = rows[0] as MajorProjectsYear;
  const last = rows[rows.length - 1] as MajorProjectsYear;
  const unknown = rows.filter((row) => row.investment_trillion_yuan === null).map((row) => row.year);
  const counts = rows
    .map((row) => translate(lang, 'majorProjects.summary.yearCount', { year: row.year, projects: row.projects }))
    .join(translate(lang, 'majorProjects.summary.yearCountJoin'));
  const rise = translate(lang, 'majorProjects.summary.rise', {
    firstYear: first.year,
    firstProjects: first.projects,
    lastYear: last.year,
    lastProjects: last.projects,
    counts,
  });
  if (unknown.length === 0) return rise;
  return rise + translate(lang, 'majorProjects.summary.investmentUnknown', { years: unknown.join(translate(lang, 'majorProjects.summary.yearJoin')) });
}
