import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/app-state';
import { describeUnknownId, findUnknownIds } from '../../src/state/unknown-ids';
import { NO_FILTERS } from '../../src/filters/filter-state';
import { NO_QUESTION } from '../../src/questions/question-types';

const base = defaultState(['en']);
const known = { prefectures: new Set(['510100', '500101']), features: new Set(['a', 'b']), corridors: new Set(['hsr']) };

describe('unknown ids in the state', () => {
  it('names well-formed prefecture codes, project and corridor ids that are not in the data', () => {
    const state = {
      ...base,
      filters: { ...NO_FILTERS, prefectures: ['510100', '519999'] },
      selection: { kind: 'feature' as const, id: 'nope' },
      question: { ...NO_QUESTION, corridors: ['hsr', 'no-such-corridor'] },
    };
    const unknown = findUnknownIds(state, known);
    expect(unknown).toEqual([
      { kind: 'prefecture', id: '519999' },
      { kind: 'feature', id: 'nope' },
      { kind: 'corridor', id: 'no-such-corridor' },
    ]);
    expect(unknown.map((u) => describeUnknownId(u, 'en'))).toEqual([
      'no prefecture-level unit has the code 519999 (parameter "city"): it matches no project',
      'ignored unknown project "nope"',
      'ignored unknown corridor "no-such-corridor"',
    ]);
    expect(describeUnknownId(unknown[0]!, 'zh')).toBe('没有代码为 519999 的地级行政区（参数“city”），它不匹配任何项目');
  });

  it('checks only the kinds it is given, and finds nothing in a state of known ids', () => {
    const state = { ...base, selection: { kind: 'feature' as const, id: 'nope' }, filters: { ...NO_FILTERS, prefectures: ['500101'] } };
    expect(findUnknownIds(state, { prefectures: known.prefectures })).toEqual([]);
  });
});
