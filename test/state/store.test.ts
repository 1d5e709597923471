import { describe, expect, it, vi } from 'vitest';
import { defaultState, languageFromNavigator, normalizeView } from '../../src/state/app-state';
import { createStore } from '../../src/state/store';

describe('store', () => {
  it('applies a patch, returns a new frozen state and tells subscribers old and new', () => {
    const store = createStore(defaultState(['en-GB']));
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getState();
    const after = store.dispatch({ lang: 'zh' });
    expect(after).not.toBe(before);
    expect(after.lang).toBe('zh');
    expect(before.lang).toBe('en');
    expect(Object.isFrozen(after)).toBe(true);
    expect(listener).toHaveBeenCalledWith(after, before, 'user');
  });

  it('does not notify when nothing changes', () => {
    const store = createStore({ ...defaultState([]), selection: { kind: 'unit', adcode: '510100' } });
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch({ selection: { kind: 'unit', adcode: '510100' } });
    expect(listener).not.toHaveBeenCalled();
  });

  it('stores views rounded, so the URL and the state agree', () => {
    const store = createStore(defaultState([]));
    store.dispatch({ view: { lat: 30.1234567, lon: 104.0000049, zoom: 7.123 } });
    expect(store.getState().view).toEqual({ lat: 30.12346, lon: 104, zoom: 7.12 });
  });

  it('accepts a function of the current state and stops notifying after unsubscribe', () => {
    const store = createStore(defaultState(['zh']));
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.dispatch((s) => ({ lang: s.lang === 'zh' ? 'en' : 'zh' }));
    unsubscribe();
    store.dispatch({ lang: 'zh' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('app state defaults', () => {
  it('picks Chinese for any zh browser language and English otherwise', () => {
    expect(languageFromNavigator(['zh-TW', 'en'])).toBe('zh');
    expect(languageFromNavigator(['ZH'])).toBe('zh');
    expect(languageFromNavigator(['en-US', 'zh-CN'])).toBe('en');
    expect(languageFromNavigator([])).toBe('en');
  });

  it('wraps longitudes and clamps latitude and zoom', () => {
    expect(normalizeView({ lat: 95, lon: 190, zoom: 30 })).toEqual({ lat: 90, lon: -170, zoom: 20 });
    expect(normalizeView({ lat: -0, lon: -0, zoom: 3 })).toEqual({ lat: 0, lon: 0, zoom: 3 });
  });
});
