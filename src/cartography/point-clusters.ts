// Point clusters: which point symbols merge into one cluster symbol at a zoom, in step with the
// shown set. Pure (no DOM, no Leaflet), so the map, the embed and the export group points alike.
//
// Why not re-cluster on every filter change: building a supercluster index of the passing points
// costs about 400 ms at 100,000 points. Instead the index is built once over every point of the
// data set, and each zoom's grouping (which point belongs to which supercluster node) is read once
// and cached. A filter change is then one pass over the shown points: each counts toward its node,
// and a node with one shown member is drawn as that point, a node with several as a cluster placed
// at their mean position (`npm run bench -- cluster-update-100k`).
import Supercluster from 'supercluster';

export interface ClusterOptions<T> {
  lon(item: T): number;
  lat(item: T): number;
  /** the key a cluster's split counts by (the category) */
  category(item: T): string;
  /** true when the item's position is only approximately known */
  approximate(item: T): boolean;
  /** distance in CSS pixels (256-px tiles) within which points merge; default 36 */
  radiusPx?: number;
  /** the highest zoom that still clusters (the map's maximum: beyond it stacks spread out); default 13 */
  maxZoom?: number;
}

export interface SinglePoint<T> {
  kind: 'point';
  item: T;
}

export interface PointCluster<T> {
  kind: 'cluster';
  /** stable for the same node and zoom, so a view can keep its element */
  key: string;
  /** the shown members' mean position */
  lon: number;
  lat: number;
  /** shown members, in the order they were given */
  members: T[];
  /** counts by category, largest first (ties in order of first appearance) */
  split: { category: string; count: number }[];
  /** how many members are only approximately placed */
  approximate: number;
  /** [west, south, east, north] of the members */
  bounds: [number, number, number, number];
  /** every member at the same position: zooming in never separates them */
  stacked: boolean;
}

export type PointGroup<T> = SinglePoint<T> | PointCluster<T>;

export interface PointClusterIndex<T> {
  /**
   * The groups of the shown items at a zoom (fractional zooms use the zoom below). Items in `apart`
   * (e.g. the selected one) are never merged. Items not in the index are ignored. A group stands where
   * its first member stands in `shown`.
   */
  groups(shown: readonly T[], zoom: number, apart?: ReadonlySet<T>): PointGroup<T>[];
}

const WORLD: [number, number, number, number] = [-180, -85.06, 180, 85.06];

export function createPointClusterIndex<T>(items: readonly T[], options: ClusterOptions<T>): PointClusterIndex<T> {
  const maxZoom = options.maxZoom ?? 13;
  const indexOf = new Map<T, number>();
  items.forEach((item, i) => indexOf.set(item, i));
  const lon = Float64Array.from(items, options.lon);
  const lat = Float64Array.from(items, options.lat);
  const category = items.map(options.category);
  const approximate = Uint8Array.from(items, (item) => (options.approximate(item) ? 1 : 0));
  // extent 256 makes supercluster's radius a distance in CSS pixels on Leaflet's 256-px tiles
  const index = new Supercluster<{ i: number }, Record<string, never>>({ radius: options.radiusPx ?? 36, extent: 256, minZoom: 0, maxZoom });
  index.load(items.map((_, i) => ({ type: 'Feature', properties: { i }, geometry: { type: 'Point', coordinates: [lon[i]!, lat[i]!] } })));

  // node of each item at a zoom: -1 for an item on its own, otherwise the supercluster cluster id
  const nodesByZoom = new Map<number, Int32Array>();
  function nodesAt(zoom: number): Int32Array {
    let nodes = nodesByZoom.get(zoom);
    if (nodes) return nodes;
    nodes = new Int32Array(items.length).fill(-1);
    for (const feature of index.getClusters(WORLD, zoom)) {
      const props = feature.properties as { cluster?: boolean; cluster_id?: number };
      if (!props.cluster) continue;
      const id = props.cluster_id!;
      for (const leaf of index.getLeaves(id, Infinity)) nodes[(leaf.properties as { i: number }).i] = id;
    }
    nodesByZoom.set(zoom, nodes);
    return nodes;
  }

  return {
    groups(shown, zoom, apart) {
      const z = Math.max(0, Math.min(maxZoom, Math.floor(zoom)));
      const nodes = nodesAt(z);
      // each node takes the place of its first shown member, so groups keep the order of `shown`
      const members = new Map<number, { slot: number; list: number[] }>();
      const groups: PointGroup<T>[] = [];
      for (const item of shown) {
        const i = indexOf.get(item);
        if (i === undefined) continue;
        const node = nodes[i]!;
        if (node < 0 || apart?.has(item)) {
          groups.push({ kind: 'point', item });
          continue;
        }
        const entry = members.get(node);
        if (entry) entry.list.push(i);
        else members.set(node, { slot: groups.push({ kind: 'point', item }) - 1, list: [i] });
      }
      for (const [node, { slot, list }] of members) {
        if (list.length > 1) groups[slot] = clusterOf(`${z}:${node}`, list);
      }
      return groups;
    },
  };

  function clusterOf(key: string, list: number[]): PointCluster<T> {
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    let sumLon = 0;
    let sumLat = 0;
    let approx = 0;
    const counts = new Map<string, number>();
    for (const i of list) {
      const x = lon[i]!;
      const y = lat[i]!;
      sumLon += x;
      sumLat += y;
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
      approx += approximate[i]!;
      const c = category[i]!;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const split = [...counts].map(([c, count]) => ({ category: c, count })).sort((a, b) => b.count - a.count);
    return {
      kind: 'cluster',
      key,
      lon: sumLon / list.length,
      lat: sumLat / list.length,
      members: list.map((i) => items[i]!),
      split,
      approximate: approx,
      bounds: [west, south, east, north],
      stacked: west === east && south === north,
    };
  }
}
