import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderExportSvg } from '../../../src/export/render-svg.ts';
import { composeTransform, renderPdf } from '../../../src/export/pdf/render-pdf.ts';
import { sampleInput } from '../../fixtures/export/sample-input.ts';
import { pdfFillColours, readPdf } from './pdf-text.ts';

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

  it('writes the numbered key as text a search finds: the heading and a numbered project\'s name', async () => {
    const base = sampleInput();
    const park = base.features[5]!;
    // 40 parks around Chengdu: more than fit beside their symbols, so some are numbered
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      ...park,
      id: `park-${i}`,
      properties: { ...park.properties, id: `park-${i}`, name_zh: `成都第${i}产业园`, name_en: `Chengdu Park No. ${i}`, level: 'provincial' as const },
      geometry: { type: 'Point' as const, coordinates: [103.9 + (i % 8) * 0.04, 30.5 + Math.floor(i / 8) * 0.04] },
    }));
    for (const lang of ['en', 'zh'] as const) {
      const svg = renderExportSvg(sampleInput({ features: [...base.features, ...crowd], preset: 'a4-landscape', dpi: 300, lang }));
      const numbered = [...svg.matchAll(/<g class="key-number" data-id="(park-\d+)"/g)].map((m) => m[1]!);
      expect(numbered.length).toBeGreaterThan(0);
      const [page] = await readPdf(await renderPdf([svg], font, meta));
      const text = page!.text.replace(/\n/g, ' ');
      const name = crowd.find((f) => f.id === numbered.at(-1))!.properties;
      expect(text).toContain(lang === 'en' ? 'Numbered projects' : '编号所指项目');
      expect(text).toContain(lang === 'en' ? name.name_en : name.name_zh);
    }
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

  it('draws the locator inset (China grey, the two provinces orange-red) on the page, as in the PNG and SVG', async () => {
    const withInset = await pdfFillColours(await renderPdf([renderExportSvg(sampleInput({ preset: 'a4-landscape', dpi: 150 }))], font, meta));
    expect(withInset[0]).toContain('#e6e4de');
    expect(withInset[0]).toContain('#d9480f');
    const without = await pdfFillColours(await renderPdf([renderExportSvg(sampleInput({ preset: 'a4-landscape', dpi: 150, locator: undefined }))], font, meta));
    expect(without[0]).not.toContain('#d9480f');
  });

  it("draws the planner's marks: the note as searchable text, the arrow, circle and area in the marks' colour", async () => {
    const annotations = [
      { kind: 'note' as const, at: [104.07, 30.66] as const, text: '新站 New station' },
      { kind: 'arrow' as const, from: [105, 31] as const, to: [106.4, 29.8] as const },
      { kind: 'circle' as const, centre: [106.55, 29.56] as const, radiusKm: 30 },
    ];
    const pdf = await renderPdf([renderExportSvg(sampleInput({ preset: 'a4-landscape', dpi: 150, annotations }))], font, meta);
    const [page] = await readPdf(pdf);
    expect(page!.text.replace(/\n/g, ' ')).toContain('新站 New station');
    expect((await pdfFillColours(pdf))[0]).toContain('#c2185b');
  });

  it('applies nested group transforms as SVG does: translate, then scale inside it', () => {
    const outer = composeTransform({ tx: 0, ty: 0, s: 1 }, 'translate(52 212)');
    const inner = composeTransform(outer, 'scale(0.5)');
    // the point (10, 20) inside both groups lands at 52 + 5, 212 + 10
    expect([inner.tx + inner.s * 10, inner.ty + inner.s * 20]).toEqual([57, 222]);
    expect(composeTransform(inner, 'translate(4,6)')).toEqual({ tx: 54, ty: 215, s: 0.5 });
  });
});
