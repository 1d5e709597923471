// A selected unit that is not among the loaded units may be a county (load that file and look again);
// if it is still unknown, say so and clear the selection instead of showing an empty panel.
import type { Store } from '../state/store';
import type { UnitCatalog } from '../map/unit-catalog';
import { translate } from '../i18n/translate';
import type { Teardown } from './teardown';

export function checkSelectedUnits(store: Store, catalog: UnitCatalog, loadCounties: () => Promise<void>, report: (message: string) => void): Teardown {
  const check = async () => {
    const { selection } = store.getState();
    if (selection?.kind !== 'unit' || catalog.get(selection.adcode)) return;
    await loadCounties();
    const now = store.getState().selection;
    if (now?.kind !== 'unit' || now.adcode !== selection.adcode || catalog.get(selection.adcode)) return;
    report(translate(store.getState().lang, 'details.notFound', { adcode: selection.adcode }));
    store.dispatch({ selection: null });
  };
  void check();
  return store.subscribe((state, previous) => {
    if (state.selection !== previous.selection) void check();
  });
}
