import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { atlasPages, contentsSvg } from '../../src/export/atlas.ts';
import { renderExportSvg } from '../../src/export/render-svg.ts';
import { renderPdf } from '../../src/export/pdf/render-pdf.ts';
import { sampleInput } from '../fixtures/export/sample-input.ts';
import { readPdf } from './pdf/pdf-text.ts';

const font = new Uint8Array(readFileSync(new URL('../../public/fonts/noto-sans-sc-subset-tt.woff', import.meta.url)));

describe('atlas: one page per Sichuan prefecture', { timeout: 120_000 }, () => {
  it('makes 21 pages, each titled and framed on its prefecture with only the projects in it', () => {
    const mianyang = sampleInput().features.find((f) => f.id === 'mianyang-hitech')!;
    const features = [{ ...mianyang, properties: { ...mianyang.properties, prefectures: ['510700'] } }];
    const pages = atlasPages(sampleInput({ lang: 'zh', features }), 'prefecture');
    expect(pages).toHaveLength(21);
    const page = pages.find((p) => p.selectedUnit === '510700')!;
    expect(page.title).toBe('绵阳市');
    expect(page.features.map((f) => f.id)).toEqual(['mianyang-hitech']);
    // Mianyang lies about 103.7–105.7°E, 30.7–33.1°N
    const [[south, west], [north, east]] = page.bounds;
    expect(west).toBeGreaterThan(103);
    expect(east).toBeLessThan(106.5);
    expect(south).toBeGreaterThan(30.3);
    expect(north).toBeLessThan(33.6);
    expect(pages.filter((p) => p.features.length > 0)).toHaveLength(1);
  });

  it('writes one PDF: a contents page naming every prefecture, then a page each', async () => {
    const base = sampleInput({ preset: 'a4-portrait', dpi: 150, lang: 'zh', title: '四川地级单位图集' });
    const pages = atlasPages(base, 'prefecture');
    const pdf = await renderPdf([contentsSvg(base, pages), ...pages.map(renderExportSvg)], font, { title: base.title, date: base.date, lang: 'zh-CN' });
    const read = await readPdf(pdf);
    expect(read).toHaveLength(22);
    const contents = read[0]!.text.replace(/\n/g, ' ');
    expect(contents).toContain('目录');
    expect(contents).toContain('成都市');
    expect(contents).toContain('凉山彝族自治州');
    expect(contents).toContain('页 22');
    expect(read.some((p) => p.text.replace(/\n/g, ' ').includes('乐山市'))).toBe(true);
    for (const p of read) expect(Math.round(p.widthMm)).toBe(210);
  });
});
