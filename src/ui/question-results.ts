// The written answer: how many projects match (by category), the list of them (each selects its
// project), the planner's own features that match, and the measurement. Built from text nodes only.
import type { Lang, ProjectFeature } from '../types';
import type { QuestionAnswer } from '../questions/question-result';
import type { SceneUserLayer } from '../state/scene';
import { translate } from '../i18n/translate';
import { countCategories, formatCategoryCounts, formatCorridorDistance, formatKm } from '../questions/format';
import { formatArea } from '../i18n/number-format';
import { el } from './dom';
import { userLayerResults } from './question-user-results';

const name = (feature: ProjectFeature, lang: Lang) => (lang === 'zh' ? feature.properties.name_zh : feature.properties.name_en);

function measureText(answer: QuestionAnswer, lang: Lang): string | null {
  const measure = answer.measure;
  if (!measure) return null;
  switch (measure.kind) {
    case 'path':
      return translate(lang, 'q.pathLength', { value: formatKm(measure.km, lang) });
    case 'polygon':
      return translate(lang, 'q.polygonArea', { value: formatArea(measure.km2, lang) });
    case 'features':
      return translate(lang, 'q.betweenResult', { from: name(measure.from, lang), to: name(measure.to, lang), value: formatKm(measure.km, lang) });
  }
}

/**
 * `matching` is the answer's set after the filters (what the map rings and the table show);
 * null when no question narrows the set.
 */
export function renderQuestionResults(
  container: HTMLElement,
  answer: QuestionAnswer,
  matching: readonly ProjectFeature[] | null,
  lang: Lang,
  onSelect: (id: string) => void,
  userLayers: readonly SceneUserLayer[] = [],
): void {
  const parts: HTMLElement[] = [];
  if (answer.area === 'pending') parts.push(el('p', { 'data-testid': 'q-pending' }, translate(lang, 'q.resultPending')));
  else if (matching) {
    parts.push(el('p', { class: 'question-count', 'data-testid': 'q-count', 'data-count': String(matching.length) }, translate(lang, 'q.resultCount', { count: matching.length })));
    const byCategory = formatCategoryCounts(countCategories(matching), lang);
    if (byCategory) parts.push(el('p', { class: 'question-categories', 'data-testid': 'q-categories' }, byCategory));
    const list = el('ul', { class: 'question-list', 'data-testid': 'q-list' });
    const distances = answer.catchment?.distancesKm;
    // with a catchment, nearest first (ties keep the data order): what a planner reads down
    const ordered = distances ? [...matching].sort((a, b) => (distances.get(a.id) ?? Infinity) - (distances.get(b.id) ?? Infinity)) : matching;
    for (const feature of ordered) {
      const item = el('li');
      const link = el('button', { type: 'button', class: 'question-item', 'data-feature-id': feature.id, 'data-testid': 'q-item' });
      link.append(el('span', { class: 'question-item__name' }, name(feature, lang)));
      const km = distances?.get(feature.id);
      if (km !== undefined) {
        link.append(el('span', { class: 'question-item__distance', 'data-testid': 'q-item-distance', 'data-km': String(km) }, translate(lang, 'q.distanceToCorridor', { value: formatCorridorDistance(km, lang) })));
      }
      link.addEventListener('click', () => onSelect(feature.id));
      item.append(link);
      list.append(item);
    }
    parts.push(list);
    parts.push(...userLayerResults(answer, userLayers, lang));
  }
  const measured = measureText(answer, lang);
  if (measured) parts.push(el('p', { class: 'question-measure-text', 'data-testid': 'q-measure-result' }, measured));
  container.replaceChildren(...parts);
}
