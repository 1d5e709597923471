import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/app-state';
import { coreUrlCodec } from '../../src/state/core-codecs';
import { embedCodecs } from '../../src/state/embed-codecs';
import { filterCodecs } from '../../src/state/filter-codecs';
import { legendStartsOpen } from '../../src/state/embed-options';

const codec = coreUrlCodec.with(...embedCodecs);
const defaults = defaultState(['en-GB']);

describe('embed URL parameters', () => {
  it('reads embed=1 with its options', () => {
    const { state, issues } = codec.parse('?embed=1&title=0&legend=closed&theme=dark', defaults);
    expect(issues).toEqual([]);
    expect(state.embed).toBe(true);
    expect(state.embedTitle).toBe(false);
    expect(state.embedLegend).toBe('closed');
    expect(state.embedTheme).toBe('dark');
  });

  it('leaves defaults out of the URL: a plain permalink has no embed parameter', () => {
    expect(codec.serialize(defaults)).toBe('?lang=en');
    expect(codec.serialize({ ...defaults, embed: true })).toBe('?lang=en&embed=1');
  });

  it('defaults to the light theme; auto (follow the system) is written out', () => {
    expect(defaults.embedTheme).toBe('light');
    expect(codec.serialize({ ...defaults, embed: true, embedTheme: 'auto' })).toBe('?lang=en&embed=1&theme=auto');
    expect(codec.serialize({ ...defaults, embed: true, embedTheme: 'light' })).toBe('?lang=en&embed=1');
  });

  it('reads the headline, dek, note and credit as plain text, cleaned of line breaks and extra spaces', () => {
    const query = new URLSearchParams({ embed: '1', hed: '  Parks <b>along</b>\n the   corridor ', dek: '成渝双城经济圈的园区', note: 'Line one\r\nline two', credit: 'Graphic: Li Wei' });
    const { state, issues } = codec.parse(`?${query}`, defaults);
    expect(issues).toEqual([]);
    expect(state.embedHed).toBe('Parks <b>along</b> the corridor');
    expect(state.embedDek).toBe('成渝双城经济圈的园区');
    expect(state.embedNote).toBe('Line one line two');
    expect(state.embedCredit).toBe('Graphic: Li Wei');
    expect(codec.parse(codec.serialize(state), defaults).state).toEqual(state);
  });

  it('refuses words over their limit and says which limit', () => {
    const { state, issues } = codec.parse(`?embed=1&hed=${'a'.repeat(121)}&dek=${'字'.repeat(280)}`, defaults);
    expect(state.embedHed).toBe('');
    expect(state.embedDek).toBe('字'.repeat(280));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ reason: 'invalid', param: 'hed', expected: { en: 'headline (plain text, at most 120 characters)' } });
  });

  it('round-trips every option', () => {
    for (const embedTheme of ['auto', 'light', 'dark'] as const) {
      for (const embedLegend of ['auto', 'open', 'closed'] as const) {
        for (const embedTitle of [true, false]) {
          const state = { ...defaults, embed: true, embedTheme, embedLegend, embedTitle };
          expect(codec.parse(codec.serialize(state), defaults).state).toEqual(state);
        }
      }
    }
  });

  it('ignores and names bad values, keeping the rest of the URL', () => {
    const { state, issues } = codec.parse('?embed=yes&title=off&legend=auto&theme=blue&lang=zh', defaults);
    expect(state.lang).toBe('zh');
    expect(state.embed).toBe(false);
    expect(state.embedTitle).toBe(true);
    expect(state.embedLegend).toBe('auto');
    expect(state.embedTheme).toBe('light');
    expect(issues.map((issue) => [issue.reason, issue.param, issue.value])).toEqual([
      ['invalid', 'embed', 'yes'],
      ['invalid', 'title', 'off'],
      ['invalid', 'legend', 'auto'],
      ['invalid', 'theme', 'blue'],
    ]);
  });
});

describe('legendStartsOpen', () => {
  it('opens an automatic legend on wide frames only; explicit choices win', () => {
    expect(legendStartsOpen('auto', 375)).toBe(false);
    expect(legendStartsOpen('auto', 800)).toBe(true);
    expect(legendStartsOpen('open', 375)).toBe(true);
    expect(legendStartsOpen('closed', 1200)).toBe(false);
  });
});

describe('timeline parameters', () => {
  const all = coreUrlCodec.with(...embedCodecs, ...filterCodecs);
  it('reads asof (2000 to 2050) into the filters and play=1', () => {
    const { state, issues } = all.parse('?embed=1&asof=2012&play=1', defaults);
    expect(issues).toEqual([]);
    expect(state.filters.asOf).toBe(2012);
    expect(state.embedPlay).toBe(true);
    expect(all.serialize(state)).toBe('?lang=en&embed=1&play=1&asof=2012');
  });

  it('refuses years outside the timeline', () => {
    const { state, issues } = all.parse('?asof=1999&play=yes', defaults);
    expect(state.filters.asOf).toBeNull();
    expect(issues.map((issue) => issue.param)).toEqual(['asof', 'play']);
  });
});
