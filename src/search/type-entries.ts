// Search words for project types and levels: the names the app shows (both languages) plus the short
// forms people type (高新区, 经开区, 综保区, 自贸区, bonded zone, FTZ). They make type entries ("list the
// projects of this type") and secondary keys of each feature, so "综保区" finds every bonded zone.
import { levelLabel, subtypeLabel } from '../i18n/domain-labels';
import { LEVELS, type Level, type ProjectProperties } from '../types';
import { createEntry, type SearchEntry, type SearchableNames } from './search-index';

/** Short and long forms of each type's name beyond the labels the app shows. */
const TYPE_WORDS: Readonly<Record<string, readonly string[]>> = {
  national_high_tech_zone: ['高新区', '国家高新区', '高新技术产业开发区', 'high-tech zone', 'hi-tech zone', 'HTZ'],
  national_economic_development_zone: ['经开区', '国家级经开区', '经济技术开发区', 'ETDZ', 'development zone'],
  comprehensive_bonded_zone: ['综保区', '综合保税区', '保税区', 'bonded zone', 'CBZ'],
  free_trade_zone: ['自贸区', '自贸试验区', '自由贸易试验区', 'FTZ', 'pilot free trade zone'],
  national_new_area: ['国家级新区', '新区', 'new area'],
  provincial_new_area: ['省级新区', '新区', 'new area'],
  science_city: ['科学城', '科技城'],
  adjacent_cooperation_platform: ['毗邻地区合作平台', '毗邻地区', 'cooperation platform'],
  digital_economy_pilot: ['数字经济', 'digital economy'],
  high_speed_rail: ['高铁', 'HSR'],
  expressway: ['高速'],
  land_sea_corridor: ['陆海新通道', 'land-sea corridor'],
  international_airport: ['机场', 'airport'],
  metropolitan_area: ['都市圈'],
  industrial_cooperation_park: ['产业合作示范园区', '合作园区', '示范园区', 'cooperation park'],
  expo_venue: ['博览会', '展会', '会展', 'expo'],
  commodity_distribution_centre: ['集散中心', '商品集散', 'distribution centre'],
};

const LEVEL_WORDS: Readonly<Record<Level, readonly string[]>> = {
  national: ['国家级', 'national', 'national level'],
  joint: ['川渝共建', '共建', 'joint'],
  provincial: ['省级', 'provincial'],
};

function typeWords(subtype: string): string[] {
  return [subtypeLabel(subtype, 'zh'), subtypeLabel(subtype, 'en'), ...(TYPE_WORDS[subtype] ?? [])];
}

function levelWords(level: Level): string[] {
  return [levelLabel(level, 'zh'), levelLabel(level, 'en'), ...LEVEL_WORDS[level]];
}

/** A feature's names, aliases, pinyin and the words of its type and level, for createEntry. */
export function featureSearchNames(p: ProjectProperties): SearchableNames {
  return {
    name_zh: p.name_zh,
    name_en: p.name_en,
    aliases: p.aliases ?? [],
    search_keys: p.search_keys ?? [],
    typeNames: [
      ...typeWords(p.subtype).map((text) => ({ text, source: 'type' as const })),
      ...(p.level === null ? [] : levelWords(p.level).map((text) => ({ text, source: 'level' as const }))),
    ],
  };
}

export function featureEntry(p: ProjectProperties): SearchEntry {
  return createEntry({ kind: 'feature', id: p.id }, featureSearchNames(p));
}

/** One entry per type present in the data and per level: choosing one lists its projects. */
export function typeEntries(features: readonly { properties: ProjectProperties }[]): SearchEntry[] {
  const subtypes = [...new Set(features.map((f) => f.properties.subtype))];
  const levels = LEVELS.filter((level) => features.some((f) => f.properties.level === level));
  return [
    ...subtypes.map((subtype) =>
      createEntry({ kind: 'type', field: 'subtype', value: subtype }, {
        name_zh: subtypeLabel(subtype, 'zh'),
        name_en: subtypeLabel(subtype, 'en'),
        aliases: TYPE_WORDS[subtype] ?? [],
      }),
    ),
    ...levels.map((level) =>
      createEntry({ kind: 'type', field: 'level', value: level }, {
        name_zh: levelLabel(level, 'zh'),
        name_en: levelLabel(level, 'en'),
        aliases: LEVEL_WORDS[level],
      }),
    ),
  ];
}
