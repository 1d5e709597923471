// Which names the map shows and where: one pure layout from the scene's shown projects, the context
// places (seats, counties, rivers), the zoom and a text-measuring function. The map draws the result
// as DOM, the export as SVG, so both name the same things in the same places.
//
// What is named: prefecture seats at every zoom (the two capitals first); the national projects at
// every zoom, the others from zoom 7 (joint) or 8; corridors along their line; zones at their anchor
// when their extent is a distinct shape on screen; county names from zoom 8; the major rivers from
// zoom 7 and every river from zoom 9; the named features of imported and published layers as the
// projects that are neither national nor joint (user-labels.ts, given as `extra`). Labels avoid each other, the point symbols and the given
// obstacles (legend, controls); whatever does not fit is left out, lowest priority first.
import type { Box } from './box-index';
import { placeCandidates, type PlacementCandidate } from './label-placement';
import { unitOf, type DrawnSymbol, type LabelPlace, type MapLabel, type MapLabelInput, type PlaceKind } from './label-input';
import { projectCandidates } from './project-labels';
import { capitalsClearOfSymbols, countyCandidates, riverCandidates, seatCandidates } from './place-labels';

/** The default symbols: a shown point feature's marker (approximate ones are drawn larger). */
export function pointSymbols(input: Pick<MapLabelInput, 'features' | 'project'>): DrawnSymbol[] {
  return input.features.flatMap((feature) => {
    if (feature.geometry.type !== 'Point') return [];
    const [lon, lat] = feature.geometry.coordinates as [number, number];
    const [x, y] = input.project(lon, lat);
    return [{ id: feature.id, x, y, radius: feature.properties.precision === 'approximate' ? 11 : 8 }];
  });
}

export function layoutMapLabels(input: MapLabelInput): MapLabel[] {
  const symbols = input.symbols ?? pointSymbols(input);
  // the imported layers' markers are drawn in their own pane: kept clear of as the projects' are
  const drawn = input.extra ? [...symbols, ...input.extra.symbols(input)] : symbols;
  const view = input.cache?.forView(input);
  const places = (kind: PlaceKind, sources: readonly unknown[], build: (input: MapLabelInput) => PlacementCandidate<LabelPlace>[]) => (view ? view.places(kind, sources, () => build(input)) : build(input));
  const seats = capitalsClearOfSymbols(places('seats', [input.seats], seatCandidates), drawn, unitOf(input));
  const candidates: PlacementCandidate<LabelPlace>[] = [
    ...(input.page?.seatLeaders?.(seats, drawn, unitOf(input)) ?? seats),
    ...projectCandidates(input, symbols, view),
    ...(input.extra?.candidates(input) ?? []),
    ...places('counties', [input.counties, input.seats], countyCandidates),
    ...places('rivers', [input.rivers], riverCandidates),
  ];
  const { width, height } = input.viewport;
  const obstacles: Box[] = [...(input.obstacles ?? [])];
  // only symbols on the screen can touch a label (labels never leave the viewport)
  for (const s of drawn) if (s.x + s.radius >= 0 && s.y + s.radius >= 0 && s.x - s.radius <= width && s.y - s.radius <= height) obstacles.push({ x: s.x - s.radius, y: s.y - s.radius, width: 2 * s.radius, height: 2 * s.radius });
  const softObstacles = input.softObstacles ?? [];
  return placeCandidates(candidates, { viewport: input.viewport, padding: 3 * unitOf(input), obstacles, softObstacles, index: input.index ?? 'grid' }).map(({ place, boxes }) => ({ ...place, boxes }));
}

export { createMapLabelCache } from './label-cache';
export type { ExtraLabels, CountyPlace, DrawnSymbol, MapLabel, MapLabelCache, MapLabelInput, PageLabelOptions, RiverPlace, SeatPlace } from './label-input';
