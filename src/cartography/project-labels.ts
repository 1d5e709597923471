// Label candidates for the shown projects: a point project's name beside its symbol, a corridor's
// name along its line, a zone's name at its anchor. National projects are named at every zoom, joint
// ones from zoom 7 and the rest from zoom 8; the selected project always competes first. Where names
// compete for room, a national project's (point, corridor or zone) comes before every lesser
// project's, and within a kind joint before provincial before those with no level.
import { LEVELS, type ProjectFeature } from '../types';
import { localName } from '../i18n/translate';
import type { Box } from './box-index';
import type { LabelPosition, PlacementCandidate } from './label-placement';
import { TIER, labelLines, lineLabelText, tierPriority } from './label-styles';
import { blockOf, nameLinesOf, unitOf, type DrawnSymbol, type LabelPlace, type MapLabelInput, type ViewCandidates } from './label-input';
import { alongLine, aroundPoint } from './place-labels';

type Candidate = PlacementCandidate<LabelPlace>;

/** Zoom from which a project of this level is named (national: always). */
export function projectMinZoom(level: ProjectFeature['properties']['level']): number {
  return level === 'national' ? 0 : level === 'joint' ? 7 : 8;
}

/** Within a tier, the kinds of place planners look for first. */
const SUBTYPE_RANK: Record<string, number> = {
  national_new_area: 9,
  science_city: 8,
  free_trade_zone: 7,
  international_airport: 6,
  provincial_new_area: 5,
  national_high_tech_zone: 5,
  national_economic_development_zone: 4,
  comprehensive_bonded_zone: 3,
  high_speed_rail: 6,
  land_sea_corridor: 5,
  waterway: 5,
  railway: 4,
  international_rail_freight: 3,
  expressway: 2,
};

/** Within a tier, the levels in the order of LEVELS (national, joint, provincial), then no level; the kind of place after that. */
function rankOf({ level, subtype }: ProjectFeature['properties']): number {
  const levelRank = level === null ? 0 : LEVELS.length - LEVELS.indexOf(level);
  return levelRank * 100 + (SUBTYPE_RANK[subtype] ?? 0);
}

function priorityOf(feature: ProjectFeature, selected: boolean, tiers: { national: number; other: number }): number {
  if (selected) return tierPriority(TIER.selected);
  const tier = feature.properties.level === 'national' ? tiers.national : tiers.other;
  return tierPriority(tier, rankOf(feature.properties));
}

/**
 * A shown project's place in the order names are given (higher first): the selected one, then by its
 * kind of geometry and tier (a national point, corridor, zone before every lesser one), then its rank.
 */
export function projectLabelPriority(feature: ProjectFeature, selected: boolean): number {
  const g = feature.geometry;
  if (g.type === 'Point') return priorityOf(feature, selected, { national: TIER.nationalProject, other: TIER.otherProject });
  if (g.type === 'LineString') return priorityOf(feature, selected, { national: TIER.nationalCorridor, other: TIER.otherCorridor });
  return priorityOf(feature, selected, { national: TIER.nationalArea, other: TIER.area });
}

function outerRings(feature: ProjectFeature): number[][][] {
  const g = feature.geometry;
  if (g.type === 'Polygon') return [g.coordinates[0] ?? []];
  if (g.type === 'MultiPolygon') return g.coordinates.map((polygon) => polygon[0] ?? []);
  return [];
}

/** The extent of a zone on screen. */
function screenExtent(feature: ProjectFeature, input: MapLabelInput): { width: number; height: number } {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of outerRings(feature)) {
    for (const [lon, lat] of ring) {
      const [x, y] = input.project(lon!, lat!);
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return { width: x1 - x0, height: y1 - y0 };
}

/** Within the view or close to it: a label of something far off the screen cannot be placed. */
const nearView = (x: number, y: number, viewport: { width: number; height: number }): boolean => x > -300 && y > -100 && x < viewport.width + 300 && y < viewport.height + 100;

const boxAt = (cx: number, cy: number, width: number, height: number): Box => ({ x: cx - width / 2, y: cy - height / 2, width, height });

/** The candidate of one shown project, or null when it is not named here (too far off the screen, a zone that fills the view). */
function projectCandidate(feature: ProjectFeature, input: MapLabelInput, symbol: DrawnSymbol | undefined, selected: boolean): Candidate | null {
  const name = (): string => localName(feature.properties, input.lang);
  const id = `project:${feature.id}`;
  const g = feature.geometry;
  let positions: LabelPosition<LabelPlace>[] = [];
  if (g.type === 'Point') {
    if (!symbol) return null;
    const lines = nameLinesOf(input, feature.properties, 'project', () => labelLines(name(), input.lang));
    const { width, height } = blockOf(lines, 'project', input);
    const near = symbol.radius + 3 * unitOf(input);
    // beside the symbol first; on a page, then farther out on rings joined to it by a leader line
    const rings = [near, ...(input.page?.leaderRings ?? []).map((ring) => near + ring)];
    positions = rings.flatMap((clearance, ring) =>
      aroundPoint(symbol.x, symbol.y, clearance, width, height, true).map(([x, y, align]) => {
        const box = boxAt(x, y, width, height);
        return {
          // a leader claims its line too, so no other name or symbol sits across it
          boxes: ring > 0 && input.page ? [box, ...input.page.leaderBoxes(symbol, box)] : [box],
          place: { id, kind: 'project' as const, style: 'project' as const, key: feature.id, lines, x, y, align, angle: 0, width, height, ...(ring > 0 ? { leaderTo: [symbol.x, symbol.y] as const } : {}) },
        };
      }),
    );
  } else if (g.type === 'LineString') {
    const lines = nameLinesOf(input, feature.properties, 'corridor', () => [lineLabelText(name())]);
    positions = alongLine(input, [g.coordinates as [number, number][]], { id, kind: 'corridor', style: 'corridor', key: feature.id, lines }, 3);
  } else {
    // a zone is named where it reads as a shape of its own, not when it fills most of the map
    const [ax, ay] = input.project(feature.properties.anchor[0], feature.properties.anchor[1]);
    if (!selected && !nearView(ax, ay, input.viewport)) return null;
    const extent = screenExtent(feature, input);
    const lines = nameLinesOf(input, feature.properties, 'area', () => labelLines(name(), input.lang));
    const { width, height } = blockOf(lines, 'area', input);
    const distinct = input.page?.allProjects || extent.width < input.viewport.width * 0.6 && extent.height < input.viewport.height * 0.6 && extent.width > width * 0.8;
    if (!distinct && !selected) return null;
    positions = [
      [ax, ay],
      [ax, ay - height],
      [ax, ay + height],
    ].map(([cx, cy]) => ({
      boxes: [boxAt(cx!, cy!, width, height)],
      place: { id, kind: 'area', style: 'area', key: feature.id, lines, x: cx!, y: cy!, align: 'middle', angle: 0, width, height },
    }));
  }
  return positions.length > 0 ? { id, priority: projectLabelPriority(feature, selected), positions } : null;
}

/**
 * Candidates of the shown projects. With the candidates kept for this view (`view`), a project whose
 * symbol and selection are unchanged reuses its candidate: a filter change builds only the new ones.
 */
export function projectCandidates(input: MapLabelInput, symbols: readonly DrawnSymbol[], view?: ViewCandidates): Candidate[] {
  const symbolOf = new Map<string, DrawnSymbol>();
  for (const symbol of symbols) if (symbol.id !== undefined) symbolOf.set(symbol.id, symbol);
  const candidates: Candidate[] = [];
  for (const feature of input.features) {
    const selected = feature.id === input.selectedId;
    if (!selected && !input.page?.allProjects && input.zoom < projectMinZoom(feature.properties.level)) continue;
    let symbol: DrawnSymbol | undefined;
    let stamp: number[];
    if (feature.geometry.type === 'Point') {
      symbol = symbolOf.get(feature.id);
      if (!symbol) continue; // drawn as part of a cluster: the cluster speaks for it
      if (!nearView(symbol.x, symbol.y, input.viewport)) continue;
      stamp = [symbol.x, symbol.y, symbol.radius, selected ? 1 : 0];
    } else stamp = [selected ? 1 : 0];
    const candidate = view ? view.feature(feature, stamp, () => projectCandidate(feature, input, symbol, selected)) : projectCandidate(feature, input, symbol, selected);
    if (candidate) candidates.push(candidate);
  }
  return candidates;
}
