// What the Embed dialog writes and says about a choropleth (src/ui/embed-dialog-content.ts).
import type { AppState } from '../state/app-state';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { choroplethState } from './choropleth-state';

/**
 * A colouring by the planner's own table reaches the embed as its joined values in the address
 * (chv=…): the readers have no table. The state only names the table, so the values come from the
 * model the map is coloured by.
 */
export function withChoroplethValues(state: AppState): AppState {
  const model = choroplethState.get();
  if (state.choropleth === null || model === null || model.spec.table !== state.choropleth.table) return { ...state, choroplethValues: null };
  return { ...state, choroplethValues: { level: model.level, values: new Map([...model.values].map(([adcode, entry]) => [adcode, entry.value])) } };
}

/** Says what of the planner's table the embed code carries (the values per unit, nothing else). */
export function choroplethNote(state: AppState): HTMLElement[] {
  const model = choroplethState.get();
  if (state.choropleth === null || model === null) return [];
  return [el('p', { class: 'embed-dialog-choropleth', 'data-testid': 'embed-choropleth-note' }, translate(state.lang, 'embed.dialog.choropleth', { count: model.values.size, column: model.spec.value }))];
}
