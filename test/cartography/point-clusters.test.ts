import { describe, expect, it } from 'vitest';
import { createPointClusterIndex, type PointCluster, type PointGroup } from '../../src/cartography/point-clusters';

interface P {
  id: string;
  lon: number;
  lat: number;
  cat: string;
  approx?: boolean;
}

const options = { lon: (p: P) => p.lon, lat: (p: P) => p.lat, category: (p: P) => p.cat, approximate: (p: P) => p.approx === true, radiusPx: 36, maxZoom: 13 };

// On 256-px Web Mercator tiles one degree of longitude is 256 * 2^z / 360 px: 182 px at zoom 8,
// 728 px at zoom 10. So 0.1° apart is 18 px at zoom 8 (within 36 px: merged) and 73 px at zoom 10 (apart).
const a: P = { id: 'a', lon: 104.0, lat: 30.6, cat: 'park' };
const b: P = { id: 'b', lon: 104.1, lat: 30.6, cat: 'park', approx: true };
const c: P = { id: 'c', lon: 104.05, lat: 30.6, cat: 'zone' };
const far: P = { id: 'far', lon: 106.5, lat: 29.5, cat: 'park' };
const all = [a, b, c, far];

const clusters = <T>(groups: PointGroup<T>[]) => groups.filter((g): g is PointCluster<T> => g.kind === 'cluster');
const singles = <T>(groups: PointGroup<T>[]) => groups.filter((g) => g.kind === 'point').map((g) => (g as { item: T }).item);

describe('createPointClusterIndex', () => {
  const index = createPointClusterIndex(all, options);

  it('merges points 18 px apart at zoom 8 and keeps a point 450 px away on its own', () => {
    const groups = index.groups(all, 8);
    expect(clusters(groups)).toHaveLength(1);
    expect(clusters(groups)[0]!.members.map((p) => p.id).sort()).toEqual(['a', 'b', 'c']);
    expect(singles(groups)).toEqual([far]);
  });

  it('separates the same points at zoom 10, where they are 36–73 px apart', () => {
    const groups = index.groups(all, 10);
    expect(clusters(groups)).toHaveLength(0);
    expect(singles(groups).map((p) => p.id).sort()).toEqual(['a', 'b', 'c', 'far']);
  });

  it('uses the zoom below for a fractional zoom', () => {
    expect(clusters(index.groups(all, 8.9))).toHaveLength(1);
  });

  it('gives a cluster its count by category, mean position, bounds and approximate members', () => {
    const cluster = clusters(index.groups(all, 8))[0]!;
    expect(cluster.split).toEqual([
      { category: 'park', count: 2 },
      { category: 'zone', count: 1 },
    ]);
    expect(cluster.lon).toBeCloseTo(104.05, 9);
    expect(cluster.lat).toBeCloseTo(30.6, 9);
    expect(cluster.bounds).toEqual([104.0, 30.6, 104.1, 30.6]);
    expect(cluster.approximate).toBe(1);
    expect(cluster.stacked).toBe(false);
  });

  it('follows the shown set: a hidden member leaves the cluster, a lone member is drawn as itself', () => {
    const two = clusters(index.groups([a, c, far], 8));
    expect(two).toHaveLength(1);
    expect(two[0]!.members).toEqual([a, c]);
    expect(two[0]!.lon).toBeCloseTo(104.025, 9);
    expect(two[0]!.approximate).toBe(0);
    const one = index.groups([c, far], 8);
    expect(clusters(one)).toHaveLength(0);
    expect(singles(one)).toEqual([c, far]);
  });

  it('never merges an item kept apart (the selected one)', () => {
    const groups = index.groups(all, 8, new Set([c]));
    expect(clusters(groups)[0]!.members).toEqual([a, b]);
    expect(singles(groups)).toContain(c);
  });

  it('ignores items that are not in the index and returns nothing for nothing shown', () => {
    const stranger: P = { id: 'x', lon: 104.0, lat: 30.6, cat: 'park' };
    expect(index.groups([stranger], 8)).toEqual([]);
    expect(index.groups([], 8)).toEqual([]);
  });

  it('keeps the same key for the same group, so a view can keep its element', () => {
    expect(clusters(index.groups(all, 8))[0]!.key).toBe(clusters(index.groups([a, b], 8))[0]!.key);
  });
});

describe('stacks of identical positions', () => {
  const s1: P = { id: 's1', lon: 104.7, lat: 31.47, cat: 'park' };
  const s2: P = { id: 's2', lon: 104.7, lat: 31.47, cat: 'zone' };
  const s3: P = { id: 's3', lon: 104.7, lat: 31.47, cat: 'park' };
  const index = createPointClusterIndex([s1, s2, s3], options);

  it('stay one cluster marked stacked at the highest zoom and beyond it', () => {
    for (const zoom of [13, 15]) {
      const groups = index.groups([s1, s2, s3], zoom);
      expect(groups).toHaveLength(1);
      const cluster = groups[0] as PointCluster<P>;
      expect(cluster.kind).toBe('cluster');
      expect(cluster.stacked).toBe(true);
      expect(cluster.members).toEqual([s1, s2, s3]);
    }
  });
});

describe('every shown point is drawn exactly once', () => {
  it('holds for 2,000 random points, random subsets and every zoom', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const points: P[] = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), lon: 102 + random() * 6, lat: 28 + random() * 4, cat: `c${i % 4}`, approx: i % 5 === 0 }));
    const index = createPointClusterIndex(points, options);
    for (let zoom = 4; zoom <= 14; zoom += 1) {
      const shown = points.filter(() => random() < 0.6);
      const groups = index.groups(shown, zoom);
      const drawn = groups.flatMap((g) => (g.kind === 'point' ? [g.item] : g.members));
      expect(drawn.length).toBe(shown.length);
      expect(new Set(drawn)).toEqual(new Set(shown));
      for (const cluster of clusters(groups)) {
        expect(cluster.members.length).toBeGreaterThan(1);
        expect(cluster.split.reduce((sum, s) => sum + s.count, 0)).toBe(cluster.members.length);
        expect(cluster.approximate).toBe(cluster.members.filter((p) => p.approx).length);
      }
    }
  });
});
