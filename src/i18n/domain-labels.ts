// The domain's words in both languages, read from one place: category, level, status, precision and
// subtype labels (tables/domain.ts; the map, layers, filters, charts, table, CSV, embed and export all
// read them here), and the charts' words (tables/charts.ts) gathered for the chart code.
import type { Category, Lang, LeadIndustry, Level, Precision, Status } from '../types.ts';
import { zhStrings, type StringKey } from './strings.ts';
import { translate } from './translate.ts';

interface ChartStrings {
  unknown: string;
  unknownYear: string;
  unknownCity: string;
  count: string;
  year: string;
  place: string;
  province: string;
  sichuan: string;
  chongqing: string;
  /** Chongqing drawn as one bar */
  chongqingWhole: string;
  cityChartTitle: Record<'districts' | 'one', string>;
  /** the choice of how Chongqing is drawn, above the by-place chart */
  chongqingChoice: string;
  chongqingAsDistricts: string;
  chongqingAsOne: string;
  provinceChartTitle: string;
  category: string;
  total: string;
  ofWhichBoth: string;
  timelineTitle: string;
  levelChartTitle: string;
  statusChartTitle: string;
  brushHint: string;
  noData: string;
}

const chartStringsByLang: Partial<Record<Lang, ChartStrings>> = {};

/** The charts' words (tables/charts.ts) as one record, read once per language. */
export function chartStrings(lang: Lang): ChartStrings {
  const cached = chartStringsByLang[lang];
  if (cached) return cached;
  const t = (key: StringKey) => translate(lang, key);
  const strings: ChartStrings = {
    unknown: t('domain.unknown'),
    unknownYear: t('chart.unknownYear'),
    unknownCity: t('chart.unknownCity'),
    count: t('chart.count'),
    year: t('chart.year'),
    place: t('chart.place'),
    province: t('chart.province'),
    sichuan: t('chart.sichuan'),
    chongqing: t('chart.chongqing'),
    chongqingWhole: t('chart.chongqingWhole'),
    cityChartTitle: { districts: t('chart.cityChartTitle.districts'), one: t('chart.cityChartTitle.one') },
    chongqingChoice: t('chart.chongqingChoice'),
    chongqingAsDistricts: t('chart.chongqingAsDistricts'),
    chongqingAsOne: t('chart.chongqingAsOne'),
    provinceChartTitle: t('chart.provinceChartTitle'),
    category: t('chart.category'),
    total: t('chart.total'),
    ofWhichBoth: t('chart.ofWhichBoth'),
    timelineTitle: t('chart.timelineTitle'),
    levelChartTitle: t('chart.levelChartTitle'),
    statusChartTitle: t('chart.statusChartTitle'),
    brushHint: t('chart.brushHint'),
    noData: t('chart.noData'),
  };
  chartStringsByLang[lang] = strings;
  return strings;
}

export function leadIndustryLabel(industry: LeadIndustry, lang: Lang): string {
  return translate(lang, `domain.industry.${industry}`);
}

export function categoryLabel(category: Category, lang: Lang): string {
  return translate(lang, `domain.category.${category}`);
}

/** A category's name for many of its kind inside running text ("3 corridors"; Chinese has no plural). */
export function categoryPluralLabel(category: Category, lang: Lang): string {
  return translate(lang, `domain.categories.${category}`);
}

/** "unknown": what a blank field reads as, never a guessed value. */
export function unknownLabel(lang: Lang): string {
  return translate(lang, 'domain.unknown');
}

/** null (not verified) reads as "unknown", never as a guessed value. */
export function levelLabel(level: Level | null, lang: Lang): string {
  return level === null ? unknownLabel(lang) : translate(lang, `domain.level.${level}`);
}

export function statusLabel(status: Status | null, lang: Lang): string {
  return status === null ? unknownLabel(lang) : translate(lang, `domain.status.${status}`);
}

export function precisionLabel(precision: Precision, lang: Lang): string {
  return translate(lang, `domain.precision.${precision}`);
}

/** The status as a word inside running text (the embed's card and summary lines): lower case in English. */
export function statusWord(status: Status, lang: Lang): string {
  const label = statusLabel(status, lang);
  return lang === 'en' ? label.toLowerCase() : label;
}

/** An unlisted subtype falls back to its code rather than disappearing. */
export function subtypeLabel(subtype: string, lang: Lang): string {
  const key = `domain.subtype.${subtype}`;
  return key in zhStrings ? translate(lang, key as StringKey) : subtype;
}

/** One-sentence summaries read by screen readers with each chart (words in tables/charts.ts). */
export const SUMMARIES = {
  cities(lang: Lang, cityCount: number, top: { name: string; total: number } | null): string {
    if (top === null) return chartStrings(lang).noData;
    return translate(lang, 'chart.summary.cities', { places: cityCount, name: top.name, total: top.total });
  },
  provinces(lang: Lang, totals: { sichuan: number; chongqing: number; both: number }, unknown: number): string {
    if (totals.sichuan + totals.chongqing + unknown === 0) return chartStrings(lang).noData;
    return translate(lang, unknown === 0 ? 'chart.summary.provinces' : 'chart.summary.provincesUnknown', { ...totals, unknown });
  },
  years(lang: Lang, known: number, unknown: number, span: [number, number] | null): string {
    if (span === null && unknown === 0) return chartStrings(lang).noData;
    if (span === null) return translate(lang, 'chart.summary.yearsNoSpan', { unknown });
    return translate(lang, 'chart.summary.years', { from: span[0], to: span[1], known, unknown });
  },
  counts(lang: Lang, parts: { label: string; count: number }[]): string {
    if (parts.every((part) => part.count === 0)) return chartStrings(lang).noData;
    const list = parts.map((part) => translate(lang, 'chart.summary.countPart', { label: part.label, count: part.count }));
    return translate(lang, 'chart.summary.counts', { parts: list.join(translate(lang, 'chart.summary.countJoin')) });
  },
} as const;

/** Cuts a long label to fit a chart's label column; the full text stays in the SVG <title>. */
export function truncateLabel(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, Math.max(1, maxChars - 1)).join('')}…`;
}
