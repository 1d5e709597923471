// The planner's own layers in the written answer: per imported layer, how many of its shown features
// the questions select and their names (from the layer's name column), as text nodes only. The list
// is cut after LISTED names; the count is always the whole number.
import type { Lang } from '../types';
import type { SceneUserLayer } from '../state/scene';
import type { QuestionAnswer } from '../questions/question-result';
import { translate } from '../i18n/translate';
import { el } from './dom';

const LISTED = 50;

function featureName(layer: SceneUserLayer, position: number, lang: Lang): string {
  const value = layer.nameColumn === undefined ? undefined : layer.features[position]?.properties?.[layer.nameColumn];
  const text = value === null || value === undefined ? '' : String(value).trim();
  return text !== '' ? text : translate(lang, 'q.userFeatureUnnamed', { number: position + 1 });
}

/** One block per shown imported layer; none when no question narrows. */
export function userLayerResults(answer: QuestionAnswer, layers: readonly SceneUserLayer[], lang: Lang): HTMLElement[] {
  const select = answer.userFeatures;
  if (!select) return [];
  return layers.map((layer) => {
    const positions = select(layer.features);
    const block = el('div', { class: 'question-user-layer', 'data-testid': 'q-user-layer', 'data-layer-id': layer.id, 'data-count': String(positions.length) });
    block.append(el('p', { class: 'question-count' }, translate(lang, 'q.userLayerCount', { layer: layer.name, count: positions.length })));
    if (positions.length > 0) {
      const list = el('ul', { class: 'question-list', 'data-testid': 'q-user-list' });
      for (const position of positions.slice(0, LISTED)) list.append(el('li', { class: 'question-user-item', 'data-testid': 'q-user-item' }, featureName(layer, position, lang)));
      block.append(list);
      if (positions.length > LISTED) block.append(el('p', { class: 'question-categories' }, translate(lang, 'q.userMore', { count: positions.length - LISTED })));
    }
    return block;
  });
}
