// Words for filter values in both languages (unknown reads as 未知 / unknown).
import type { Lang, Precision } from '../types';
import { translate } from '../i18n/translate';
import { levelLabel, precisionLabel, statusLabel, subtypeLabel } from '../i18n/domain-labels';
import type { LevelFilterValue, ProvinceFilterValue, StatusFilterValue } from './filter-state';

export const provinceLabel = (value: ProvinceFilterValue, lang: Lang): string => translate(lang, `province.${value}`);
export const levelValueLabel = (value: LevelFilterValue, lang: Lang): string => levelLabel(value === 'unknown' ? null : value, lang);
export const statusValueLabel = (value: StatusFilterValue, lang: Lang): string => statusLabel(value === 'unknown' ? null : value, lang);
export { precisionLabel, subtypeLabel };
