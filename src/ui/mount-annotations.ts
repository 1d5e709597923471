// Mounts the planner's marks: the layer that draws them from the state, and the Annotate tool on the
// map (its button, the ways to add a mark, the list with Delete and Clear all).
import type L from 'leaflet';
import type { Store } from '../state/store';
import { mountAnnotationLayer } from '../map/annotation-layer';
import { addAnnotationControl } from '../map/annotation-control';
import { mountAnnotationPanel } from './annotation-panel';
import { createTeardowns, type Teardown } from './teardown';
import '../styles/annotations.css';

export function mountAnnotations(map: L.Map, store: Store): Teardown {
  const teardowns = createTeardowns();
  const layer = mountAnnotationLayer(map, store);
  teardowns.add(() => layer.remove());
  const control = addAnnotationControl(map);
  teardowns.add(control.remove);
  const panel = mountAnnotationPanel(control.container, store);
  teardowns.add(panel.teardown);
  return teardowns.run;
}
