// The List tab's section for the planner's own data: the shown features (visible layers, filtered,
// and narrowed by the spatial questions as on the map: the scene's layers) by name, grouped under
// their layer, each with "Zoom to". Marked as the planner's data, apart from the project list above
// it. Names are the planner's data: text only.
import type { Scene } from '../state/scene';
import type { SceneSource } from '../state/scene-source';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { featuresBBox } from '../import/feature-label';
import { requestFrame } from './frame-request';
import { firstUserRows } from './user-table-model';
import { displayValue } from './property-table';
import { renderOnSceneLayers } from './render-on-change';

/** Rows listed at most; the heading gives the whole count. */
const MAX_ROWS = 300;

export function mountUserFeatureList(parent: HTMLElement, scene: SceneSource): () => void {
  const section = el('section', { class: 'panel user-feature-list', 'data-testid': 'user-feature-list' });
  parent.append(section);
  const render = ({ lang, userLayers: shown }: Scene) => {
    const count = shown.reduce((sum, layer) => sum + layer.features.length, 0);
    if (count === 0) return section.replaceChildren();
    const heading = el('h2', {}, translate(lang, 'mydata.listHeading', { count }));
    const list = el('ul', { class: 'user-feature-list__rows' });
    for (const row of firstUserRows(shown, MAX_ROWS)) {
      const name = displayValue(row.name, lang);
      const item = el('li', { 'data-testid': 'user-list-row', 'data-layer-id': row.layerId });
      const button = el('button', { type: 'button', class: 'user-feature-list__go', 'aria-label': translate(lang, 'mydata.zoomToNamed', { name }) });
      button.append(el('span', { class: 'user-feature-list__name' }, name), el('span', { class: 'user-feature-list__layer' }, row.layer));
      button.addEventListener('click', () => requestFrame(featuresBBox([row.feature])));
      item.append(button);
      list.append(item);
    }
    section.replaceChildren(heading, list);
  };
  const stopRendering = renderOnSceneLayers(render, scene);
  return () => {
    stopRendering();
    section.remove();
  };
}
