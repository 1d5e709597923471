// Derives a coarser admin layer by dissolving a finer one on its `parent` adcode. The dissolved
// outlines reuse the members' vertices exactly, so the TopoJSON can share arcs between layers.
import type { Feature } from 'geojson';
import type { SourceCollection } from './sources.ts';
import { dissolveBy } from './topology.ts';
import type { AreaGeometry, SourceUnitProperties } from './units.ts';

/** Properties for a dissolved unit, by its adcode (name, level, parent, seat). */
export type ParentProperties = (adcode: string) => SourceUnitProperties;

export async function dissolveToParents(
  members: SourceCollection,
  parentProperties: ParentProperties,
): Promise<SourceCollection> {
  const grouped = await dissolveBy(members, 'parent', []);
  const features: Feature<AreaGeometry, SourceUnitProperties>[] = [];
  for (const f of grouped.features) {
    const adcode = String((f.properties ?? {}).parent ?? '');
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) continue;
    features.push({ type: 'Feature', geometry: f.geometry, properties: parentProperties(adcode) });
  }
  features.sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
  return { type: 'FeatureCollection', features };
}
