// The footer's info line: a day nobody checked the facts on reads as the app's word for unknown
// (未知 / unknown, as in the details and the table), never a guessed date; a checked day is printed.
import { describe, expect, it } from 'vitest';
import { footerLines, type FooterInput } from '../../src/export/footer.ts';
import { pageMetrics } from '../../src/export/layout.ts';
import { resolvePreset } from '../../src/export/presets.ts';

const metrics = pageMetrics(resolvePreset('slide-16x9'));
const input = (lang: FooterInput['lang'], checkedOn: string | null): FooterInput => ({ lang, sources: 'Test sources', date: '2026-12-01', checkedOn, permalink: '' });
const info = (lang: FooterInput['lang'], checkedOn: string | null) => footerLines(input(lang, checkedOn), metrics).info.join(' ');

describe('footer: the day the facts were checked', () => {
  it('reads unknown in the chosen language when nobody checked them', () => {
    expect(info('zh', null)).toContain('项目资料核对于 未知');
    expect(info('en', null)).toContain('project facts checked unknown');
    expect(info('both', null)).toContain('未知 unknown');
  });

  it('prints the day when it is known', () => {
    expect(info('en', '2026-11-26')).toContain('project facts checked 2026-11-26');
    expect(info('en', '2026-11-26')).not.toContain('unknown');
  });
});
