import { describe, expect, it } from 'vitest';
import { activeFilters } from '../../src/filters/active-filters';
import { NO_FILTERS, type FeatureFilters } from '../../src/filters/filter-state';

const names: Record<string, string> = { '510100': 'Chengdu' };
const lookup = (adcode: string) => names[adcode];

describe('activeFilters', () => {
  it('lists nothing without filters', () => {
    expect(activeFilters(NO_FILTERS, 'en', lookup)).toEqual([]);
  });
  it('says what each chip filters, unknown included, and removes only its own value', () => {
    const filters: FeatureFilters = { ...NO_FILTERS, statuses: ['operating', 'unknown'], prefectures: ['510100', '500101'], years: [2010, 2020], inPlanningArea: true };
    const chips = activeFilters(filters, 'en', lookup);
    expect(chips.map((c) => c.label)).toEqual([
      'Prefecture-level unit: Chengdu',
      'Prefecture-level unit: 500101',
      'Status: Operating',
      'Status: unknown',
      'Year: 2010–2020',
      'Only projects inside the planning area (fully or partly)',
    ]);
    expect(chips[2]!.without(filters).statuses).toEqual(['unknown']);
    expect(chips[4]!.without(filters).years).toBeNull();
    expect(activeFilters(filters, 'zh', lookup)[3]!.label).toBe('状态：未知');
  });
});
