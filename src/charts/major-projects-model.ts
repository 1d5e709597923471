// What the major-projects chart and table say, as plain data: bar heights, the investment line under
// each year (unknown spelled out, never drawn as zero) and the one-sentence text alternative.
import type { Lang } from '../types.ts';
import type { MajorProjectsYear } from '../data/major-projects.ts';
import { formatNumber } from '../i18n/number-format.ts';

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
  if (trillion === null) return lang === 'zh' ? '总投资未公布' : 'total investment not published';
  return lang === 'zh' ? `总投资 ${formatNumber(trillion, 'zh', 2)} 万亿元` : `total investment ¥${formatNumber(trillion, 'en', 2)} trillion`;
}

export function shortInvestment(trillion: number | null, lang: Lang): string {
  if (trillion === null) return lang === 'zh' ? '未公布' : 'unknown';
  return lang === 'zh' ? `${formatNumber(trillion, 'zh', 2)}万亿` : `¥${formatNumber(trillion, 'en', 2)}T`;
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
  if (rows.length === 0) return lang === 'zh' ? '没有数据。' : 'No data.';
  const first = rows[0] as MajorProjectsYear;
  const last = rows[rows.length - 1] as MajorProjectsYear;
  const unknown = rows.filter((row) => row.investment_trillion_yuan === null).map((row) => row.year);
  const counts = rows.map((row) => (lang === 'zh' ? `${row.year} 年 ${row.projects} 个` : `${row.year}: ${row.projects}`));
  if (lang === 'zh') {
    const tail = unknown.length > 0 ? `${unknown.join('、')} 年的总投资未公布。` : '';
    return `共建重大项目数量从 ${first.year} 年的 ${first.projects} 个增至 ${last.year} 年的 ${last.projects} 个（${counts.join('，')}）。${tail}`;
  }
  const tail = unknown.length > 0 ? ` Total investment is not published for ${unknown.join(' and ')}.` : '';
  return `Jointly built major projects rose from ${first.projects} in ${first.year} to ${last.projects} in ${last.year} (${counts.join('; ')}).${tail}`;
}
