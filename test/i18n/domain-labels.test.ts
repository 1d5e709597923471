import { describe, expect, it } from 'vitest';
import { levelLabel, statusLabel, subtypeLabel, SUMMARIES, truncateLabel } from '../../src/i18n/domain-labels.ts';

describe('labels', () => {
  it('shows an unverified level or status as unknown, never a guess', () => {
    expect(levelLabel(null, 'zh')).toBe('未知');
    expect(statusLabel(null, 'en')).toBe('unknown');
  });

  it('keeps an unlisted subtype visible as its code', () => {
    expect(subtypeLabel('new_kind', 'zh')).toBe('new_kind');
  });
});

describe('SUMMARIES', () => {
  it('names the busiest place and the number of places', () => {
    expect(SUMMARIES.cities('en', 3, { name: 'Chengdu', total: 7 })).toContain('3 places have projects; the most are in Chengdu (7)');
    expect(SUMMARIES.cities('zh', 3, { name: '成都市', total: 7 })).toContain('3 个地区有项目，最多的是成都市（7 项）');
    expect(SUMMARIES.cities('en', 1, { name: 'Chengdu', total: 2 })).toContain('1 place has projects; the most are in Chengdu (2)');
  });

  it('compares the provinces, saying how many projects count on both sides and how many have no known province', () => {
    expect(SUMMARIES.provinces('en', { sichuan: 5, chongqing: 4, both: 2 }, 0)).toBe('Sichuan 5, Chongqing 4; 2 lie in both and count on each side.');
    expect(SUMMARIES.provinces('zh', { sichuan: 5, chongqing: 4, both: 2 }, 1)).toBe('四川 5 项，重庆 4 项；其中 2 项跨两地，在两边各计一次。省份未知 1 项。');
    expect(SUMMARIES.provinces('en', { sichuan: 0, chongqing: 0, both: 0 }, 0)).toBe('No projects in the current selection');
  });

  it('always reports unknown years, even when no year is known', () => {
    expect(SUMMARIES.years('zh', 0, 2, null)).toBe('年份未知 2 项。');
    expect(SUMMARIES.years('en', 5, 1, [2011, 2020])).toBe('5 between 2011 and 2020; year unknown: 1.');
  });

  it('lists every bar with its count', () => {
    expect(SUMMARIES.counts('zh', [{ label: '国家级', count: 2 }, { label: '未知', count: 1 }])).toBe('国家级 2 项，未知 1 项。');
  });
});

describe('truncateLabel', () => {
  it('shortens long labels with an ellipsis and counts Chinese characters as one each', () => {
    expect(truncateLabel('Aba Tibetan and Qiang Autonomous Prefecture', 10)).toBe('Aba Tibet…');
    expect(truncateLabel('阿坝藏族羌族自治州', 6)).toBe('阿坝藏族羌…');
    expect(truncateLabel('成都市', 6)).toBe('成都市');
  });
});
