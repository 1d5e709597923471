// Hand-made features covering every filter dimension, including unknown values.
import type { ProjectFeature, ProjectProperties } from '../../src/types';

function feature(id: string, props: Partial<ProjectProperties>, geometry: ProjectFeature['geometry'] = { type: 'Point', coordinates: [104, 30] }): ProjectFeature {
  return {
    type: 'Feature',
    id,
    geometry,
    properties: {
      id, name_zh: id, name_en: id, category: 'industrial_park', subtype: 'national_high_tech_zone', level: 'national',
      province: 'sichuan', cities: '', prefectures: ['510100'], status: 'designated', year: 2010, geometry_kind: 'point',
      precision: 'city', description_en: null, sources: [], area_km2_official: null, area_note: null, area_km2_computed: null,
      has_extent: false, partial_units: [], anchor: [104, 30], in_planning_area: 'yes', notes: null,
      aliases: [], county: null, description_zh: null, co_located: null, pair: null, demo_batch: null, lead_industry: null, ...props,
    },
  };
}

export const FIXTURE: ProjectFeature[] = [
  feature('rail', { category: 'corridor', subtype: 'high_speed_rail', province: 'both', prefectures: ['510100', '500103'], status: 'operating', year: 2015, precision: 'approximate', level: 'national', in_planning_area: 'yes' }, { type: 'LineString', coordinates: [[104, 30], [106, 29.5]] }),
  feature('road', { category: 'corridor', subtype: 'expressway', province: 'chongqing', prefectures: ['500103'], status: 'under_construction', year: 2022, precision: 'approximate', level: 'provincial', in_planning_area: 'partial' }, { type: 'LineString', coordinates: [[106, 29.5], [107, 29]] }),
  feature('hitech', { prefectures: ['510100'], status: 'designated', year: 1991, precision: 'city', level: 'national' }),
  feature('bonded', { subtype: 'comprehensive_bonded_zone', province: 'chongqing', prefectures: ['500112'], status: null, year: null, precision: 'exact', level: null }),
  feature('ftz', { category: 'pilot_zone', subtype: 'free_trade_zone', province: 'sichuan', prefectures: ['510600'], status: 'planned', year: 2020, precision: 'approximate', level: 'joint', in_planning_area: 'no' }),
  feature('nowhere', { category: 'platform', subtype: 'international_airport', province: null, prefectures: [], status: 'operating', year: 2021, precision: 'exact', level: 'provincial' }),
];

export const ids = (features: readonly ProjectFeature[]): string[] => features.map((f) => f.id);
