import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/state/app-state';
import { coreUrlCodec } from '../../src/state/core-codecs';
import { parsePanelTab, uiCodecs } from '../../src/state/ui-codecs';

const codec = coreUrlCodec.with(...uiCodecs);
const defaults = defaultState(['en']);

describe('tab parameter', () => {
  it('opens the layers tab by default and leaves it out of the URL', () => {
    expect(defaults.panelTab).toBe('layers');
    expect(codec.serialize(defaults)).toBe('?lang=en');
  });

  it('restores a tab from the URL and writes it back', () => {
    const { state, issues } = codec.parse('?tab=questions', defaults);
    expect(issues).toEqual([]);
    expect(state.panelTab).toBe('questions');
    expect(codec.serialize(state)).toBe('?lang=en&tab=questions');
  });

  it('ignores an unknown tab, reports it and keeps the rest of the URL', () => {
    const { state, issues } = codec.parse('?tab=settings&lang=zh', defaults);
    expect(state.panelTab).toBe('layers');
    expect(state.lang).toBe('zh');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ reason: 'invalid', param: 'tab', value: 'settings' });
  });

  it('is case-sensitive like the other parameters', () => {
    expect(parsePanelTab('List')).toBeUndefined();
    expect(parsePanelTab('mydata')).toBe('mydata');
  });

  it('records a tab change as its own history entry', () => {
    expect(codec.historyMode(defaults, { ...defaults, panelTab: 'list' })).toBe('push');
  });
});

describe('cq parameter (how the by-place chart groups Chongqing)', () => {
  it('draws Chongqing by district and county by default and leaves that out of the URL', () => {
    expect(defaults.chartChongqing).toBe('districts');
    expect(codec.serialize(defaults)).toBe('?lang=en');
  });

  it('restores "one bar" from the URL and writes it back', () => {
    const { state, issues } = codec.parse('?cq=one&tab=charts', defaults);
    expect(issues).toEqual([]);
    expect(state.chartChongqing).toBe('one');
    expect(codec.serialize(state)).toBe('?lang=en&tab=charts&cq=one');
  });

  it('accepts the default spelled out, and ignores a bad value with a notice in both languages, keeping the rest', () => {
    expect(codec.parse('?cq=districts', defaults).state.chartChongqing).toBe('districts');
    const { state, issues } = codec.parse('?cq=all&tab=charts', defaults);
    expect(state.chartChongqing).toBe('districts');
    expect(state.panelTab).toBe('charts');
    expect(issues).toEqual([
      {
        reason: 'invalid',
        param: 'cq',
        value: 'all',
        expected: {
          zh: '图表中重庆的分组（one：整个重庆一条；districts：按区县）',
          en: 'how the charts group Chongqing (one: one bar; districts: its districts and counties)',
        },
      },
    ]);
  });

  it('records the choice as its own history entry', () => {
    expect(codec.historyMode(defaults, { ...defaults, chartChongqing: 'one' })).toBe('push');
  });
});
