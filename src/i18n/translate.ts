// translate(lang, key, params): the UI's only way to get words. Placeholders are {name}.
import type { Lang } from '../types';
import { enStrings, zhStrings, type StringKey } from './strings';

const TABLES: Record<Lang, Record<StringKey, string>> = { zh: zhStrings, en: enStrings };

export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return TABLES[lang][key]
    .replace(PLURAL, (whole, name: string, one: string, other: string) => (name in params ? (Number(params[name]) === 1 ? one : other) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** `{count|feature|features}`: the first word when the parameter is 1, else the second (English
 * needs it; Chinese has no plural and does not use it). */
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

/** The unit's name in the current language. */
export function localName(names: { name_zh: string; name_en: string }, lang: Lang): string {
  return lang === 'zh' ? names.name_zh : names.name_en;
}
