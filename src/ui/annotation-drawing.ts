// The Annotate card's contents: the list of marks (annotation-list.ts) and the drawing part, a chunk of its own loaded when the tool is first opened (the
// first view does not need it): the ways to add a mark (annotation-tools.ts) wired to the map's
// pointer and keyboard handling (src/map/annotation-draw.ts).
import type L from 'leaflet';
import type { Store } from '../state/store';
import { createAnnotationDraw, type AnnotationDraw } from '../map/annotation-draw';
import { createAnnotationTools } from './annotation-tools';
import { createAnnotationList } from './annotation-list';

export interface AnnotationCardParts {
  tools: HTMLElement;
  list: HTMLElement;
  /** redraws the texts (a language change) and the list (the marks changed) */
  render(): void;
  /** ends any mode and closes the note form */
  reset(): void;
}

export function createAnnotationDrawing(map: L.Map, store: Store, say: (message: string) => void): AnnotationCardParts {
  let draw: AnnotationDraw | null = null;
  const tools = createAnnotationTools(store, () => draw!, say);
  draw = createAnnotationDraw(map, {
    done: tools.onDrawn,
    progress: tools.onProgress,
    cancelled: tools.onCancelled,
    tooFewCorners: tools.onTooFewCorners,
  });
  const list = createAnnotationList(store, say);
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
