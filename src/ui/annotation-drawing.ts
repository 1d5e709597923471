// The Annotate tool's drawing part, a chunk of its own loaded when the tool is first opened (the
// first view does not need it): the ways to add a mark (annotation-tools.ts) wired to the map's
// pointer and keyboard handling (src/map/annotation-draw.ts).
import type L from 'leaflet';
import type { Store } from '../state/store';
import { createAnnotationDraw, type AnnotationDraw } from '../map/annotation-draw';
import { createAnnotationTools, type AnnotationTools } from './annotation-tools';

export function createAnnotationDrawing(map: L.Map, store: Store, say: (message: string) => void): AnnotationTools {
  let draw: AnnotationDraw | null = null;
  const tools = createAnnotationTools(store, () => draw!, say);
  draw = createAnnotationDraw(map, {
    done: tools.onDrawn,
    progress: tools.onProgress,
    cancelled: tools.onCancelled,
    tooFewCorners: tools.onTooFewCorners,
  });
  return tools;
}
