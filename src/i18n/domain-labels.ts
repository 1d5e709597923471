// The domain's words in both languages, defined once: category, level, status and subtype labels
// (the map, layers, filters, charts, table, CSV and export all read them here), and the charts' own
// small dictionary.
import type { Category, Lang, LeadIndustry, Level, Precision, Status } from '../types.ts';

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

const CHART_STRINGS: Record<Lang, ChartStrings> = {
  zh: {
    unknown: '未知',
    unknownYear: '年份未知',
    unknownCity: '城市未知',
    count: '数量',
    year: '年份',
    place: '地区',
    province: '省份',
    sichuan: '四川',
    chongqing: '重庆',
    chongqingWhole: '重庆市',
    cityChartTitle: { districts: '各地项目数量：四川各市州与重庆各区县（按类别）', one: '各地项目数量：四川各市州与重庆全市（按类别）' },
    chongqingChoice: '重庆显示为',
    chongqingAsDistricts: '各区县',
    chongqingAsOne: '全市一条',
    provinceChartTitle: '四川与重庆对比（按类别）',
    category: '类别',
    total: '合计',
    ofWhichBoth: '其中跨两地',
    timelineTitle: '各年份项目数量',
    levelChartTitle: '按级别',
    statusChartTitle: '按状态',
    brushHint: '拖动选择年份范围，点击空白处清除',
    noData: '当前筛选没有项目',
  },
  en: {
    unknown: 'unknown',
    unknownYear: 'year unknown',
    unknownCity: 'city unknown',
    count: 'Count',
    year: 'Year',
    place: 'Place',
    province: 'Province',
    sichuan: 'Sichuan',
    chongqing: 'Chongqing',
    chongqingWhole: 'Chongqing',
    cityChartTitle: {
      districts: "Projects per place: Sichuan's prefectures and Chongqing's districts and counties, by category",
      one: "Projects per place: Sichuan's prefectures and Chongqing as a whole, by category",
    },
    chongqingChoice: 'Show Chongqing as',
    chongqingAsDistricts: 'its districts and counties',
    chongqingAsOne: 'one bar',
    provinceChartTitle: 'Sichuan and Chongqing compared, by category',
    category: 'Category',
    total: 'Total',
    ofWhichBoth: 'of which in both',
    timelineTitle: 'Projects per year',
    levelChartTitle: 'By level',
    statusChartTitle: 'By status',
    brushHint: 'Drag to select a range of years; click outside the selection to clear',
    noData: 'No projects in the current selection',
  },
};

const CATEGORY_LABELS: Record<Lang, Record<Category, string>> = {
  zh: { corridor: '通道', pilot_zone: '试验区', industrial_park: '产业园区', platform: '平台' },
  en: { corridor: 'Corridor', pilot_zone: 'Pilot zone', industrial_park: 'Industrial park', platform: 'Platform' },
};

const LEVEL_LABELS: Record<Lang, Record<Level, string>> = {
  zh: { national: '国家级', joint: '川渝共建', provincial: '省级' },
  en: { national: 'National', joint: 'Joint', provincial: 'Provincial' },
};

const STATUS_LABELS: Record<Lang, Record<Status, string>> = {
  zh: { operating: '运营中', under_construction: '在建', designated: '已设立', planned: '规划中' },
  en: { operating: 'Operating', under_construction: 'Under construction', designated: 'Designated', planned: 'Planned' },
};

// Precision 'city' means the record sits on its host district's or county's seat (data/README.md),
// so the word is 区县驻地, not 城区驻地 (a city's urban area).
const PRECISION_LABELS: Record<Lang, Record<Precision, string>> = {
  zh: { exact: '精确', city: '区县驻地', approximate: '近似' },
  en: { exact: 'Exact', city: 'District/county seat', approximate: 'Approximate' },
};

const SUBTYPE_LABELS: Record<Lang, Record<string, string>> = {
  zh: {
    high_speed_rail: '高速铁路',
    railway: '铁路',
    expressway: '高速公路',
    waterway: '水运航道',
    land_sea_corridor: '陆海新通道',
    international_rail_freight: '国际铁路货运',
    free_trade_zone: '自由贸易试验区',
    national_new_area: '国家级新区',
    provincial_new_area: '省级新区',
    science_city: '科学城',
    adjacent_cooperation_platform: '毗邻地区合作平台',
    digital_economy_pilot: '数字经济试验区',
    national_economic_development_zone: '国家级经济技术开发区',
    national_high_tech_zone: '国家级高新技术产业开发区',
    comprehensive_bonded_zone: '综合保税区',
    industrial_cooperation_park: '产业合作示范园区',
    planning_area: '规划范围',
    metropolitan_area: '都市圈',
    international_airport: '国际机场',
    ftz_cooperation_platform: '自贸试验区协同开放示范区',
    expo_venue: '博览会场馆',
  },
  en: {
    high_speed_rail: 'High-speed rail',
    railway: 'Railway',
    expressway: 'Expressway',
    waterway: 'Waterway',
    land_sea_corridor: 'Land–sea corridor',
    international_rail_freight: 'International rail freight',
    free_trade_zone: 'Free trade zone',
    national_new_area: 'National new area',
    provincial_new_area: 'Provincial new area',
    science_city: 'Science city',
    adjacent_cooperation_platform: 'Cross-border cooperation platform',
    digital_economy_pilot: 'Digital economy pilot zone',
    national_economic_development_zone: 'National economic and technological development zone',
    national_high_tech_zone: 'National high-tech zone',
    comprehensive_bonded_zone: 'Comprehensive bonded zone',
    industrial_cooperation_park: 'Industrial cooperation demonstration park',
    planning_area: 'Planning area',
    metropolitan_area: 'Metropolitan area',
    international_airport: 'International airport',
    ftz_cooperation_platform: 'FTZ cooperation platform',
    expo_venue: 'Expo venue',
  },
};

const LEAD_INDUSTRY_LABELS: Record<Lang, Record<LeadIndustry, string>> = {
  zh: { new_materials: '新材料', electronic_information: '电子信息' },
  en: { new_materials: 'New materials', electronic_information: 'Electronic information' },
};

export function leadIndustryLabel(industry: LeadIndustry, lang: Lang): string {
  return LEAD_INDUSTRY_LABELS[lang][industry];
}

export function chartStrings(lang: Lang): ChartStrings {
  return CHART_STRINGS[lang];
}

export function categoryLabel(category: Category, lang: Lang): string {
  return CATEGORY_LABELS[lang][category];
}

/** null (not verified) reads as "unknown", never as a guessed value. */
export function levelLabel(level: Level | null, lang: Lang): string {
  return level === null ? CHART_STRINGS[lang].unknown : LEVEL_LABELS[lang][level];
}

export function statusLabel(status: Status | null, lang: Lang): string {
  return status === null ? CHART_STRINGS[lang].unknown : STATUS_LABELS[lang][status];
}

export function precisionLabel(precision: Precision, lang: Lang): string {
  return PRECISION_LABELS[lang][precision];
}

/** The status as a word inside running text (the embed's card and summary lines): lower case in English. */
export function statusWord(status: Status, lang: Lang): string {
  const label = STATUS_LABELS[lang][status];
  return lang === 'en' ? label.toLowerCase() : label;
}

/** An unlisted subtype falls back to its code rather than disappearing. */
export function subtypeLabel(subtype: string, lang: Lang): string {
  return SUBTYPE_LABELS[lang][subtype] ?? subtype;
}

/** One-sentence summaries read by screen readers with each chart. */
export const SUMMARIES = {
  cities(lang: Lang, cityCount: number, top: { name: string; total: number } | null): string {
    if (top === null) return CHART_STRINGS[lang].noData;
    return lang === 'zh'
      ? `${cityCount} 个地区有项目，最多的是${top.name}（${top.total} 项）。跨多个地区的项目在每个地区各计一次。`
      : `${cityCount} places have projects; the most are in ${top.name} (${top.total}). A project in several places counts in each.`;
  },
  provinces(lang: Lang, totals: { sichuan: number; chongqing: number; both: number }, unknown: number): string {
    if (totals.sichuan + totals.chongqing + unknown === 0) return CHART_STRINGS[lang].noData;
    const unknownText = unknown === 0 ? '' : lang === 'zh' ? `省份未知 ${unknown} 项。` : ` Province unknown: ${unknown}.`;
    return lang === 'zh'
      ? `四川 ${totals.sichuan} 项，重庆 ${totals.chongqing} 项；其中 ${totals.both} 项跨两地，在两边各计一次。${unknownText}`
      : `Sichuan ${totals.sichuan}, Chongqing ${totals.chongqing}; ${totals.both} lie in both and count on each side.${unknownText}`;
  },
  years(lang: Lang, known: number, unknown: number, span: [number, number] | null): string {
    if (span === null && unknown === 0) return CHART_STRINGS[lang].noData;
    const range = span === null ? '' : lang === 'zh' ? `${span[0]}–${span[1]} 年间 ${known} 项，` : `${known} between ${span[0]} and ${span[1]}; `;
    return lang === 'zh' ? `${range}年份未知 ${unknown} 项。` : `${range}year unknown: ${unknown}.`;
  },
  counts(lang: Lang, parts: { label: string; count: number }[]): string {
    if (parts.every((part) => part.count === 0)) return CHART_STRINGS[lang].noData;
    const list = parts.map((part) => (lang === 'zh' ? `${part.label} ${part.count} 项` : `${part.label}: ${part.count}`));
    return lang === 'zh' ? `${list.join('，')}。` : `${list.join('; ')}.`;
  },
} as const;

/** Cuts a long label to fit a chart's label column; the full text stays in the SVG <title>. */
export function truncateLabel(text: string, maxChars: number): string {
  const chars = [...text];
  return chars.length <= maxChars ? text : `${chars.slice(0, Math.max(1, maxChars - 1)).join('')}…`;
}
