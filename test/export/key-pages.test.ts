// The numbered key continued on pages of its own (the PDF's pages): every number on the map has its
// row on the map page or on a following page, in order, under the same title and footer.
import { describe, expect, it } from 'vitest';
import { renderExportPages, renderExportSvg } from '../../src/export/render-svg.ts';
import { boundaries, sampleInput } from '../fixtures/export/sample-input.ts';
import { boxesOverlap, keyRowsOf, labelBoxes, namesIn } from './read-labels.ts';

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

const numbersOnMap = (svg: string) => [...svg.matchAll(/<g class="key-number" data-id="([^"]+)"[^>]*>.*?<text [^>]*>(\d+)<\/text><\/g>/g)].map((m) => ({ id: m[1]!, number: Number(m[2]) }));

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
    for (const { id, number } of numbers) {
      const row = rows.find((r) => r.number === number)!;
      // the numbered project first, then the neighbours sharing its number, each by name
      expect(row.ids[0]).toBe(id);
      expect(namesIn(row.text)).toEqual(row.ids.map((member) => names.get(member)!.replace(/\s/g, '')));
    }
    // every park not named on the map is in exactly one row
    const named = new Set([...mapPage.matchAll(/<g class="project-label" data-id="([^"]+)"/g)].map((m) => m[1]));
    const listed = rows.flatMap((r) => r.ids);
    expect(new Set(listed).size).toBe(listed.length);
    expect(parks.filter((p) => !named.has(p.id)).map((p) => p.id).sort()).toEqual(listed.filter((id) => id.startsWith('park-')).sort());
    // the map page says where the rest is; each further page has the title, the heading and the footer
    expect(mapPage).toMatch(/class="key-continued" data-count="\d+"/);
    for (const page of rest) {
      expect(page).toContain('>Key pages</tspan>');
      expect(page).toContain(lang === 'zh' ? '编号所指项目' : 'Numbered projects');
      expect(page).toMatch(/class="footer"/);
      expect(page).not.toContain('class="map"');
    }
  });

  // On a page packed far beyond any real map (120 parks in one prefecture) the last numbers may need a
  // leader across other labels; the default pages of the real data have none (export-cli.test.ts).
  it('keeps the numbers on the map page clear of each other and of the names', () => {
    const [mapPage] = pagesOf('en');
    const all = labelBoxes(mapPage!);
    expect(all.length).toBeGreaterThan(30);
    for (const [i, a] of all.entries()) for (const b of all.slice(i + 1)) expect(boxesOverlap(a, b), `${a} overlaps ${b}`).toBe(false);
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

  it.each(['zh', 'en'] as const)('an image (SVG, PNG) is exactly its page: its key lists what fits, and a closing line counts the parks shown without a number (%s)', (lang) => {
    // twice as many parks, closer together: more numbers than the legend's room beside the map holds
    const dense = Array.from({ length: 240 }, (_, i) => ({
      ...parks[0]!,
      id: `park-${i}`,
      properties: { ...parks[0]!.properties, id: `park-${i}`, name_zh: `成都第${i}产业园`, name_en: `Chengdu park ${i}` },
      geometry: { type: 'Point' as const, coordinates: [103.6 + (i % 16) * 0.075, 30.2 + Math.floor(i / 16) * 0.05] },
    }));
    const crowded = { ...input(lang), features: [...base.features, ...dense] };
    const svg = renderExportSvg(crowded);
    expect(svg).toBe(renderExportPages(crowded, { continueKey: false })[0]);
    // A4 at 150 dpi, in pixels and in millimetres
    expect(svg).toMatch(/^<svg [^>]*width="297mm" height="210mm" viewBox="0 0 1754 1240"/);
    expect(svg).not.toContain('key-continued');
    // every number on the map has its row, and every park is named, in a row, or counted
    const rows = keyRowsOf(svg);
    expect(rows.map((r) => r.number)).toEqual(numbersOnMap(svg).map((n) => n.number).sort((a, b) => a - b));
    const named = new Set([...svg.matchAll(/<g class="project-label" data-id="([^"]+)"/g)].map((m) => m[1]));
    const listed = rows.flatMap((r) => r.ids);
    expect(new Set(listed).size).toBe(listed.length);
    const unnumbered = dense.filter((p) => !named.has(p.id) && !listed.includes(p.id)).length;
    expect(unnumbered).toBeGreaterThan(0);
    const count = Number(svg.match(/class="key-unnumbered" data-count="(\d+)"/)![1]);
    expect(count).toBe(unnumbered);
    // the closing line says it in the page's language, with the count
    const line = [...svg.match(/class="key-unnumbered"[^>]*>(.*?)<\/text>/)![1]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    expect(line).toContain(String(count));
    expect(line).toContain(lang === 'zh' ? '未编号' : 'not numbered');
    expect(line).toContain('PDF');
    // every row and line of the legend on the page, beside or below the map
    for (const m of svg.matchAll(/<tspan x="([\d.]+)" y="([\d.]+)">/g)) {
      expect(Number(m[1])).toBeLessThan(1754);
      expect(Number(m[2])).toBeLessThanOrEqual(1240);
    }
    expect(labelBoxes(svg).every(([x, y, w, h]) => x >= 0 && y >= 0 && x + w <= 1754 && y + h <= 1240)).toBe(true);
  });
});
