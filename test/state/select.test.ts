import { describe, expect, it } from 'vitest';
import { visibleFeatures } from '../../src/state/select';
import { defaultState } from '../../src/state/app-state';
import { NO_FILTERS } from '../../src/filters/filter-state';
import { FIXTURE, ids } from '../filters/fixtures';

describe('visibleFeatures', () => {
  const base = defaultState(['en']);
  it('applies the filters of the state', () => {
    const state = { ...base, filters: { ...NO_FILTERS, statuses: ['operating' as const] } };
    expect(ids(visibleFeatures(state, FIXTURE))).toEqual(['rail', 'nowhere']);
  });
  it('returns the same array while the filters object is the same, a new one when it changes', () => {
    const state = { ...base, filters: { ...NO_FILTERS, precisions: ['exact' as const] } };
    const first = visibleFeatures(state, FIXTURE);
    expect(visibleFeatures({ ...state, lang: 'zh' }, FIXTURE)).toBe(first);
    const other = visibleFeatures({ ...state, filters: { ...NO_FILTERS } }, FIXTURE);
    expect(other).not.toBe(first);
    expect(other).toHaveLength(6);
  });
});
