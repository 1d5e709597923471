// The names on the exported page: prefecture seats and the shown projects, placed greedily by
// priority (the selected project first, then national projects and the two capitals, prefecture
// seats, then the rest), each at the first free spot around its symbol or along its line; a name
// that only fits farther out gets a leader line; a project with no room at all gets a number beside
// its symbol and a row in the numbered key. Labels never overlap each other, the point symbols or the
// map furniture (scale bar, north arrow, locator). Pure: page pixels in, label boxes out.
// The output is shaped like the shared map label layout's (src/cartography/), so the export can
// switch to it once it covers the export's needs (page scale, leaders, numbering).
import type { GeoProjection } from 'd3-geo';
import type { ProjectFeature } from '../types.ts';
import { pickLabel, type ExportLang, type ExportSeat } from './export-input.ts';
import type { Box } from './layout.ts';
import { boxAt, featureAnchor, spotsAlongLine, spotsAroundPoint, type LabelSpot } from './label-candidates.ts';
import { estimateWidth, wrapClamped } from './text-measure.ts';
import { boxesOverlap } from '../cartography/box-index.ts';
import { byPriority, placeCandidates } from '../cartography/label-placement.ts';

/** The most lines a project's name takes on the map. */
const MAX_LABEL_LINES = 4;

export interface ExportLabel {
  /** `seat:<adcode>`, `project:<id>` or `number:<id>` */
  id: string;
  kind: 'seat' | 'project' | 'number';
  /** the adcode or feature id it names */
  key: string;
  lines: string[];
  /** centre of the text block */
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  bold: boolean;
  /** the symbol the label belongs to, when a leader line joins them */
  leaderTo?: [number, number];
  /** a seat's dot */
  dot?: [number, number];
}

export interface KeyEntry {
  number: number;
  id: string;
  text: string;
}

export interface LabelLayoutInput {
  features: readonly ProjectFeature[];
  selectedId: string | null;
  seats: readonly ExportSeat[];
  lang: ExportLang;
  projection: GeoProjection;
  frame: Box;
  unit: number;
  /** the page's label size (at least the preset's minimum in points) */
  fontSize: number;
  /** boxes no label may touch: scale bar, north arrow, locator inset */
  obstacles: readonly Box[];
  /** at most this many numbered projects (the rest stay unnamed rather than fill the page with a key) */
  maxKey?: number;
}

export interface LabelLayout {
  labels: ExportLabel[];
  key: KeyEntry[];
}

const SEAT_DOT = 3;
const SUBTYPE_RANK: Record<string, number> = {
  national_new_area: 9, science_city: 8, free_trade_zone: 7, international_airport: 6, high_speed_rail: 6, provincial_new_area: 5,
  national_high_tech_zone: 5, land_sea_corridor: 5, waterway: 5, national_economic_development_zone: 4, railway: 4, comprehensive_bonded_zone: 3,
  international_rail_freight: 3, expressway: 2,
};

/** Larger first; seats keep the map's own ranking (capitals 3e6+, prefectures 2e6+, districts 1e6+). */
export function projectPriority(feature: ProjectFeature, selected: boolean): number {
  if (selected) return 1e9;
  const rank = SUBTYPE_RANK[feature.properties.subtype] ?? 0;
  const level = feature.properties.level;
  return (level === 'national' ? 2.5e6 : level === 'joint' ? 1.5e6 : 0.5e6) + rank * 1000;
}

interface Candidate {
  id: string;
  kind: 'seat' | 'project';
  key: string;
  priority: number;
  lines: string[];
  /** the whole name, for the numbered key (the label's lines may be cut) */
  fullText: string;
  width: number;
  height: number;
  bold: boolean;
  spots: LabelSpot[];
  /** the symbol or line point a leader or number refers to */
  anchor: [number, number] | null;
  dot?: [number, number];
}

function within(box: Box, frame: Box): boolean {
  return box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
}

/** Point symbols' radius on the page (symbols are 16 px at the 1080 px page; approximate ones sit in a larger ring). */
function symbolRadius(feature: ProjectFeature, unit: number): number {
  return (feature.properties.precision === 'approximate' ? 11 : 8) * unit;
}

export function layoutExportLabels(input: LabelLayoutInput): LabelLayout {
  const { projection, frame, unit, fontSize, lang } = input;
  const gap = 3 * unit;
  const lineHeight = fontSize * 1.2;
  const leaderSteps = [2.5 * fontSize, 5 * fontSize];
  const block = (zh: string, en: string, size: number) => {
    // a long name takes two lines rather than a strip across the map; a bilingual one, one line per language
    // At most four lines (two for the Chinese of a bilingual one); a longer name is cut where a
    // phrase ends, with an ellipsis, and the numbered key gives it whole.
    const wrap = (text: string, maxLines: number) => wrapClamped(text, Math.max(frame.width * 0.22, 12 * size), size, maxLines);
    const both = lang === 'both' && zh !== en;
    const first = both ? wrap(zh, 2) : wrap(pickLabel(lang, zh, en), MAX_LABEL_LINES);
    const lines = both ? [...first, ...wrap(en, MAX_LABEL_LINES - first.length)] : first;
    return { lines, fullText: both ? `${zh} ${en}` : pickLabel(lang, zh, en), width: Math.max(...lines.map((l) => estimateWidth(l, size))), height: lines.length * size * 1.2 };
  };
  const obstacles: Box[] = [...input.obstacles];
  const candidates: Candidate[] = [];
  for (const seat of input.seats) {
    const p = projection([seat.lon, seat.lat]);
    if (!p) continue;
    const text = pickLabel(lang, seat.name_zh, seat.name_en);
    const width = estimateWidth(text, fontSize);
    const r = SEAT_DOT * unit;
    // beside its dot on the right as on the map, else on its left
    const spots = [{ x: p[0] + r + gap + width / 2, y: p[1], leader: false }, { x: p[0] - r - gap - width / 2, y: p[1], leader: false }];
    candidates.push({ id: `seat:${seat.adcode}`, kind: 'seat', key: seat.adcode, priority: seat.priority, lines: [text], fullText: text, width, height: lineHeight, bold: false, spots, anchor: [p[0], p[1]], dot: [p[0], p[1]] });
  }
  for (const feature of input.features) {
    const selected = feature.id === input.selectedId;
    const { lines, fullText, width, height } = block(feature.properties.name_zh, feature.properties.name_en, fontSize);
    const anchor = featureAnchor(feature, projection, frame);
    let spots: LabelSpot[] = [];
    if (feature.geometry.type === 'Point' && anchor) {
      const r = symbolRadius(feature, unit);
      obstacles.push({ x: anchor[0] - r, y: anchor[1] - r, width: 2 * r, height: 2 * r });
      spots = spotsAroundPoint(anchor[0], anchor[1], r, width, height, gap, leaderSteps);
    } else if (feature.geometry.type === 'LineString') {
      spots = spotsAlongLine(feature, projection, frame, height, gap);
    } else if (anchor) {
      spots = [{ x: anchor[0], y: anchor[1], leader: false }, ...spotsAroundPoint(anchor[0], anchor[1], 0, width, height, gap, leaderSteps)];
    }
    if (!anchor && spots.length === 0) continue;
    candidates.push({ id: `project:${feature.id}`, kind: 'project', key: feature.id, priority: projectPriority(feature, selected), lines, fullText, width, height, bold: selected, spots, anchor });
  }
  // The map's greedy placement (src/cartography/label-placement.ts): by priority, each name takes
  // its first spot inside the frame that touches no name placed before (kept `gap` apart) and no
  // obstacle. It works in the frame's own coordinates, from its top-left corner.
  const local = (box: Box): Box => ({ ...box, x: box.x - frame.x, y: box.y - frame.y });
  const dotBoxOf = (c: Candidate): Box[] => (c.dot ? [{ x: c.dot[0] - SEAT_DOT * unit, y: c.dot[1] - SEAT_DOT * unit, width: 2 * SEAT_DOT * unit, height: 2 * SEAT_DOT * unit }] : []);
  const placed = placeCandidates(
    candidates.map((c) => ({
      id: c.id,
      priority: c.priority,
      // a seat's dot is part of what it claims
      positions: c.spots.map((spot) => ({ boxes: [boxAt(spot, c.width, c.height), ...dotBoxOf(c)].map(local), place: { candidate: c, spot } })),
    })),
    { viewport: { width: frame.width, height: frame.height }, padding: gap, obstacles: obstacles.map(local) },
  );
  const taken: Box[] = placed.flatMap(({ place: { candidate: c, spot } }) => [boxAt(spot, c.width, c.height), ...dotBoxOf(c)]);
  const labels: ExportLabel[] = placed.map(({ place: { candidate: c, spot } }) => ({
    id: c.id, kind: c.kind, key: c.key, lines: c.lines, x: spot.x, y: spot.y, width: c.width, height: c.height, fontSize, bold: c.bold,
    ...(spot.leader && c.anchor ? { leaderTo: c.anchor } : {}), ...(c.dot ? { dot: c.dot } : {}),
  }));
  const named = new Set(placed.map((p) => p.id));
  const unplaced = [...candidates].sort(byPriority).filter((c) => !named.has(c.id) && c.kind === 'project' && c.anchor);
  const free = (box: Box) => within(box, frame) && !taken.some((t) => boxesOverlap(box, t, gap)) && !obstacles.some((o) => boxesOverlap(box, o, 0));

  // Numbers read top to bottom, left to right on the page.
  const numbered = unplaced.sort((a, b) => a.anchor![1] - b.anchor![1] || a.anchor![0] - b.anchor![0]).slice(0, input.maxKey ?? 40);
  const key: KeyEntry[] = [];
  for (const c of numbered) {
    const text = String(key.length + 1);
    const size = fontSize * 0.9;
    const side = Math.max(estimateWidth(text, size) + 6 * unit, size * 1.3);
    const spots = spotsAroundPoint(c.anchor![0], c.anchor![1], 8 * unit, side, side, gap * 0.5, [1.5, 3, 5, 8].map((s) => s * fontSize));
    const spot = spots.find((s) => free(boxAt(s, side, side)));
    if (!spot) continue;
    taken.push(boxAt(spot, side, side));
    key.push({ number: key.length + 1, id: c.key, text: c.fullText });
    labels.push({ id: `number:${c.key}`, kind: 'number', key: c.key, lines: [text], x: spot.x, y: spot.y, width: side, height: side, fontSize: size, bold: true, ...(spot.leader ? { leaderTo: c.anchor! } : {}) });
  }
  return { labels, key };
}
