import { describe, expect, it } from 'vitest';
import { defaultState, type AppState, type Selection } from '../../src/state/app-state';
import { coreUrlCodec } from '../../src/state/core-codecs';
import { createUrlCodec } from '../../src/state/url-codec';

const defaults = defaultState(['zh-CN']);

// A small seeded generator so a failure is reproducible.
function randomSource(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generateState(next: () => number): AppState {
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)] as T;
  const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d + 0;
  const view = next() < 0.2 ? null : {
    lat: round(next() * 180 - 90, 5),
    lon: round(next() * 360 - 180, 5),
    zoom: round(next() * 20, 2),
  };
  const selections: (Selection | null)[] = [
    null,
    { kind: 'unit', adcode: String(100000 + Math.floor(next() * 899999)) },
    { kind: 'feature', id: pick(['chengdu-metropolitan-area', 'ftz-sc-tianfu-new-area', 'a1', 'x.y_z']) },
  ];
  return { ...defaults, view, lang: pick(['zh', 'en'] as const), selection: pick(selections) };
}

describe('URL codec', () => {
  it('gives back every valid state it serialized', () => {
    const next = randomSource(20240517);
    for (let i = 0; i < 2000; i += 1) {
      const state = generateState(next);
      const url = coreUrlCodec.serialize(state);
      const parsed = coreUrlCodec.parse(url, defaults);
      expect(parsed.issues, url).toEqual([]);
      expect(parsed.state, url).toEqual(state);
    }
  });

  it('writes a readable query string', () => {
    const url = coreUrlCodec.serialize({
      ...defaults,
      lang: 'en',
      view: { lat: 30.5, lon: 104.1, zoom: 8 },
      selection: { kind: 'unit', adcode: '510100' },
    });
    expect(url).toBe('?lang=en&v=30.5,104.1,8&sel=u:510100');
  });

  it('reads a URL without parameters as the defaults', () => {
    expect(coreUrlCodec.parse('', defaults)).toEqual({ state: defaults, issues: [] });
  });

  it('ignores a bad view but keeps the language and selection of the same URL', () => {
    const { state, issues } = coreUrlCodec.parse('?v=abc&lang=en&sel=u:500103', defaults);
    expect(state).toEqual({ ...defaults, view: null, lang: 'en', selection: { kind: 'unit', adcode: '500103' } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ reason: 'invalid', param: 'v', value: 'abc' });
  });

  it.each([
    ['v', '30.5,104.1'],
    ['v', '91,104,8'],
    ['v', '30,181,8'],
    ['v', '30,104,25'],
    ['v', '30,104,1e1'],
    ['v', ',,'],
    ['lang', 'fr'],
    ['lang', 'ZH'],
    ['sel', '510100'],
    ['sel', 'u:5101'],
    ['sel', 'x:510100'],
    ['sel', 'f:<script>'],
  ])('rejects %s=%s', (param, value) => {
    const { state, issues } = coreUrlCodec.parse(`?${param}=${encodeURIComponent(value)}`, defaults);
    expect(state).toEqual(defaults);
    expect(issues).toEqual([expect.objectContaining({ reason: 'invalid', param, value })]);
  });

  it('reports unknown and repeated parameters and uses the first of a repeated one', () => {
    const { state, issues } = coreUrlCodec.parse('?foo=1&lang=en&lang=zh', defaults);
    expect(state.lang).toBe('en');
    expect(issues).toEqual([
      { reason: 'unknown', param: 'foo', value: '1' },
      { reason: 'repeated', param: 'lang', value: 'zh' },
    ]);
  });

  it('records language and selection changes as new history entries and view changes as replacements', () => {
    const view = { lat: 30, lon: 104, zoom: 7 };
    expect(coreUrlCodec.historyMode(defaults, { ...defaults, lang: 'en' })).toBe('push');
    expect(coreUrlCodec.historyMode(defaults, { ...defaults, selection: { kind: 'unit', adcode: '510100' } })).toBe('push');
    expect(coreUrlCodec.historyMode(defaults, { ...defaults, view })).toBe('replace');
    expect(coreUrlCodec.historyMode({ ...defaults, view }, { ...defaults, view: { ...view } })).toBeNull();
  });

  it('refuses two codecs for the same parameter', () => {
    const again = { ...coreUrlCodec.codecs[0]! };
    expect(() => createUrlCodec([...coreUrlCodec.codecs, again])).toThrow(/registered twice/);
  });
});

describe('tracking parameters', () => {
  it('ignores what share buttons and apps add, without an issue, and keeps the rest of the link', () => {
    const search = '?lang=en&utm_source=wechat&utm_medium=social&UTM_Campaign=x&fbclid=IwAR0abc&gclid=Cj0K&from=singlemessage&isappinstalled=0&spm=a2h0c.8166622&sel=u:510100';
    const parsed = coreUrlCodec.parse(search, defaults);
    expect(parsed.issues).toEqual([]);
    expect(parsed.state.lang).toBe('en');
    expect(parsed.state.selection).toEqual({ kind: 'unit', adcode: '510100' });
  });

  it('still reports "from" with a value that is not a messaging app\'s, and other unknown parameters', () => {
    const parsed = coreUrlCodec.parse('?from=mars&utmost=1', defaults);
    expect(parsed.issues.map((issue) => `${issue.reason} ${issue.param}`)).toEqual(['unknown from', 'unknown utmost']);
  });
});
