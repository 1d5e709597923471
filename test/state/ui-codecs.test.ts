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
