import { describe, expect, it } from 'vitest';
import { appUrlCodec } from '../../src/state/app-url-codec';
import { defaultState } from '../../src/state/app-state';
import { formatUrlIssue } from '../../src/state/url-issue-text';

const base = defaultState(['en']);

describe('an= (annotations in the permalink)', () => {
  it('round-trips the marks through the address', () => {
    const state = { ...base, annotations: [{ kind: 'note' as const, at: [104.06, 30.66] as const, text: 'Tianfu & <b>' }, { kind: 'arrow' as const, from: [104, 30] as const, to: [106, 29.5] as const }] };
    const search = appUrlCodec.serialize(state);
    expect(search).toBe('?lang=en&an=n:104.06,30.66,Tianfu%20%26%20%3Cb%3E~a:104,30,106,29.5');
    expect(appUrlCodec.parse(search, base)).toEqual({ state, issues: [] });
  });

  it('drops a bad mark with a notice naming it, and keeps the rest', () => {
    const { state, issues } = appUrlCodec.parse('?an=c:104,30,5~c:104,30,-1', base);
    expect(state.annotations).toEqual([{ kind: 'circle', centre: [104, 30], radiusKm: 5 }]);
    expect(issues).toHaveLength(1);
    expect(formatUrlIssue(issues[0]!, 'en')).toContain('"c:104,30,-1"');
    expect(formatUrlIssue(issues[0]!, 'en')).toContain('annotation');
    expect(formatUrlIssue(issues[0]!, 'zh')).toContain('标注');
  });

  it('ignores a wholly bad value with one notice', () => {
    const { state, issues } = appUrlCodec.parse('?an=hello', base);
    expect(state.annotations).toEqual([]);
    expect(issues.map((i) => [i.param, i.value])).toEqual([['an', 'hello']]);
  });
});
