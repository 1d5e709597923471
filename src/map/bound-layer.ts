// A view's ties to the map, as a Leaflet layer with nothing to draw: its setup runs in onAdd and its
// teardown in onRemove, so removing the layer, or the whole map (map.remove() removes every layer),
// drops the view's store and scene subscriptions with it.
import L from 'leaflet';

export class BoundLayer extends L.Layer {
  private teardown: (() => void) | null = null;

  constructor(private readonly setup: (map: L.Map) => () => void) {
    super();
  }

  override onAdd(map: L.Map): this {
    this.teardown = this.setup(map);
    return this;
  }

  override onRemove(): this {
    this.teardown?.();
    this.teardown = null;
    return this;
  }
}

/** Adds a BoundLayer for `setup` to the map; `remove()` on the result runs the teardown. */
export function bindToMap(map: L.Map, setup: (map: L.Map) => () => void): L.Layer {
  return new BoundLayer(setup).addTo(map);
}
