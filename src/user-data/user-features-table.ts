// The planner's shown features (visible layers, filtered) as a table beside the project table:
// layer, feature id and properties, all as text. Their fields differ from file to file, so they
// are not forced into the project columns.
import type { Lang } from '../types';
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { displayValue } from './property-table';
import { userLayersState, type UserLayersState } from './user-layers-state';

/** Rows drawn at most; the caption says how many there are in all. */
const MAX_ROWS = 500;
const MAX_PROPERTIES_TEXT = 200;

function propertiesText(properties: Record<string, unknown> | null, lang: Lang): string {
  const text = Object.entries(properties ?? {}).map(([name, value]) => `${name}: ${displayValue(value, lang)}`).join('; ');
  return text.length > MAX_PROPERTIES_TEXT ? `${text.slice(0, MAX_PROPERTIES_TEXT)}…` : text;
}

export function mountUserFeaturesTable(parent: HTMLElement, store: Store, state: UserLayersState = userLayersState): () => void {
  const section = el('div', { class: 'user-features-table', 'data-testid': 'user-features-table' });
  parent.append(section);
  const render = () => {
    const lang = store.getState().lang;
    const rows = state.getShownLayers().flatMap((layer) => layer.features.map((feature) => ({ layer: layer.name, feature })));
    if (rows.length === 0) return section.replaceChildren();
    const table = el('table');
    table.append(el('caption', {}, translate(lang, 'mydata.tableCaption', { count: rows.length, shown: Math.min(rows.length, MAX_ROWS) })));
    const headRow = el('tr');
    for (const key of ['mydata.layer', 'mydata.featureId', 'mydata.properties'] as const) headRow.append(el('th', { scope: 'col' }, translate(lang, key)));
    table.createTHead().append(headRow);
    const body = el('tbody');
    for (const { layer, feature } of rows.slice(0, MAX_ROWS)) {
      const tr = el('tr');
      tr.append(el('td', {}, layer), el('td', {}, displayValue(feature.id, lang)), el('td', {}, propertiesText(feature.properties, lang)));
      body.append(tr);
    }
    table.append(body);
    section.replaceChildren(table);
  };
  render();
  const unsubscribeLayers = state.subscribe(render);
  const unsubscribeStore = store.subscribe((next, previous) => {
    if (next.lang !== previous.lang) render();
  });
  return () => {
    unsubscribeLayers();
    unsubscribeStore();
  };
}
