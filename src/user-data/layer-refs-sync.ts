// Keeps the permalink's list of imported layers (my=…) in step with the layers panel, and says once,
// after the saved layers are read, which layers an opened link names that this browser does not have.
// Everything else in the link applies as usual; the missing layers are simply not drawn.
import type { Store } from '../state/store';
import type { UserLayersState } from './user-layers-state';
import { translate } from '../i18n/translate';
import { layerRefsToWrite, missingLayerRefs, sameLayerRefs } from './layer-refs';

export interface LayerRefsSyncOptions {
  store: Store;
  state: UserLayersState;
  /** settles once the saved layers have been read (or failed to be) */
  loaded: Promise<unknown>;
  report: (message: string) => void;
}

export function syncLayerRefs({ store, state, loaded, report }: LayerRefsSyncOptions): () => void {
  let stopped = false;
  let unsubscribe = () => {};
  void loaded.finally(() => {
    if (stopped) return;
    const carried = missingLayerRefs(store.getState().myLayers, state.getLayers());
    const lang = store.getState().lang;
    for (const ref of carried) report(translate(lang, 'mydata.missingLayer', { name: ref.name }));
    const write = () => {
      const refs = layerRefsToWrite(state.getLayers().filter((layer) => layer.visible), carried, state.getLayers());
      if (!sameLayerRefs(refs, store.getState().myLayers)) store.dispatch({ myLayers: refs });
    };
    write();
    unsubscribe = state.subscribe(write);
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
