// The names on the exported page: prefecture seats and the shown projects, placed by the map's own
// layout (src/cartography/map-labels.ts: the same priorities, positions and collision rules) with the
// page's options: every shown project competes whatever the zoom, sizes are the preset's points,
// names wrap as the page needs, a name that only fits farther out gets a leader line, corridor names
// lie level beside their line. A project with no room at all gets a number beside its symbol and a
// row in the numbered key. Labels never overlap each other, the point symbols or the map furniture
// (scale bar, north arrow, locator). Pure: page pixels in, label boxes out.
import type { GeoProjection } from 'd3-geo';
import type { ProjectFeature } from '../types.ts';
import { pickLabel, type ExportLang, type ExportSeat } from './export-input.ts';
import type { Box } from './layout.ts';
import { boxAt, featureAnchor, spotsAroundPoint, type LabelSpot } from './label-candidates.ts';
import { leaderBoxes, type Leader } from '../cartography/leader.ts';
import { leaderToSymbol, seatLeaders } from '../cartography/page-leaders.ts';
import { segmentCrossesBox, segmentsCross, type Segment } from './leader-lines.ts';
import { estimateWidth, wrapClamped, wrapText } from './text-measure.ts';
import { rotatedBoxes } from '../cartography/line-label.ts';
import { boxesOverlap } from '../cartography/box-index.ts';
import { pointSymbol } from '../style/symbology.ts';
import { pointShapeReach } from '../style/point-shapes.ts';
import { layoutMapLabels, type DrawnSymbol, type PageLabelOptions } from '../cartography/map-labels.ts';
import { LABEL_STYLES, lineLabelText, type LabelStyleName } from '../cartography/label-styles.ts';
import { projectLabelPriority } from '../cartography/project-labels.ts';

/** Rings around a crowded symbol where its number may go, in label sizes (farther ones with a leader). */
const NUMBER_RINGS = [1.5, 2.5, 3.5, 5, 6.5, 8, 10, 12, 14.5, 17, 20, 23, 26, 30];

/**
 * How close (in label sizes) a crowded project must be to a number already on the page to share it
 * rather than take a number of its own far out on a leader: about a centimetre on A4.
 */
const NUMBER_GROUP_REACH = 4;
/** How many of the rings around a line's or an area's anchor take its number without a leader. */
const LEADERLESS_RINGS = 3;

/** The most projects one number stands for: a key row longer than that stops being read. */
const NUMBER_GROUP_SIZE = 5;

/** The longest leader a number may take, in label sizes: farther off, it shares a neighbour's number. */
const MAX_NUMBER_LEADER = 6;

/** The most lines a project's name takes on the map. */
const MAX_LABEL_LINES = 4;

export interface ExportLabel {
  /** `seat:<adcode>`, `project:<id>` or `number:<id>` */
  id: string;
  kind: 'seat' | 'project' | 'number';
  /** which edge of the block the text holds to: the side facing its symbol */
  align: 'start' | 'middle' | 'end';
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
  /** the line joining a label set away from its symbol to it: from the label's box to the symbol's edge */
  leader?: Leader;
  /** a seat's dot */
  dot?: [number, number];
}

export interface KeyEntry {
  number: number;
  /** the project the number stands beside */
  id: string;
  /** every project the number stands for: its own, then the crowded neighbours sharing it */
  members: string[];
  /** their names, in that order */
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
  /** at most this many numbered projects: the key's room on the page (0 on a social card, which has no key) */
  maxKey?: number;
}

export interface LabelLayout {
  labels: ExportLabel[];
  key: KeyEntry[];
  /** projects in the frame left without a name or a number (no room in the key) */
  unlisted: number;
}

function within(box: Box, frame: Box): boolean {
  return box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;
}

/**
 * How far a point symbol reaches on the page, as drawn (map-layers.ts: the shape at its size, 1.6
 * times for the selected one, and half its outline): a diamond or a star reaches past the circle
 * its size names, and a name must keep clear of all of it.
 */
function symbolRadius(feature: ProjectFeature, unit: number, selected: boolean): number {
  const symbol = pointSymbol(feature.properties);
  const size = symbol.size * unit * (selected ? 1.6 : 1);
  return (size / 2) * pointShapeReach(symbol.shape) + (symbol.strokeWidth * unit) / 2;
}

/** The page's options for the map's layout: sizes in the preset's points, the page's wrapping, leaders. */
function pageOptions(input: LabelLayoutInput): PageLabelOptions {
  const { fontSize, lang, frame, unit } = input;
  // the map's type scale, with the project size at the page's label size and nothing below it
  const typeSize = (style: LabelStyleName) => Math.max(fontSize, (fontSize * LABEL_STYLES[style].size) / LABEL_STYLES.project.size);
  return {
    allProjects: true,
    unit,
    typeSize,
    leaderRings: [2.5 * fontSize, 5 * fontSize],
    leaderBoxes: (symbol, box) => leaderBoxes(symbol, box, unit),
    seatLeaders,
    levelLineLabels: true,
    nameLines({ name_zh, name_en }, style) {
      const size = typeSize(style);
      if (style !== 'project' && style !== 'area' && style !== 'corridor') return [pickLabel(lang, name_zh, name_en)];
      const [zh, en] = style === 'corridor' ? [lineLabelText(name_zh), lineLabelText(name_en)] : [name_zh, name_en];
      // A long name takes lines rather than a strip across the map: at most four (two for the Chinese
      // of a bilingual one), cut where a phrase ends, with an ellipsis; the numbered key gives it whole.
      const width = Math.max(frame.width * 0.22, 12 * size);
      // A corridor's name is given whole (wrapped), never cut: it sits beside its line, which has the
      // room, and a line has no symbol for a number to sit beside.
      if (style === 'corridor') return lang === 'both' && zh !== en ? [...wrapText(zh, width, size), ...wrapText(en, width, size)] : wrapText(pickLabel(lang, zh, en), width, size);
      const wrap = (text: string, maxLines: number) => wrapClamped(text, width, size, maxLines);
      if (lang === 'both' && zh !== en) {
        const first = wrap(zh, 2);
        return [...first, ...wrap(en, MAX_LABEL_LINES - first.length)];
      }
      return wrap(pickLabel(lang, zh, en), MAX_LABEL_LINES);
    },
  };
}

export function layoutExportLabels(input: LabelLayoutInput): LabelLayout {
  const { projection, frame, unit, fontSize, lang } = input;
  const gap = 3 * unit;
  const page = pageOptions(input);
  // The map's layout works in its viewport's pixels, from the frame's top-left corner.
  const local = (box: Box): Box => ({ ...box, x: box.x - frame.x, y: box.y - frame.y });
  const project = (lon: number, lat: number): readonly [number, number] => {
    const p = projection([lon, lat]);
    return p ? [p[0] - frame.x, p[1] - frame.y] : [-1e6, -1e6];
  };
  const symbols: DrawnSymbol[] = input.features.flatMap((feature) => {
    if (feature.geometry.type !== 'Point') return [];
    const [x, y] = project(...(feature.geometry.coordinates as [number, number]));
    return [{ id: feature.id, x, y, radius: symbolRadius(feature, unit, feature.id === input.selectedId) }];
  });
  // The corridor lines, as chains of thin boxes: names keep off them where another place allows.
  const lineBoxes: Box[] = input.features.flatMap((feature) => {
    if (feature.geometry.type !== 'LineString') return [];
    const points = (feature.geometry.coordinates as [number, number][]).map(([lon, lat]) => project(lon, lat));
    return points.slice(1).flatMap((b, i) => {
      const a = points[i]!;
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      const offPage = Math.max(a[0], b[0]) < 0 || Math.max(a[1], b[1]) < 0 || Math.min(a[0], b[0]) > frame.width || Math.min(a[1], b[1]) > frame.height;
      if (length < 0.5 || offPage) return [];
      return rotatedBoxes((a[0] + b[0]) / 2, (a[1] + b[1]) / 2, length, 4 * unit, (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI);
    });
  });
  const placed = layoutMapLabels({
    lang: lang === 'en' ? 'en' : 'zh',
    zoom: 0,
    viewport: { width: frame.width, height: frame.height },
    project,
    measure: (text, style) => estimateWidth(text, page.typeSize(style)),
    features: input.features,
    selectedId: input.selectedId,
    seats: input.seats,
    symbols,
    obstacles: input.obstacles.map(local),
    softObstacles: lineBoxes,
    page,
  });
  const shift = (p: readonly [number, number]): [number, number] => [p[0] + frame.x, p[1] + frame.y];
  const symbolRadiusAt = new Map(symbols.map((s) => [`project:${s.id}`, s.radius]));
  // a seat's leader comes with it; a project's runs from its box to the edge of its symbol
  const leaderOfPlaced = (l: (typeof placed)[number]): Leader | undefined => {
    if (l.leader) return { from: shift(l.leader.from), to: shift(l.leader.to) };
    if (!l.leaderTo) return undefined;
    const box = { x: l.x + frame.x - l.width / 2, y: l.y + frame.y - l.height / 2, width: l.width, height: l.height };
    const [x, y] = shift(l.leaderTo);
    return leaderToSymbol(box, { x, y, radius: symbolRadiusAt.get(l.id) ?? 0 }) ?? undefined;
  };
  const labels: ExportLabel[] = placed.map((l) => {
    const leader = leaderOfPlaced(l);
    return {
      id: l.id,
      kind: l.kind === 'seat' ? 'seat' : 'project',
      align: l.align,
      key: l.key,
      lines: l.lines,
      x: l.x + frame.x,
      y: l.y + frame.y,
      width: l.width,
      height: l.height,
      fontSize: page.typeSize(l.style),
      bold: l.style === 'capital' || (l.kind !== 'seat' && l.key === input.selectedId),
      ...(leader ? { leader } : {}),
      ...(l.dot ? { dot: shift(l.dot) } : {}),
    };
  });

  // What the names left: numbers go where nothing is, clear of the labels, the symbols and the furniture.
  const taken: Box[] = placed.flatMap((l) => l.boxes.map((b) => ({ ...b, x: b.x + frame.x, y: b.y + frame.y })));
  const obstacles: Box[] = [...input.obstacles, ...symbols.map((s) => ({ x: s.x + frame.x - s.radius, y: s.y + frame.y - s.radius, width: 2 * s.radius, height: 2 * s.radius }))];
  const free = (box: Box) => within(box, frame) && !taken.some((t) => boxesOverlap(box, t, gap)) && !obstacles.some((o) => boxesOverlap(box, o, 0));
  const named = new Set(placed.map((l) => l.id));
  const unnamed = input.features
    .filter((f) => !named.has(`project:${f.id}`))
    .flatMap((feature) => {
      const anchor = featureAnchor(feature, projection, frame);
      return anchor ? [{ feature, anchor }] : [];
    });

  // Projects get numbers in the order the map gives names (label priority: the selected project, then
  // national before lesser ones, the kinds planners look for first; top to bottom, left to right among
  // equals), as many as the key has room for (the page says how many more are shown without one); the
  // numbers themselves are then given in reading order, top to bottom and left to right, so a reader
  // finds number 12 near 11 and 13. A number takes the first free spot right beside its symbol; where the
  // symbols are crowded, a project near one already numbered shares its number (its key row lists them
  // all, as a designer numbers a cluster) rather than sending a number far out on a leader that crosses
  // the others; only a project with no numbered neighbour gets a number farther out, with a leader
  // (which claims its line, as a name's does).
  const radiusOf = new Map(symbols.map((s) => [s.id, s.radius]));
  const priority = new Map(unnamed.map(({ feature }) => [feature.id, projectLabelPriority(feature, feature.id === input.selectedId)]));
  const ordered = unnamed.sort((a, b) => priority.get(b.feature.id)! - priority.get(a.feature.id)! || a.anchor[1] - b.anchor[1] || a.anchor[0] - b.anchor[0]);
  const maxKey = input.maxKey ?? Infinity;
  const key: KeyEntry[] = [];
  const numberAnchors: [number, number][] = [];
  const nameOf = (feature: ProjectFeature) => {
    const { name_zh, name_en } = feature.properties;
    return lang === 'both' && name_zh !== name_en ? `${name_zh} ${name_en}` : pickLabel(lang, name_zh, name_en);
  };
  const groupReach = NUMBER_GROUP_REACH * fontSize;
  // What a new number must keep clear of, exactly: every label's box and every leader line so far.
  const labelBoxes: Box[] = labels.map((l) => ({ x: l.x - l.width / 2, y: l.y - l.height / 2, width: l.width, height: l.height }));
  const leaderLines: Segment[] = labels.flatMap((l) => (l.leader ? [l.leader] : []));
  let listed = 0;
  // the page's label size: a number is read as a name is, and keeps the preset's minimum
  const size = fontSize;
  // every number's box as wide as the widest number the key can reach: the numbers are given after placing
  const side = Math.max(estimateWidth(String(Math.min(maxKey, ordered.length)), size) + 6 * unit, size * 1.3);
  // A project with no free spot close by and no numbered neighbour yet waits for the projects after it:
  // once they are numbered it may share a neighbour's number, and only then, if it still can't, shares
  // the nearest number with room or takes a spot whose leader crosses another.
  const waiting: typeof ordered = [];
  const numberOne = ({ feature, anchor }: (typeof ordered)[number], last: boolean): void => {
    const text = String(key.length + 1);
    const symbolRadius = radiusOf.get(feature.id);
    const radius = symbolRadius ?? 8 * unit;
    // A line's or an area's anchor has no symbol: a name may lie over it, so its leader is claimed
    // from the anchor itself; and a number a little way off within the area or beside the line reads
    // without a leader, so the nearer rings are tried without one first.
    const rings = NUMBER_RINGS.map((s) => s * fontSize);
    const spots = symbolRadius !== undefined ? spotsAroundPoint(anchor[0], anchor[1], radius, side, side, gap * 0.5, rings) : [...spotsAroundPoint(anchor[0], anchor[1], radius, side, side, gap * 0.5, rings.slice(0, LEADERLESS_RINGS)).map((spot) => ({ ...spot, leader: false })), ...spotsAroundPoint(anchor[0], anchor[1], radius, side, side, gap * 0.5, rings).filter((spot) => spot.leader)];
    const claimOf = (spot: LabelSpot) => {
      const box = boxAt(spot, side, side);
      return spot.leader ? [box, ...leaderBoxes({ x: anchor[0], y: anchor[1], radius: symbolRadius ?? 0 }, box, unit)] : [box];
    };
    const leaderOf = (spot: LabelSpot): Leader => leaderToSymbol(boxAt(spot, side, side), { x: anchor[0], y: anchor[1], radius: symbolRadius ?? 0 }) ?? { from: anchor, to: anchor };
    // no leader runs through the number's box, and its own leader (a short one) crosses no label or leader
    const lineClear = (spot: LabelSpot) => {
      const box = boxAt(spot, side, side);
      if (leaderLines.some((line) => segmentCrossesBox(line, box))) return false;
      if (!spot.leader) return true;
      const line = leaderOf(spot);
      return Math.hypot(spot.x - anchor[0], spot.y - anchor[1]) <= MAX_NUMBER_LEADER * fontSize && !labelBoxes.some((b) => segmentCrossesBox(line, b)) && !leaderLines.some((other) => segmentsCross(line, other));
    };
    const beside = key.length < maxKey ? spots.find((s) => !s.leader && claimOf(s).every(free) && lineClear(s)) : undefined;
    // the nearest number already on the page within `reach` that has room for one more project
    const nearestNumber = (reach: number, size: number): number => {
      let found = -1;
      let nearest = reach;
      numberAnchors.forEach(([x, y], index) => {
        if (key[index]!.members.length >= size) return;
        const distance = Math.hypot(x - anchor[0], y - anchor[1]);
        if (distance <= nearest) [found, nearest] = [index, distance];
      });
      return found;
    };
    const share = (index: number) => {
      const entry = key[index]!;
      entry.members.push(feature.id);
      entry.text = `${entry.text}${lang === 'en' ? '; ' : '；'}${nameOf(feature)}`;
      listed += 1;
    };
    if (!beside) {
      const near = nearestNumber(groupReach, NUMBER_GROUP_SIZE);
      if (near >= 0) {
        share(near);
        return;
      }
    }
    if (key.length >= maxKey && !beside) return;
    const clean = beside ?? spots.find((s) => claimOf(s).every(free) && lineClear(s));
    if (!clean) {
      // no spot with a short, free line to it: rather than a long leader or one crossing other labels,
      // a number a little farther off stands for this project too, else the nearest with room
      const farther = nearestNumber(2 * groupReach, 2 * NUMBER_GROUP_SIZE);
      // (the nearest number anywhere only once every other project has had its turn: the first numbers
      // on the page may be far off, and a number stands for its neighbours, not for a project across the map)
      const any = farther >= 0 ? farther : last ? nearestNumber(Infinity, 2 * NUMBER_GROUP_SIZE) : -1;
      if (any >= 0) {
        share(any);
        return;
      }
    }
    if (!clean && !last) {
      waiting.push({ feature, anchor });
      return;
    }
    // still none: a free spot whose leader crosses something; none at all (a page packed edge to
    // edge): the nearest spot covering no name, else the nearest on the page, so the project still
    // has its number and its key entry
    const spot =
      clean ??
      spots.find((s) => free(boxAt(s, side, side))) ??
      spots.find((s) => within(boxAt(s, side, side), frame) && !taken.some((t) => boxesOverlap(boxAt(s, side, side), t, 0))) ??
      spots.find((s) => within(boxAt(s, side, side), frame)) ??
      { x: anchor[0], y: anchor[1], leader: false };
    taken.push(...claimOf(spot));
    labelBoxes.push(boxAt(spot, side, side));
    const leader = spot.leader ? leaderOf(spot) : undefined;
    if (leader) leaderLines.push(leader);
    key.push({ number: key.length + 1, id: feature.id, members: [feature.id], text: nameOf(feature) });
    numberAnchors.push(anchor);
    listed += 1;
    labels.push({ id: `number:${feature.id}`, kind: 'number', align: 'middle', key: feature.id, lines: [text], x: spot.x, y: spot.y, width: side, height: side, fontSize: size, bold: true, ...(leader ? { leader } : {}) });
  };
  for (const item of ordered) numberOne(item, false);
  for (const item of waiting) numberOne(item, true);
  const inReadingOrder = renumbered(labels, key, numberAnchors);
  return { ...inReadingOrder, unlisted: unnamed.length - listed };
}

/**
 * Gives the placed numbers in reading order: the key's entries sorted by where their projects are, top
 * to bottom and left to right, numbered 1, 2, … in that order, and each number label the text of its entry.
 */
function renumbered(labels: ExportLabel[], key: readonly KeyEntry[], anchors: readonly [number, number][]): { labels: ExportLabel[]; key: KeyEntry[] } {
  const order = key.map((_, i) => i).sort((a, b) => anchors[a]![1] - anchors[b]![1] || anchors[a]![0] - anchors[b]![0]);
  const numbered = order.map((index, position) => ({ ...key[index]!, number: position + 1 }));
  const numberOf = new Map(numbered.map((entry) => [`number:${entry.id}`, entry.number]));
  return { labels: labels.map((label) => (label.kind === 'number' && numberOf.has(label.id) ? { ...label, lines: [String(numberOf.get(label.id))] } : label)), key: numbered };
}
