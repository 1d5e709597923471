import { describe, expect, it } from 'vitest';
import { defaultSubtitle, defaultTitle } from '../../src/export-ui/default-texts';

describe('default texts', () => {
  it('count the shown projects and say whether anything is filtered, in the chosen languages', () => {
    const all = { count: 85, total: 85, filters: null };
    expect(defaultTitle('zh', all)).toBe('成渝地区双城经济圈 · 项目 85 项');
    expect(defaultTitle('en', all)).toBe('Chengdu–Chongqing Economic Circle · 85 projects');
    expect(defaultTitle('both', all)).toBe('成渝地区双城经济圈 · 项目 85 项 Chengdu–Chongqing Economic Circle · 85 projects');
    expect(defaultSubtitle('en', all)).toBe('All 85 projects, no filters');
    expect(defaultSubtitle('zh', { count: 12, total: 85, filters: { zh: '筛选 12', en: 'filtered 12' } })).toBe('筛选 12');
  });
});
