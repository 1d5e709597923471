// The numbered key continued on pages of its own (the PDF's pages): every number on the map has its
// row on the map page or on a following page, in order, under the same title and footer.
import { describe, expect, it } from 'vitest';
import { renderExportPages, renderExportSvg } from '../../src/export/render-svg.ts';
import { boundaries, sampleInput } from '../fixtures/export/sample-input.ts';

const base = sampleInput();
const park = base.features[5]!;
// 120 parks over the Chengdu plain: far more than a page can name or list beside its legend
const parks = Array.from({ length: 120 }, (_, i) => ({
  ...park,
  id: `park-${i}`,
  properties: { ...park.properties, id: `park-${i}`, name_zh: `成都第${i}产业园`, name_en: `Chengdu park ${i}`, level: 'provincial' as const },
  geometry: { type: 'Point' as const, coordinates: [103.6 + (i % 12) * 0.1, 30.2 + Math.floor(i / 12) * 0.08] },
}));
const input = (lang: 'zh' | 'en') => sampleInput({ features: [...base.features, ...parks], boundaries: { ...boundaries, seats: [] }, lang, preset: 'a4-landscape', dpi: 150, title: 'Key pages' });

// one render per language, shared by the tests (a page of 120 parks takes a second or two on a busy machine)
const rendered = new Map<'zh' | 'en', string[]>();
const pagesOf = (lang: 'zh' | 'en') => rendered.get(lang) ?? rendered.set(lang, renderExportPages(input(lang), { continueKey: true })).get(lang)!;

type Box = [number, number, number, number];
const numbersOnMap = (svg: string) => [...svg.matchAll(/<g class="key-number" data-id="([^"]+)"[^>]*>.*?<text [^>]*>(\d+)<\/text><\/g>/g)].map((m) => ({ id: m[1]!, number: Number(m[2]) }));
const keyRowsOf = (svg: string) => [...svg.matchAll(/<g class="key-row" data-number="(\d+)">(.*?)<\/g>/g)].map((m) => ({ number: Number(m[1]), text: [...m[2]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(' ') }));
const boxes = (svg: string): Box[] => [...svg.matchAll(/<g class="(?:seat-label|project-label|key-number)"[^>]*data-box="([^"]+)"/g)].map((m) => m[1]!.split(' ').map(Number) as Box);
const overlap = (a: Box, b: Box) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

describe('the numbered key continued on further pages', { timeout: 30_000 }, () => {
  it.each(['zh', 'en'] as const)('lists every number on the map once, in order, on the map page or after it (%s)', (lang) => {
    const pages = pagesOf(lang);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const [mapPage, ...rest] = pages as [string, ...string[]];
    const numbers = numbersOnMap(mapPage);
    // every park without a name on the map has a number: none is only counted
    expect(mapPage).not.toContain('key-unlisted');
    const names = new Map([...base.features, ...parks].map((f) => [f.id, lang === 'zh' ? f.properties.name_zh : f.properties.name_en]));
    const rows = pages.flatMap(keyRowsOf);
    expect(rows.map((r) => r.number)).toEqual(numbers.map((n) => n.number).sort((a, b) => a - b));
    for (const { id, number } of numbers) expect(rows.find((r) => r.number === number)!.text).toBe(names.get(id));
    // the map page says where the rest is; each further page has the title, the heading and the footer
    expect(mapPage).toMatch(/class="key-continued" data-count="\d+"/);
    for (const page of rest) {
      expect(page).toContain('>Key pages</tspan>');
      expect(page).toContain(lang === 'zh' ? '编号所指项目' : 'Numbered projects');
      expect(page).toMatch(/class="footer"/);
      expect(page).not.toContain('class="map"');
    }
  });

  it('keeps the numbers on the map page clear of each other and of the names', () => {
    const [mapPage] = pagesOf('en');
    const all = boxes(mapPage!);
    expect(all.length).toBeGreaterThan(100);
    for (const [i, a] of all.entries()) for (const b of all.slice(i + 1)) expect(overlap(a, b), `${a} overlaps ${b}`).toBe(false);
  });

  it('keeps rows of a key page inside the page', () => {
    const pages = pagesOf('en');
    const [, width, height] = pages[1]!.match(/viewBox="0 0 (\d+) (\d+)"/)!.map(Number) as number[];
    for (const page of pages.slice(1)) {
      for (const m of page.matchAll(/<tspan x="([\d.]+)" y="([\d.]+)">/g)) {
        expect(Number(m[1])).toBeLessThan(width!);
        expect(Number(m[2])).toBeLessThanOrEqual(height!);
      }
    }
  });

  it('an image (SVG, PNG) stays one page whose key is cut to its room and counts the rest', () => {
    const svg = renderExportSvg(input('en'));
    expect(svg).toBe(renderExportPages(input('en'), { continueKey: false })[0]);
    expect(svg).toMatch(/class="key-unlisted" data-count="\d+"/);
  });
});
