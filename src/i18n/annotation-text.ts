// The Annotate card's strings in the reader's language (annotation-strings.ts: English typed against
// Chinese, so a key missing in either fails to compile). Kept apart from strings.ts so they load with
// the card, not with the first view; placeholders and plurals as in translate().
import type { Lang } from '../types';
import { annotationEn, annotationZh } from './annotation-strings';

export type AnnotationKey = keyof typeof annotationZh;
const TABLES: Record<Lang, Record<AnnotationKey, string>> = { zh: annotationZh, en: annotationEn };
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;

export function annotationText(lang: Lang, key: AnnotationKey, params: Record<string, string | number> = {}): string {
  return TABLES[lang][key]
    .replace(PLURAL, (whole, name: string, one: string, other: string) => (name in params ? (Number(params[name]) === 1 ? one : other) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
