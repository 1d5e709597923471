// "Download my layers": every saved layer in one GeoJSON FeatureCollection. Feature properties are
// written exactly as imported; which layer a feature belongs to travels in foreign members
// (allowed by RFC 7946), so no property of the planner's own can be overwritten.
import type { Feature, FeatureCollection } from 'geojson';
import type { UserLayer } from './layer-store.ts';

export interface LayerSummary {
  id: string;
  name: string;
  colour: string;
  visible: boolean;
  createdAt: string;
  count: number;
}

export type UserLayersGeoJSON = FeatureCollection & { layers: LayerSummary[] };

export function layersToGeoJSON(layers: readonly UserLayer[]): UserLayersGeoJSON {
  const features: Feature[] = layers.flatMap((layer) =>
    layer.features.map((feature) => ({ ...feature, layer: layer.id }) as Feature),
  );
  const summaries = layers.map(({ id, name, colour, visible, createdAt, features: f }) => ({ id, name, colour, visible, createdAt, count: f.length }));
  return { type: 'FeatureCollection', layers: summaries, features };
}
