// translate(lang, key, params): the UI's way to get words (import problems have their own table,
// worded by src/import/format-problem.ts). Placeholders are {name}; see fill.ts.
import type { Lang } from '../types';
import { fill, type Params } from './fill';
import { enStrings, zhStrings, type StringKey } from './strings';

const TABLES: Record<Lang, Record<StringKey, string>> = { zh: zhStrings, en: enStrings };

export function translate(lang: Lang, key: StringKey, params: Params = {}): string {
  return fill(TABLES[lang][key], params);
}

/** The words in both languages, for the export, which prints either or both. */
export function bothLanguages(key: StringKey, params: Params = {}): { zh: string; en: string } {
  return { zh: translate('zh', key, params), en: translate('en', key, params) };
}

/** The unit's name in the current language. */
export function localName(names: { name_zh: string; name_en: string }, lang: Lang): string {
  return lang === 'zh' ? names.name_zh : names.name_en;
}
