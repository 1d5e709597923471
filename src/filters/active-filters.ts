// The active filters as a flat list of chips: what each one says and the filters without it.
// Pure, so the chip row, the export caption and tests share it.
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import type { FeatureFilters } from './filter-state';
import { levelValueLabel, precisionLabel, provinceLabel, statusValueLabel, subtypeLabel } from './filter-labels';

export interface ActiveFilter {
  /** stable key for tests and DOM reuse, e.g. "st:operating" */
  key: string;
  /** "状态：运营" */
  label: string;
  without(filters: FeatureFilters): FeatureFilters;
}

type NameLookup = (adcode: string) => string | undefined;

export function activeFilters(filters: FeatureFilters, lang: Lang, prefectureName: NameLookup): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  const chip = (key: string, filterKey: Parameters<typeof translate>[1], value: string, without: ActiveFilter['without']) =>
    chips.push({ key, label: translate(lang, 'filters.chip', { filter: translate(lang, filterKey), value }), without });

  for (const subtype of filters.hiddenSubtypes) {
    chip(`hide:${subtype}`, 'filters.hidden', subtypeLabel(subtype, lang), (f) => ({ ...f, hiddenSubtypes: f.hiddenSubtypes.filter((s) => s !== subtype) }));
  }
  for (const value of filters.provinces) {
    chip(`prov:${value}`, 'filters.province', provinceLabel(value, lang), (f) => ({ ...f, provinces: f.provinces.filter((v) => v !== value) }));
  }
  for (const value of filters.prefectures) {
    chip(`city:${value}`, 'filters.prefecture', prefectureName(value) ?? value, (f) => ({ ...f, prefectures: f.prefectures.filter((v) => v !== value) }));
  }
  for (const value of filters.levels) {
    chip(`lvl:${value}`, 'filters.level', levelValueLabel(value, lang), (f) => ({ ...f, levels: f.levels.filter((v) => v !== value) }));
  }
  for (const value of filters.statuses) {
    chip(`st:${value}`, 'filters.status', statusValueLabel(value, lang), (f) => ({ ...f, statuses: f.statuses.filter((v) => v !== value) }));
  }
  if (filters.years !== null) {
    const [from, to] = filters.years;
    chip('yr', 'filters.years', from === to ? String(from) : `${from}–${to}`, (f) => ({ ...f, years: null }));
  }
  for (const value of filters.precisions) {
    chip(`prec:${value}`, 'filters.precision', precisionLabel(value, lang), (f) => ({ ...f, precisions: f.precisions.filter((v) => v !== value) }));
  }
  if (filters.asOf !== null) {
    chip('asof', 'filters.asOf', String(filters.asOf), (f) => ({ ...f, asOf: null }));
  }
  if (filters.inPlanningArea) {
    chips.push({ key: 'pa', label: translate(lang, 'filters.planningArea'), without: (f) => ({ ...f, inPlanningArea: false }) });
  }
  return chips;
}
