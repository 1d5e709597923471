// Which parts of the page's state an opened project sets. Pure.
// The project brings the map: view, selection, filters, questions, timeline, choropleth, marks and
// list order. The reader keeps their own interface language and open tab, and the list of layers the
// address names (my=) is this browser's, written from the layers it has (layer-refs-sync.ts): the
// file's names the saving browser's layer ids, which the opened layers no longer have.
import type { AppState } from '../state/app-state.ts';

export function stateFromProject(saved: AppState, current: AppState): AppState {
  return { ...saved, lang: current.lang, panelTab: current.panelTab, myLayers: current.myLayers, embed: false };
}
