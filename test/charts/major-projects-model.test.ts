import { describe, expect, it } from 'vitest';
import { investmentText, majorProjectBars, majorProjectsSummary } from '../../src/charts/major-projects-model';
import type { MajorProjectsYear } from '../../src/data/major-projects';

const year = (y: number, projects: number, investment: number | null): MajorProjectsYear => ({
  year: y, projects, investment_trillion_yuan: investment, list_zh: '重大项目', list_en: 'major projects', sources: [], notes: null,
});
const rows = [year(2021, 67, null), year(2022, 160, 2.04), year(2023, 248, 3.25)];

describe('the major-projects chart model', () => {
  it('scales bars to the largest year and spells out unknown investment', () => {
    const bars = majorProjectBars(rows, 'en');
    expect(bars.map((b) => b.height)).toEqual([67 / 248, 160 / 248, 1]);
    expect(bars.map((b) => b.investment)).toEqual(['total investment not published', 'total investment ¥2.04 trillion', 'total investment ¥3.25 trillion']);
    expect(bars.map((b) => b.investmentKnown)).toEqual([false, true, true]);
    expect(bars.map((b) => b.short)).toEqual(['not published', '¥2.04T', '¥3.25T']);
    expect(majorProjectBars(rows, 'zh').map((b) => b.short)).toEqual(['未公布', '2.04万亿', '3.25万亿']);
  });

  it('writes investment in Chinese units', () => {
    expect(investmentText(3.25, 'zh')).toBe('总投资 3.25 万亿元');
    expect(investmentText(null, 'zh')).toBe('总投资未公布');
  });

  it('says the whole chart in one sentence in each language', () => {
    expect(majorProjectsSummary(rows, 'zh')).toBe('共建重大项目数量从 2021 年的 67 个增至 2023 年的 248 个（2021 年 67 个，2022 年 160 个，2023 年 248 个）。2021 年的总投资未公布。');
    expect(majorProjectsSummary(rows, 'en')).toBe('Jointly built major projects rose from 67 in 2021 to 248 in 2023 (2021: 67; 2022: 160; 2023: 248). Total investment is not published for 2021.');
  });
});
