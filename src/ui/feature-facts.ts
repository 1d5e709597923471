// What the feature detail panel says, as plain data: one entry per fact, unknown values spelled out
// ("未知"/"unknown") rather than left blank. Pure, so the wording is tested without a browser.
import type { Lang, ProjectProperties } from '../types';
import type { StringKey } from '../i18n/strings';
import { translate } from '../i18n/translate';
import { formatArea } from '../i18n/number-format';
import { categoryLabel, levelLabel, precisionLabel as precisionWord, statusLabel, subtypeLabel } from '../i18n/domain-labels';
import { demoParkFacts } from './demo-park-facts';
import type { Fact } from './fact';

export type { Fact };


/** The description in the reader's language, or the other one with a note that only it exists. */
function descriptionFact(p: ProjectProperties, lang: Lang, label: string): Fact {
  const own = lang === 'zh' ? p.description_zh : p.description_en;
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const fallback = lang === 'zh' ? p.description_en : p.description_zh;
  if (own !== null) return { field: 'description', label, value: own };
  if (fallback === null) return { field: 'description', label, value: translate(lang, 'domain.unknown') };
  return {
    field: 'description',
    label,
    value: fallback,
    ...(other === 'en' ? { englishText: true } : {}),
    otherLanguage: { lang: other, note: translate(lang, other === 'en' ? 'feature.descriptionOnlyEn' : 'feature.descriptionOnlyZh') },
  };
}

/** Names a prefecture-level unit by adcode; undefined when it is not loaded. */
export type PrefectureName = (adcode: string) => { name_zh: string; name_en: string } | undefined;

export function formatFeatureArea(km2: number | null, lang: Lang, note: string | null = null): string {
  if (km2 === null) return translate(lang, 'domain.unknown');
  const text = formatArea(km2, lang);
  return note === null ? text : `${text} (${note})`;
}

export function citiesText(p: ProjectProperties, lang: Lang, prefectureName: PrefectureName): string {
  const names = p.prefectures
    .map((adcode) => prefectureName(adcode))
    .filter((name) => name !== undefined)
    .map((name) => (lang === 'zh' ? name.name_zh : name.name_en));
  if (names.length > 0) return names.join(translate(lang, 'words.join'));
  return p.cities.trim() === '' ? translate(lang, 'domain.unknown') : p.cities.trim();
}

export function precisionLabel(p: ProjectProperties, lang: Lang): string {
  return precisionWord(p.precision, lang);
}

export function precisionHelp(p: ProjectProperties, lang: Lang): string {
  return translate(lang, `feature.precisionHelp.${p.precision}` as StringKey);
}

/** `all`: every record, to name a demonstration park's partners and count its batch (omit when unknown). */
export function featureFacts(p: ProjectProperties, lang: Lang, prefectureName: PrefectureName, all: readonly ProjectProperties[] = [p]): Fact[] {
  const t = (key: StringKey) => translate(lang, key);
  const unknown = t('domain.unknown');
  const facts: Fact[] = [
    { field: 'name_zh', label: t('details.nameZh'), value: p.name_zh },
    { field: 'name_en', label: t('details.nameEn'), value: p.name_en },
    { field: 'category', label: t('feature.category'), value: categoryLabel(p.category, lang) },
    { field: 'subtype', label: t('feature.subtype'), value: subtypeLabel(p.subtype, lang) },
    { field: 'level', label: t('feature.level'), value: levelLabel(p.level, lang) },
    { field: 'status', label: t('feature.status'), value: statusLabel(p.status, lang) },
    { field: 'year', label: t('feature.year'), value: p.year === null ? unknown : String(p.year) },
    { field: 'cities', label: t('feature.cities'), value: citiesText(p, lang, prefectureName) },
    { field: 'area_official', label: t('feature.areaOfficial'), value: formatFeatureArea(p.area_km2_official, lang, p.area_note) },
  ];
  // The computed area only exists for zones built from member units; elsewhere it is not a fact.
  if (p.area_km2_computed !== null) {
    facts.push({ field: 'area_computed', label: t('feature.areaComputed'), value: `≈ ${formatFeatureArea(p.area_km2_computed, lang)}` });
  }
  facts.push(...demoParkFacts(p, lang, all));
  facts.push(descriptionFact(p, lang, t('feature.description')));
  if (p.notes !== null) facts.push({ field: 'notes', label: t('feature.notes'), value: p.notes, englishText: true });
  return facts;
}
