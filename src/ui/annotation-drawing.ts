// The Annotate card's contents: the list of marks (annotation-list.ts) and the drawing part, a chunk of its own loaded when the tool is first opened (the
// first view does not need it): the ways to add a mark (annotation-tools.ts) wired to the map's
// pointer and keyboard handling (src/map/annotation-draw.ts). On a phone the card lies along the
// bottom of the map: a mark being drawn, a placed note and a mark shown from the list are kept clear
// of it (src/map/keep-clear.ts).
import type L from 'leaflet';
import type { Store } from '../state/store';
import { createAnnotationDraw, type AnnotationDraw } from '../map/annotation-draw';
import { keepClearOf, viewShowing } from '../map/keep-clear';
import { createAnnotationTools } from './annotation-tools';
import { createAnnotationList } from './annotation-list';
import type { AnnotationPanel } from './annotation-panel';

export interface AnnotationCardParts {
  tools: HTMLElement;
  list: HTMLElement;
  /** redraws the texts (a language change) and the list (the marks changed) */
  render(): void;
  /** ends any mode and closes the note form */
  reset(): void;
}

export function createAnnotationDrawing(map: L.Map, store: Store, panel: Pick<AnnotationPanel, 'say' | 'unfold' | 'sheetBox' | 'card'>): AnnotationCardParts {
  let draw: AnnotationDraw | null = null;
  const keepClear: Parameters<typeof createAnnotationTools>[3]['keepClear'] = (extent) =>
    // after the card has laid out its new contents (a form, a hint, a longer list)
    requestAnimationFrame(() => keepClearOf(map, panel.sheetBox(), extent));
  const tools = createAnnotationTools(store, () => draw!, panel.say, { keepClear, unfold: panel.unfold });
  draw = createAnnotationDraw(map, {
    done: tools.onDrawn,
    progress: tools.onProgress,
    cancelled: tools.onCancelled,
    tooFewCorners: tools.onTooFewCorners,
  });
  const list = createAnnotationList(store, panel.say, {
    edit: tools.editNote,
    show: (index) => {
      const mark = store.getState().annotations[index];
      if (mark) store.dispatch({ view: viewShowing(map, mark, panel.card) });
    },
  });
  return {
    tools: tools.element,
    list: list.element,
    render() {
      tools.render();
      list.render();
    },
    reset: tools.reset,
  };
}
