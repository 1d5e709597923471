// Label candidates for the context places: prefecture seats (a dot and a name beside it), county
// names (centred on the county's seat, from zoom 8) and river names (along the river).
import { localName } from '../i18n/translate';
import type { Box } from './box-index';
import type { LabelPosition, PlacementCandidate } from './label-placement';
import { TIER, lineLabelText, tierPriority, type LabelStyleName } from './label-styles';
import { levelLineSpots, lineLabelSpots, type ScreenPoint } from './line-label';
import { DOT_RADIUS, blockOf, measureBlock, nameLinesOf, unitOf, type DrawnSymbol, type LabelPlace, type MapLabelInput, type TextAlign } from './label-input';

export const COUNTY_LABEL_MIN_ZOOM = 8;
export const RIVER_LABEL_MIN_ZOOM = 9;
/** 长江 and 金沙江 (Natural Earth scalerank ≤ 1) are named from this zoom */
export const MAJOR_RIVER_MIN_ZOOM = 7;

type Candidate = PlacementCandidate<LabelPlace>;

const boxAt = (cx: number, cy: number, width: number, height: number): Box => ({ x: cx - width / 2, y: cy - height / 2, width, height });

/**
 * The usual order of positions around a point (right, left, above, below, then the diagonals), each
 * as the centre of a w × h block whose near edge is `clearance` pixels from the point. A diagonal
 * block's near corner is `diagonalReach` from the point on each axis: 0.7 × clearance hugs a round
 * dot; around a symbol, which the layout keeps clear of as a square, it must be the full clearance.
 */
export function aroundPoint(x: number, y: number, clearance: number, width: number, height: number, diagonals: boolean, diagonalReach = clearance * 0.7): [number, number, TextAlign][] {
  const dx = clearance + width / 2;
  const dy = clearance + height / 2;
  const sides: [number, number, TextAlign][] = [
    [x + dx, y, 'start'],
    [x - dx, y, 'end'],
    [x, y - dy, 'middle'],
    [x, y + dy, 'middle'],
  ];
  if (!diagonals) return sides;
  const k = diagonalReach;
  return [
    ...sides,
    [x + k + width / 2, y - k - height / 2, 'start'],
    [x + k + width / 2, y + k + height / 2, 'start'],
    [x - k - width / 2, y - k - height / 2, 'end'],
    [x - k - width / 2, y + k + height / 2, 'end'],
  ];
}

/** How far from its dot a capital's name may stand: beside it, then clear of a symbol on the seat, then two wider rings. */
const CAPITAL_RINGS = [DOT_RADIUS + 3, 14, DOT_RADIUS + 14, DOT_RADIUS + 26];

function seatStyle(priority: number): LabelStyleName {
  // seatLabelPriority: rank × 1e6 + area; rank 3 the capitals, 2 prefectures, 1 Chongqing's districts and counties
  return priority >= 3e6 ? 'capital' : priority >= 2e6 ? 'seat' : 'district';
}

export function seatCandidates(input: MapLabelInput): Candidate[] {
  return (input.seats ?? []).flatMap((seat) => {
    const style = seatStyle(seat.priority);
    const tier = style === 'capital' ? TIER.capital : style === 'seat' ? TIER.prefectureSeat : TIER.districtSeat;
    const [x, y] = input.project(seat.lon, seat.lat);
    const lines = nameLinesOf(input, seat, style, () => [localName(seat, input.lang)]);
    const { width, height } = blockOf(lines, style, input);
    const u = unitOf(input);
    // Beside the dot first; then clear of a project symbol drawn on the seat itself (a project placed
    // at city precision sits on its seat); the capitals try a further ring when projects crowd them.
    const rings = (style === 'capital' ? CAPITAL_RINGS : [DOT_RADIUS + 3, 14]).map((r) => r * u);
    const centres = rings.flatMap((clearance, i) => aroundPoint(x, y, clearance, width, height, i > 0 || style !== 'district'));
    const positions: LabelPosition<LabelPlace>[] = centres.map(([cx, cy, align]) => ({
      // the dot is not claimed: a project placed on the same seat draws over it
      boxes: [boxAt(cx, cy, width, height)],
      place: { id: `seat:${seat.adcode}`, kind: 'seat', style, key: seat.adcode, lines, x: cx, y: cy, align, angle: 0, width, height, dot: [x, y] },
    }));
    return [{ id: `seat:${seat.adcode}`, priority: tierPriority(tier, seat.priority % 1e6), positions }];
  });
}

/** The gap, in the page's units, between a symbol over a capital's seat and the capital's name set beside it. */
const CAPITAL_SYMBOL_GAP = 3;

/**
 * The capitals' names also try the places around a symbol drawn over their seat (a cluster of the
 * city's projects is often centred near it and wider than the name's usual rings): each position
 * just clear of the disc, nearest to the seat first, after the usual ones. Without them the name of
 * a capital under a large cluster is left out. Symbols change with the filters, so these positions
 * are added at each layout, not kept with the view's candidates.
 */
export function capitalsClearOfSymbols(candidates: readonly Candidate[], symbols: readonly DrawnSymbol[], unit = 1): Candidate[] {
  return candidates.map((candidate) => {
    const first = candidate.positions[0]?.place;
    if (!first || first.kind !== 'seat' || first.style !== 'capital' || !first.dot) return candidate;
    const [x, y] = first.dot;
    const { width, height } = first;
    // Only a symbol drawn over the seat or touching its dot's nearest ring: beside a neighbouring
    // symbol the name would stand for that symbol's place (on a phone, Chongqing's name under the
    // cluster of Luzhou's projects).
    const covering = symbols.filter((s) => Math.hypot(s.x - x, s.y - y) <= s.radius + CAPITAL_RINGS[1]! * unit);
    if (covering.length === 0) return candidate;
    const extra = covering
      .flatMap((s) => aroundPoint(s.x, s.y, s.radius + CAPITAL_SYMBOL_GAP * unit, width, height, true, s.radius + CAPITAL_SYMBOL_GAP * unit))
      .sort((a, b) => Math.hypot(a[0] - x, a[1] - y) - Math.hypot(b[0] - x, b[1] - y))
      .map(([cx, cy, align]): LabelPosition<LabelPlace> => ({ boxes: [boxAt(cx, cy, width, height)], place: { ...first, x: cx, y: cy, align } }));
    return { ...candidate, positions: [...candidate.positions, ...extra] };
  });
}

export function countyCandidates(input: MapLabelInput): Candidate[] {
  if (input.zoom < COUNTY_LABEL_MIN_ZOOM) return [];
  // a unit already named by a seat label (Chongqing's districts are both) is not named twice
  const seats = new Set((input.seats ?? []).map((seat) => seat.adcode));
  return (input.counties ?? []).flatMap((county) => {
    if (seats.has(county.adcode)) return [];
    const [x, y] = input.project(county.lon, county.lat);
    if (x < -200 || y < -200 || x > input.viewport.width + 200 || y > input.viewport.height + 200) return [];
    const lines = nameLinesOf(input, county, 'county', () => [localName(county, input.lang)]);
    const { width, height } = blockOf(lines, 'county', input);
    const centres: [number, number][] = [[x, y], [x, y - height], [x, y + height]];
    const place = (cx: number, cy: number): LabelPosition<LabelPlace> => ({
      boxes: [boxAt(cx, cy, width, height)],
      place: { id: `county:${county.adcode}`, kind: 'county', style: 'county', key: county.adcode, lines, x: cx, y: cy, align: 'middle', angle: 0, width, height },
    });
    return [{ id: `county:${county.adcode}`, priority: tierPriority(TIER.county), positions: centres.map(([cx, cy]) => place(cx, cy)) }];
  });
}

/** Runs of a projected line that lie within the viewport grown by `margin` (off-screen parts are not labelled). */
export function visibleRuns(points: readonly ScreenPoint[], viewport: { width: number; height: number }, margin: number): ScreenPoint[][] {
  const runs: ScreenPoint[][] = [];
  let run: ScreenPoint[] = [];
  for (const p of points) {
    const inside = p[0] >= -margin && p[1] >= -margin && p[0] <= viewport.width + margin && p[1] <= viewport.height + margin;
    if (inside) run.push(p);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.length >= 2);
}

/** Candidates along a line: its visible runs, longest first, each offering its best spots on either side. */
export function alongLine(
  input: MapLabelInput,
  parts: readonly (readonly (readonly [number, number])[])[],
  base: Omit<LabelPlace, 'x' | 'y' | 'align' | 'angle' | 'width' | 'height'>,
  offset: number,
): LabelPosition<LabelPlace>[] {
  const runs = parts.flatMap((part) => visibleRuns(part.map(([lon, lat]) => input.project(lon, lat)), input.viewport, 40));
  if (runs.length === 0) return [];
  const { width, height } = blockOf(base.lines, base.style, input);
  const spotsOf = input.page?.levelLineLabels ? levelLineSpots : lineLabelSpots;
  const length = (run: readonly ScreenPoint[]) => run.reduce((sum, p, i) => (i === 0 ? 0 : sum + Math.hypot(p[0] - run[i - 1]![0], p[1] - run[i - 1]![1])), 0);
  return runs
    .map((run) => ({ run, length: length(run) }))
    .sort((a, b) => b.length - a.length)
    .slice(0, 3)
    .flatMap(({ run }) => spotsOf(run, { width, height, offset: offset * unitOf(input) }))
    .map((spot) => ({ boxes: spot.boxes, place: { ...base, x: spot.x, y: spot.y, align: 'middle' as const, angle: spot.angle, width, height } }));
}

export function riverCandidates(input: MapLabelInput): Candidate[] {
  return (input.rivers ?? []).flatMap((river) => {
    const minZoom = river.scalerank <= 1 ? MAJOR_RIVER_MIN_ZOOM : RIVER_LABEL_MIN_ZOOM;
    if (input.zoom < minZoom) return [];
    const lines = nameLinesOf(input, river, 'river', () => [lineLabelText(input.lang === 'zh' ? river.name_zh : river.name_en)]);
    const positions = alongLine(input, river.lines, { id: `river:${river.id}`, kind: 'river', style: 'river', key: river.id, lines }, 3);
    return positions.length > 0 ? [{ id: `river:${river.id}`, priority: tierPriority(TIER.river, 100 - river.scalerank), positions }] : [];
  });
}
