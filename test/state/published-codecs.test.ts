import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/app-state';
import { coreUrlCodec } from '../../src/state/core-codecs';
import { publishedCodecs } from '../../src/state/published-codecs';

const codec = coreUrlCodec.with(...publishedCodecs);
const defaults = defaultState(['en']);

describe('pubhide= (the published layers a reader has hidden)', () => {
  it('is left out when every published layer is shown', () => {
    expect(codec.serialize(defaults)).toBe('?lang=en');
  });

  it('writes the hidden ids in one order and reads them back', () => {
    const url = codec.serialize({ ...defaults, hiddenPublished: ['test-sites', 'offices-2024'] });
    expect(new URLSearchParams(url).get('pubhide')).toBe('offices-2024,test-sites');
    const { state, issues } = codec.parse('?lang=en&pubhide=test-sites,offices-2024,test-sites', defaults);
    expect(issues).toEqual([]);
    expect(state.hiddenPublished).toEqual(['offices-2024', 'test-sites']);
  });

  it('ignores a list with anything that is not a layer id, and says so, naming the parameter', () => {
    for (const raw of ['Test-Sites', 'a,,b', 'sites<script>', '-lead', 'x'.repeat(41), Array.from({ length: 21 }, (_, n) => `l${n}`).join(',')]) {
      const { state, issues } = codec.parse(`?pubhide=${encodeURIComponent(raw)}`, defaults);
      expect(state.hiddenPublished, raw).toEqual([]);
      expect(issues.map((issue) => issue.param), raw).toEqual(['pubhide']);
    }
  });
});
