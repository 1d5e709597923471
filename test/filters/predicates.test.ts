import { describe, expect, it } from 'vitest';
import { matchesFilters } from '../../src/filters/predicates';
import { NO_FILTERS, type FeatureFilters } from '../../src/filters/filter-state';
import { FIXTURE, ids } from './fixtures';

const run = (patch: Partial<FeatureFilters>) => ids(FIXTURE.filter((f) => matchesFilters(f.properties, { ...NO_FILTERS, ...patch })));

describe('filter predicates', () => {
  it('shows everything without filters', () => {
    expect(run({})).toEqual(['rail', 'road', 'hitech', 'bonded', 'ftz', 'nowhere']);
  });
  it('hides subtypes', () => {
    expect(run({ hiddenSubtypes: ['high_speed_rail', 'national_high_tech_zone'] })).toEqual(['road', 'bonded', 'ftz', 'nowhere']);
  });
  it('matches a province, counting features in both and leaving out unknown provinces', () => {
    expect(run({ provinces: ['chongqing'] })).toEqual(['rail', 'road', 'bonded']);
    expect(run({ provinces: ['sichuan'] })).toEqual(['rail', 'hitech', 'ftz']);
  });
  it('matches any of the chosen prefectures', () => {
    expect(run({ prefectures: ['500103'] })).toEqual(['rail', 'road']);
    expect(run({ prefectures: ['510600', '500112'] })).toEqual(['bonded', 'ftz']);
  });
  it('matches levels, unknown included on request', () => {
    expect(run({ levels: ['provincial'] })).toEqual(['road', 'nowhere']);
    expect(run({ levels: ['unknown', 'joint'] })).toEqual(['bonded', 'ftz']);
  });
  it('matches statuses, unknown included on request', () => {
    expect(run({ statuses: ['operating'] })).toEqual(['rail', 'nowhere']);
    expect(run({ statuses: ['unknown'] })).toEqual(['bonded']);
  });
  it('matches an inclusive year range and leaves out unknown years', () => {
    expect(run({ years: [2015, 2021] })).toEqual(['rail', 'ftz', 'nowhere']);
    expect(run({ years: [1991, 1991] })).toEqual(['hitech']);
  });
  it('matches precisions', () => {
    expect(run({ precisions: ['exact'] })).toEqual(['bonded', 'nowhere']);
  });
  it('keeps features at least partly inside the planning area', () => {
    expect(run({ inPlanningArea: true })).toEqual(['rail', 'road', 'hitech', 'bonded', 'nowhere']);
  });
  it('combines filters with and', () => {
    expect(run({ statuses: ['operating', 'designated'], provinces: ['sichuan'] })).toEqual(['rail', 'hitech']);
  });
});
