// On phones the bottom sheet opens over the lower part of the map when something is selected: if the
// selected feature's anchor would sit under the sheet, the map moves up just enough to show it.
import L from 'leaflet';
import type { Store } from '../state/store';
import type { ProjectFeature } from '../types';
import { overlapBelow } from '../cartography/nearest-point';

export function keepSelectionClear(map: L.Map, store: Store, features: readonly ProjectFeature[], sheet: HTMLElement, isSheetLayout: () => boolean): () => void {
  const anchors = new Map(features.map((f) => [f.id, f.properties.anchor]));
  let stopped = false;
  const unsubscribe = store.subscribe((state, previous) => {
    const selection = state.selection;
    if (selection === previous.selection || selection?.kind !== 'feature' || !isSheetLayout()) return;
    const anchor = anchors.get(selection.id);
    if (!anchor) return;
    const check = () => {
      if (stopped) return;
      const mapBox = map.getContainer().getBoundingClientRect();
      const sheetTop = sheet.getBoundingClientRect().top - mapBox.top;
      const point = map.latLngToContainerPoint(L.latLng(anchor[1], anchor[0]));
      const shift = overlapBelow(point.y, sheetTop, 40);
      if (shift > 0) map.panBy([0, shift], { animate: false });
    };
    // after the sheet has opened and laid out (the panel tabs expand it on a new selection), and
    // again when a flight to the selection (list or search) ends
    requestAnimationFrame(check);
    const asked = performance.now();
    map.once('moveend', () => {
      if (performance.now() - asked < 1500) check(); // a later pan by the user is left alone
    });
  });
  return () => {
    stopped = true;
    unsubscribe();
  };
}
