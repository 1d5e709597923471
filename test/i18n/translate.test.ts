import { describe, expect, it } from 'vitest';
import { coreUrlCodec } from '../../src/state/core-codecs';
import { defaultState } from '../../src/state/app-state';
import { enStrings, zhStrings } from '../../src/i18n/strings';
import { translate } from '../../src/i18n/translate';
import { formatUrlIssue } from '../../src/state/url-issue-text';

describe('translate', () => {
  it('has a non-empty string for every key in both languages', () => {
    expect(Object.keys(enStrings).sort()).toEqual(Object.keys(zhStrings).sort());
    for (const value of [...Object.values(enStrings), ...Object.values(zhStrings)]) expect(value.trim()).not.toBe('');
  });

  it('fills placeholders', () => {
    expect(translate('en', 'search.count', { count: 3 })).toBe('3 results');
    expect(translate('zh', 'search.count', { count: 3 })).toBe('3 个结果');
  });

  it('says "1 feature", "0 features", "2 features" in English, and the count alone in Chinese', () => {
    expect(translate('en', 'mydata.count', { count: 1 })).toBe('1 feature');
    expect(translate('en', 'mydata.count', { count: 0 })).toBe('0 features');
    expect(translate('en', 'mydata.count', { count: 2 })).toBe('2 features');
    expect(translate('en', 'filters.yearUnknownNote', { count: 1 })).toBe('With a year range set, the 1 project whose year is unknown is not shown');
    expect(translate('en', 'search.count', { count: 1 })).toBe('1 result');
    expect(translate('zh', 'mydata.count', { count: 1 })).toBe('1 个要素');
  });

  it('has no plural form in a Chinese string and no broken plural form in an English one', () => {
    for (const value of Object.values(zhStrings)) expect(value).not.toMatch(/\{\w+\|/);
    for (const value of Object.values(enStrings)) expect(value.replace(/\{\w+\|[^|{}]*\|[^|{}]*\}/g, '')).not.toMatch(/\{\w+\|/);
  });
});

describe('URL issue messages', () => {
  const messages = (search: string, lang: 'zh' | 'en') =>
    coreUrlCodec.parse(search, defaultState([])).issues.map((issue) => formatUrlIssue(issue, lang));

  it('names the parameter, the value and what was expected', () => {
    expect(messages('?v=abc', 'en')).toEqual([
      'ignored parameter "v": "abc" is not a valid view (latitude,longitude,zoom)',
    ]);
    expect(messages('?lang=fr&zoom=3', 'en')).toEqual([
      'ignored parameter "lang": "fr" is not a valid language (zh or en)',
      'ignored parameter "zoom": unknown parameter',
    ]);
  });

  it('speaks Chinese when the interface does', () => {
    expect(messages('?v=abc', 'zh')).toEqual(['已忽略参数“v”：“abc”不是有效的视图（纬度,经度,缩放级别）']);
  });
});
