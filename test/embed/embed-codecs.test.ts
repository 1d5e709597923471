import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/app-state';
import { coreUrlCodec } from '../../src/state/core-codecs';
import { embedCodecs } from '../../src/state/embed-codecs';
import { legendStartsOpen } from '../../src/embed/embed-options';

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
    expect(state.embedTheme).toBe('auto');
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
