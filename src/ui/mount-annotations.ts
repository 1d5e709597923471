// Mounts the planner's marks: the layer that draws them from the state, and the Annotate tool on the
// map (its button; the list with Delete and Clear all and the ways to add a mark load the first time
// the tool is opened).
import type L from 'leaflet';
import type { Store } from '../state/store';
import { mountAnnotationLayer } from '../map/annotation-layer';
import { addAnnotationControl } from '../map/annotation-control';
import { mountAnnotationPanel } from './annotation-panel';
import type { AnnotationCardParts } from './annotation-drawing';
import { lazyPart, loadWithFeedback } from './lazy-part';
import { createTeardowns, type Teardown } from './teardown';
import '../styles/annotations.css';

const drawingPart = lazyPart(() => import('./annotation-drawing'));

export function mountAnnotations(map: L.Map, store: Store): Teardown {
  const teardowns = createTeardowns();
  const layer = mountAnnotationLayer(map, store);
  teardowns.add(() => layer.remove());
  const control = addAnnotationControl(map);
  teardowns.add(control.remove);
  const panel = mountAnnotationPanel(control, store);
  teardowns.add(panel.teardown);
  let tools: AnnotationCardParts | null = null;
  teardowns.add(() => tools?.reset());
  panel.onToggle((open) => {
    // closing the card ends the mode: outside it the map pans and selects as usual
    if (!open) return tools?.reset();
    if (tools) return;
    void loadWithFeedback(drawingPart, { lang: () => store.getState().lang, part: 'annotate.drawing', anchor: panel.tools }).then((module) => {
      if (!module || tools || teardowns.done) return;
      tools = module.createAnnotationDrawing(map, store, panel);
      panel.tools.append(tools.tools);
      panel.body.append(tools.list);
    });
  });
  teardowns.add(
    store.subscribe((next, previous) => {
      if (next.lang !== previous.lang || next.annotations !== previous.annotations) tools?.render();
    }),
  );
  return teardowns.run;
}
