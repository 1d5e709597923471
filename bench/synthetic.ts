// Deterministic synthetic data for the figures: the same seed gives the same points on every
// machine, so runs can be compared over time.

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Approximate bounding box of the economic circle's planning area (Chengdu plain to western
 * Chongqing), [west, south, east, north]. Denser than the two provinces' box, so more points fall
 * near the corridor: the harder case for the index.
 */
export const CIRCLE_BOX = [102.5, 28.2, 108.8, 32.3] as const;

export const CHENGDU = [104.07, 30.67] as const;
export const CHONGQING = [106.55, 29.56] as const;

export function randomPoints(count: number, seed: number, box: readonly number[] = CIRCLE_BOX): [number, number][] {
  const random = seededRandom(seed);
  const [west = 0, south = 0, east = 0, north = 0] = box;
  return Array.from({ length: count }, () => [west + random() * (east - west), south + random() * (north - south)]);
}

/** A meandering Chengdu–Chongqing corridor of `vertices` vertices (about 1 km apart). */
export function meanderingCorridor(vertices: number, seed: number): [number, number][] {
  const random = seededRandom(seed);
  return Array.from({ length: vertices }, (_, i) => {
    const t = i / (vertices - 1);
    const bend = 0.15 * Math.sin(t * Math.PI * 3) + (random() - 0.5) * 0.01;
    return [CHENGDU[0] + t * (CHONGQING[0] - CHENGDU[0]) + bend * 0.4, CHENGDU[1] + t * (CHONGQING[1] - CHENGDU[1]) + bend];
  });
}

/**
 * A planner's spreadsheet of `rows` points with Chinese headers: name, longitude, latitude (WGS84,
 * over the economic circle), a type and an investment figure; the header row first, cells as written.
 */
export function pointsTable(rows: number, seed: number): string[][] {
  const random = seededRandom(seed);
  const [west, south, east, north] = CIRCLE_BOX;
  const types = ['产业园区', '交通枢纽', '公共服务', '生态项目'];
  const table = [['名称', '经度', '纬度', '类型', '投资（亿元）']];
  for (let i = 1; i <= rows; i++) {
    const lon = (west + random() * (east - west)).toFixed(5);
    const lat = (south + random() * (north - south)).toFixed(5);
    table.push([`项目${i}`, lon, lat, types[i % types.length]!, (random() * 100).toFixed(1)]);
  }
  return table;
}

/** The same spreadsheet as CSV. */
export function pointsCsv(rows: number, seed: number): string {
  return `${pointsTable(rows, seed).map((row) => row.join(',')).join('\n')}\n`;
}
