import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/app-state';
import { coreUrlCodec } from '../../src/state/core-codecs';
import { listSortCodec, MAX_SEARCH_LENGTH, parseListSort, searchCodec } from '../../src/state/search-codecs';

const codec = coreUrlCodec.with(searchCodec, listSortCodec);
const defaults = defaultState(['zh-CN']);

describe('search and list-order parameters', () => {
  it('round-trips search text and sort order', () => {
    const state = { ...defaults, search: '天府 新区&x', listSort: { column: 'year', direction: 'descending' } as const };
    const url = codec.serialize(state);
    expect(url).toContain('sort=-year');
    expect(codec.parse(url, defaults)).toEqual({ state, issues: [] });
  });

  it('leaves defaults out of the URL', () => {
    expect(codec.serialize(defaults)).toBe('?lang=zh');
  });

  it('parses the three sortable columns in both directions and nothing else', () => {
    expect(parseListSort('name')).toEqual({ column: 'name', direction: 'ascending' });
    expect(parseListSort('-city')).toEqual({ column: 'city', direction: 'descending' });
    expect(parseListSort('area')).toBeUndefined();
    expect(parseListSort('--year')).toBeUndefined();
  });

  it('reports an overlong search and a bad sort without losing the rest', () => {
    const { state, issues } = codec.parse(`?q=${'x'.repeat(MAX_SEARCH_LENGTH + 1)}&sort=zzz&lang=en`, defaults);
    expect(state.lang).toBe('en');
    expect(state.search).toBe('');
    expect(issues.map((issue) => issue.param)).toEqual(['q', 'sort']);
  });

  it('pushes a history entry for a new sort order and replaces it while typing', () => {
    expect(codec.historyMode(defaults, { ...defaults, search: 'a' })).toBe('replace');
    expect(codec.historyMode(defaults, { ...defaults, listSort: { column: 'name', direction: 'ascending' } })).toBe('push');
  });
});
