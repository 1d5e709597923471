// Builds small hand-made project features for unit tests: only what a test names differs from a
// plain, fully known point feature.
import type { ProjectFeature, ProjectProperties } from '../../src/types.ts';

export function makeFeature(overrides: Partial<ProjectProperties> & { id: string }): ProjectFeature {
  const properties: ProjectProperties = {
    name_zh: `项目${overrides.id}`,
    name_en: `Project ${overrides.id}`,
    category: 'pilot_zone',
    subtype: 'free_trade_zone',
    level: 'national',
    province: 'sichuan',
    cities: 'Chengdu',
    prefectures: ['510100'],
    status: 'designated',
    year: 2017,
    geometry_kind: 'point',
    precision: 'exact',
    description_en: null,
    sources: [{ text: 'Official notice https://example.org/a', url: 'https://example.org/a' }],
    area_km2_official: null,
    area_note: null,
    area_km2_computed: null,
    has_extent: false,
    partial_units: [],
    anchor: [104.06, 30.67],
    in_planning_area: 'yes',
    notes: null,
    aliases: [],
    county: null,
    description_zh: null,
    co_located: null,
    pair: null,
    demo_batch: null,
    lead_industry: null,
    ...overrides,
  };
  return { type: 'Feature', id: properties.id, geometry: { type: 'Point', coordinates: properties.anchor }, properties };
}
