import { describe, expect, it } from 'vitest';
import { socialCardOptions, socialCardTexts } from '../../src/export-ui/social-card.ts';

const summary = { count: 12, total: 102, filters: null };
const none = { hed: '', dek: '', note: '', credit: '' };

describe('socialCardTexts', () => {
  it('heads the card with the headline and dek, and puts note and credit in the note line', () => {
    const texts = socialCardTexts({ hed: '成渝新通道', dek: '三条走廊', note: '数据截至 2025 年', credit: '记者 王明' }, 'zh', summary, 'https://example.org/map/?v=1');
    expect(texts).toEqual({ title: '成渝新通道', subtitle: '三条走廊', note: '数据截至 2025 年 · 记者 王明', permalink: 'https://example.org/map/?v=1' });
  });

  it('falls back to the export default title and subtitle without the newsroom words', () => {
    const texts = socialCardTexts(none, 'en', summary, '');
    expect(texts.title).toMatch(/12/);
    expect(texts.subtitle).toMatch(/102/);
    expect(texts).not.toHaveProperty('note');
  });
});

describe('socialCardOptions', () => {
  it('is a PNG at the social preset in the language asked for', () => {
    expect(socialCardOptions('en')).toEqual({ preset: 'social', dpi: 96, format: 'png', lang: 'en' });
  });
});
