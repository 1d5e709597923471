import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderExportSvg } from '../../../src/export/render-svg.ts';
import { renderPdf } from '../../../src/export/pdf/render-pdf.ts';
import { sampleInput } from '../../fixtures/export/sample-input.ts';
import { readPdf } from './pdf-text.ts';

const font = new Uint8Array(readFileSync(new URL('../../../public/fonts/noto-sans-sc-subset-tt.woff', import.meta.url)));
const meta = { title: 'Test', date: '2026-11-26', lang: 'zh-CN' };

describe('renderPdf', { timeout: 60_000 }, () => {
  it('writes the page as searchable text in Chinese and English, with the permalink as text and as a link', async () => {
    const permalink = 'https://maps.example.org/chengyu/?lang=zh&v=30.5,104.1,8';
    const svg = renderExportSvg(sampleInput({ preset: 'a4-landscape', dpi: 300, lang: 'both', title: '川渝交通走廊 Corridor briefing', permalink }));
    const [page] = await readPdf(await renderPdf([svg], font, meta));
    const text = page!.text.replace(/\n/g, ' ');
    expect(text).toContain('川渝交通走廊 Corridor briefing');
    expect(text).toContain('成渝高速铁路');
    expect(text).toContain('Chengdu–Chongqing HSR');
    expect(text).toContain('maps.example.org/chengyu/?lang=zh&v=30.5,104.1,8');
    expect(page!.links).toEqual([permalink]);
  });

  it('gives each paper preset its size in millimetres, and the slide 16:9', async () => {
    const sizes: [string, number, number][] = [
      ['a4-landscape', 297, 210],
      ['a4-portrait', 210, 297],
      ['a3-landscape', 420, 297],
      ['a3-portrait', 297, 420],
    ];
    const svgs = sizes.map(([preset]) => renderExportSvg(sampleInput({ preset, dpi: 150 })));
    const pages = await readPdf(await renderPdf([...svgs, renderExportSvg(sampleInput({ preset: 'slide-16x9' }))], font, meta));
    sizes.forEach(([, w, h], i) => {
      expect(pages[i]!.widthMm).toBeCloseTo(w, 1);
      expect(pages[i]!.heightMm).toBeCloseTo(h, 1);
    });
    expect(pages[4]!.widthMm / pages[4]!.heightMm).toBeCloseTo(16 / 9, 3);
  });

  it('embeds only the glyphs the page uses (the whole font is about 2 MB)', async () => {
    const pdf = await renderPdf([renderExportSvg(sampleInput())], font, meta);
    expect(pdf.byteLength).toBeLessThan(400_000);
  });

  it('draws the map as vector paths, not as an image', async () => {
    const pdf = Buffer.from(await renderPdf([renderExportSvg(sampleInput())], font, meta)).toString('latin1');
    expect(pdf).not.toContain('/Subtype /Image');
  });
});
