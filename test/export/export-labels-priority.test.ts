// Which names come first on the exported page: the map's own label priority (TIER in
// src/cartography/label-styles.ts, priorityOf in src/cartography/project-labels.ts). The rule for a
// reader: a national project drawn on the page is named, not numbered, unless every place for its
// name is already taken by a capital's or prefecture seat's name, by the name of a national project
// ranked before it, by a point symbol or by the page's furniture (scale bar, north arrow, locator).
// No lesser project's name and no district seat's name ever takes its place. Among the rest, joint
// projects come before provincial ones, and those before projects with no level.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { LabelPlace } from '../../src/cartography/label-input.ts';
import type { PlacementCandidate, PlacementOptions, Placed } from '../../src/cartography/label-placement.ts';
import type { ExportInput } from '../../src/export/export-input.ts';
import { layoutExportLabels } from '../../src/export/export-labels.ts';
import { fitProjection } from '../../src/export/map-projection.ts';
import { renderExportPages, renderExportSvg } from '../../src/export/render-svg.ts';
import type { ProjectFeature } from '../../src/types.ts';
import { sampleInput } from '../fixtures/export/sample-input.ts';
import { realExportInput } from '../fixtures/export/real-input.ts';
import { keyRowsOf } from './read-labels.ts';

interface Layout {
  candidates: readonly PlacementCandidate<LabelPlace>[];
  options: PlacementOptions;
  placed: Placed<LabelPlace>[];
}
// every placement the page's layout makes, with what it was given
const seen = vi.hoisted(() => ({ layouts: [] as unknown[], place: null as unknown }));
vi.mock('../../src/cartography/label-placement.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/cartography/label-placement.ts')>();
  seen.place = original.placeCandidates;
  return {
    ...original,
    placeCandidates: <P>(candidates: readonly PlacementCandidate<P>[], options: PlacementOptions) => {
      const placed = original.placeCandidates(candidates, options);
      seen.layouts.push({ candidates, options, placed });
      return placed;
    },
  };
});
const layouts = seen.layouts as Layout[];
const place = (candidates: readonly PlacementCandidate<LabelPlace>[], options: PlacementOptions) =>
  (seen.place as (c: readonly PlacementCandidate<LabelPlace>[], o: PlacementOptions) => Placed<LabelPlace>[])(candidates, options);

let make: (overrides?: Partial<ExportInput>) => ExportInput;
beforeAll(async () => {
  make = await realExportInput();
}, 60_000);

describe('national projects named first on the default page (all projects)', () => {
  it.each(['zh', 'en'] as const)('A4 landscape, %s: every national project drawn is named wherever only the seats and national names before it leave room, and its name is placed before every lesser one', { timeout: 60_000 }, (lang) => {
    const input = make({ preset: 'a4-landscape', dpi: 300, lang });
    const level = new Map(input.features.map((f) => [`project:${f.id}`, f.properties.level]));
    layouts.length = 0;
    renderExportSvg(input);
    expect(layouts.length).toBeGreaterThan(0);
    const first = (c: PlacementCandidate<LabelPlace>) => c.positions[0]?.place;
    const isNational = (c: PlacementCandidate<LabelPlace>) => level.get(c.id) === 'national';
    const isMainSeat = (c: PlacementCandidate<LabelPlace>) => first(c)?.kind === 'seat' && first(c)?.style !== 'district';
    const named = (placed: readonly Placed<LabelPlace>[]) => placed.map((p) => p.id).filter((id) => level.get(id) === 'national').sort();
    for (const { candidates, options, placed } of layouts) {
      // the national projects named with every name competing are exactly those named when only the
      // capitals', prefecture seats' and national projects' names compete: nothing lesser took a place
      expect(named(placed)).toEqual(named(place(candidates.filter((c) => isNational(c) || isMainSeat(c)), options)));
      // and that holds for any data: each national name (point, corridor, zone) is placed before
      // every lesser project's name and every district seat's name
      const lowestNational = Math.min(...candidates.filter(isNational).map((c) => c.priority));
      const lesser = candidates.filter((c) => !isNational(c) && !isMainSeat(c));
      expect(lesser.filter((c) => c.priority >= lowestNational).map((c) => c.id)).toEqual([]);
    }
    // in the PDF, whose key lists every number: each national project drawn is named or numbered with its key row
    const pages = renderExportPages(input, { continueKey: true });
    const shownNames = new Set([...pages[0]!.matchAll(/<g class="project-label" data-id="([^"]+)"/g)].map((m) => m[1]!));
    const keyed = new Set(pages.flatMap(keyRowsOf).flatMap((row) => row.ids));
    const drawn = new Set([...pages[0]!.matchAll(/class="feature [a-z]+" data-id="([^"]+)"/g)].map((m) => m[1]!));
    const nationals = input.features.filter((f) => f.properties.level === 'national' && drawn.has(f.id));
    expect(nationals.length).toBeGreaterThan(50);
    for (const f of nationals) expect(shownNames.has(f.id) || keyed.has(f.id), f.id).toBe(true);
  });
});

describe('two names wanting the one free place', () => {
  // A page where a single strip of the map is free of furniture: both names can only go there.
  const frame = { x: 0, y: 0, width: 1000, height: 800 };
  const projection = fitProjection([[29, 103], [32, 108]], frame);
  const at = (x: number, y: number) => projection.invert!([x, y]) as [number, number];
  const strip = [
    { x: 0, y: 0, width: 1000, height: 386 },
    { x: 0, y: 414, width: 1000, height: 386 },
    { x: 0, y: 0, width: 420, height: 800 },
    { x: 590, y: 0, width: 410, height: 800 },
  ];
  const base = sampleInput().features.find((f) => f.id === 'mianyang-hitech')!;
  const point = (id: string, name: string, level: ProjectFeature['properties']['level'], subtype: string, x: number, y: number): ProjectFeature => ({
    ...base,
    id,
    properties: { ...base.properties, id, name_zh: name, name_en: name, level, subtype, anchor: at(x, y) },
    geometry: { type: 'Point', coordinates: at(x, y) },
  });
  const layout = (features: ProjectFeature[]) =>
    layoutExportLabels({ features, selectedId: null, seats: [], lang: 'zh', projection, frame, unit: 1, fontSize: 20, obstacles: strip });
  const nameOf = (result: ReturnType<typeof layout>) => result.labels.filter((l) => l.kind === 'project').map((l) => l.key);
  const numbered = (result: ReturnType<typeof layout>) => result.key.flatMap((entry) => entry.members);

  it('gives a national zone its name and a provincial park beside its anchor the number', () => {
    const [x0, y0] = at(480, 380);
    const [x1, y1] = at(520, 420);
    const zone: ProjectFeature = {
      ...base,
      id: 'zone',
      properties: { ...base.properties, id: 'zone', name_zh: '国家级试验区', name_en: 'National zone', level: 'national', category: 'pilot_zone', subtype: 'digital_economy_pilot', anchor: at(500, 400) },
      geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] },
    };
    // a provincial park whose name would sit over the zone's anchor: the only free place for either
    const park = point('park', '省级园区', 'provincial', 'national_high_tech_zone', 420, 400);
    const result = layout([zone, park]);
    expect(nameOf(result)).toEqual(['zone']);
    expect(numbered(result)).toEqual(['park']);
  });

  it('gives a joint project its name before a provincial one ranked higher by its kind', () => {
    const provincial = point('provincial', '省级高新区', 'provincial', 'national_high_tech_zone', 430, 400);
    const joint = point('joint', '川渝合作园', 'joint', 'industrial_cooperation_zone', 570, 400);
    const result = layout([provincial, joint]);
    expect(nameOf(result)).toEqual(['joint']);
    expect(numbered(result)).toEqual(['provincial']);
  });
});
