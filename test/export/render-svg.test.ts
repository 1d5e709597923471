import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { renderExportSvg } from '../../src/export/render-svg.ts';
import type { ExportInput } from '../../src/export/export-input.ts';
import { sampleInput } from '../fixtures/export/sample-input.ts';

// REGEN=1 writes the expected files (new ones, or after an intended layout change: look at them
// first). Without it a missing file fails the test: in CI a snapshot written on the spot would pass
// whatever the renderer drew.
function matchesFixture(name: string, svg: string): void {
  const file = new URL(`../fixtures/export/${name}.svg`, import.meta.url);
  if (process.env.REGEN === '1') writeFileSync(file, svg);
  if (!existsSync(file)) throw new Error(`test/fixtures/export/${name}.svg is missing: run REGEN=1 npx vitest run test/export/render-svg.test.ts and look at it`);
  expect(svg).toBe(readFileSync(file, 'utf8'));
}

const SNAPSHOTS: [string, Partial<ExportInput>][] = [
  ['slide-both', {}],
  ['a4-portrait-150-zh', { preset: 'a4-portrait', dpi: 150, lang: 'zh' }],
  ['square-en', { preset: 'square', lang: 'en' }],
  // the paper presets a briefing uses most, each drawn to PNG and looked at when written: title,
  // legend beside (landscape) or below (portrait) the map, names clear of each other, footer whole
  ['a4-landscape-300-both', { preset: 'a4-landscape', dpi: 300, lang: 'both' }],
  ['a3-landscape-150-en', { preset: 'a3-landscape', dpi: 150, lang: 'en' }],
  ['a3-portrait-300-zh', { preset: 'a3-portrait', dpi: 300, lang: 'zh' }],
];

function attr(svg: string, pattern: RegExp): string {
  const m = svg.match(pattern);
  if (!m?.[1]) throw new Error(`no match for ${pattern}`);
  return m[1];
}

/** The text of each <text> element (its tspans joined by spaces), unescaped. */
function textsOf(svg: string): string[] {
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].flatMap((m) => {
    const spans = [...m[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((s) => unescape(s[1]!));
    return spans.length ? spans : [unescape(m[1]!)];
  });
}

function frameOf(svg: string): { x: number; y: number; width: number; height: number } {
  const [x, y, width, height] = attr(svg, /<clipPath id="export-map-frame"><rect ([^/]*)\/>/)
    .match(/-?[\d.]+/g)!
    .map(Number);
  return { x: x!, y: y!, width: width!, height: height! };
}

describe('renderExportSvg layout snapshots', () => {
  it.each(SNAPSHOTS)('%s matches the saved picture', (name, overrides) => {
    matchesFixture(name, renderExportSvg(sampleInput(overrides)));
  });

  it('gives the same bytes for the same input', () => {
    expect(renderExportSvg(sampleInput())).toBe(renderExportSvg(sampleInput()));
  });
});

describe('renderExportSvg', () => {
  it('sizes paper presets in millimetres with a pixel viewBox', () => {
    const svg = renderExportSvg(sampleInput({ preset: 'a4-landscape', dpi: 300 }));
    expect(svg).toMatch(/^<svg [^>]*width="297mm" height="210mm" viewBox="0 0 3508 2480"/);
    expect(renderExportSvg(sampleInput())).toMatch(/^<svg [^>]*width="1920" height="1080" viewBox="0 0 1920 1080"/);
  });

  it('escapes markup in the title, subtitle, feature names, sources and permalink', () => {
    const evil = '<script>alert(1)</script>';
    const svg = renderExportSvg(
      sampleInput({ title: evil, subtitle: '"onload="alert(1)', sources: evil, permalink: 'https://x/?a="onload="b', selectedId: 'xss-1' }),
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('"onload="');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&quot;onload=&quot;alert(1)');
  });

  it('lists exactly the visible layers in the legend, with their counts', () => {
    const input = sampleInput();
    const visible = input.legend.filter((item) => item.key !== 'national_new_area');
    const svg = renderExportSvg({ ...input, legend: visible });
    const keys = [...svg.matchAll(/class="legend-item" data-key="([^"]+)" data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])]);
    expect(keys).toEqual(visible.map((item) => [item.key, item.count]));
    expect(svg).toContain('High-speed rail (2)');
    expect(svg).not.toContain('国家级新区');
  });

  it('draws a round-length scale bar true to the Mercator scale at the centre latitude', () => {
    const input = sampleInput();
    const svg = renderExportSvg(input);
    const km = Number(attr(svg, /class="scale-bar" data-km="([\d.]+)"/));
    const px = Number(attr(svg, /class="scale-bar" data-km="[\d.]+" data-px="([\d.]+)"/));
    const frame = frameOf(svg);
    // Independent: a Mercator fitted to the bounds has scale k = min(frame w / Δλ, frame h / Δy),
    // and east–west pixels per km at latitude φ are k / (R cos φ).
    const [[south, west], [north, east]] = input.bounds;
    const rad = Math.PI / 180;
    const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * rad) / 2));
    const k = Math.min(frame.width / ((east - west) * rad), frame.height / (mercY(north) - mercY(south)));
    const centreLat = 2 * Math.atan(Math.exp((mercY(north) + mercY(south)) / 2)) - Math.PI / 2;
    const expectedPxPerKm = k / (6371.0088 * Math.cos(centreLat));
    expect(px).toBeGreaterThan(0);
    expect(Math.abs(px - km * expectedPxPerKm) / (km * expectedPxPerKm)).toBeLessThan(0.005);
    expect(km / 10 ** Math.floor(Math.log10(km))).toBeOneOf([1, 2, 5]);
    expect(px).toBeLessThanOrEqual(frame.width * 0.22);
  });

  it('draws a province as a shape inside the frame, not a fill of the whole frame (ring winding)', () => {
    // Bounds wide enough to hold both provinces whole.
    const svg = renderExportSvg(sampleInput({ bounds: [[24, 95], [36, 112]] }));
    const frame = frameOf(svg);
    const numbers = attr(svg, /class="province-fill" d="([^"]+)"/).match(/-?[\d.]+/g)!.map(Number);
    const xs = numbers.filter((_, i) => i % 2 === 0);
    const ys = numbers.filter((_, i) => i % 2 === 1);
    expect(Math.min(...xs)).toBeGreaterThan(frame.x + 1);
    expect(Math.max(...xs)).toBeLessThan(frame.x + frame.width - 1);
    expect(Math.min(...ys)).toBeGreaterThan(frame.y + 1);
    expect(Math.max(...ys)).toBeLessThan(frame.y + frame.height - 1);
  });

  it('draws approximate points hollow and unbuilt corridors dashed', () => {
    const svg = renderExportSvg(sampleInput());
    expect(svg).toMatch(/<path [^>]*fill="#ffffff" stroke="#D55E00"[^>]*data-id="tianfu-new-area"/);
    expect(svg).toMatch(/class="feature line" data-id="hsr-chengdu-chongqing-middle"[^>]*stroke-dasharray=/);
    expect(svg).not.toMatch(/class="feature line" data-id="hsr-chengdu-chongqing"[^>]*stroke-dasharray=/);
  });

  it('writes the footer and the disclaimer in the chosen language', () => {
    const zh = renderExportSvg(sampleInput({ lang: 'zh' }));
    const en = renderExportSvg(sampleInput({ lang: 'en' }));
    const both = renderExportSvg(sampleInput({ lang: 'both' }));
    expect(zh).toContain('边界仅为示意，非官方地图');
    expect(zh).not.toContain('not an official map');
    expect(en).toContain('Boundaries illustrative, not an official map');
    expect(en).not.toContain('边界仅为示意');
    expect(both).toContain('边界仅为示意，非官方地图 Boundaries illustrative, not an official map');
    expect(en).toContain('2026-11-26');
    expect(en).toContain('https://example.org/chengyu-map/#v=1&amp;layers=corridor,pilot_zone');
  });

  it('says the disclaimer once, cites sources in words (no repository path), the facts\' checked date and the given link', () => {
    const footerText = (svg: string) => textsOf(svg.slice(svg.indexOf('<g class="footer"'))).join(' ');
    const en = footerText(renderExportSvg(sampleInput({ lang: 'en', sources: 'Boundaries: AMap district data. Projects: compiled from government documents.' })));
    expect(en.match(/not an official map/g)).toHaveLength(1);
    expect(en).not.toMatch(/data\/facts|\.csv/);
    expect(en).toContain('AMap district data');
    expect(en).toContain('project facts checked 2026-11-26');
    expect(en).toContain('example.org/chengyu-map/#v=1&layers=corridor,pilot_zone');
    const unknown = footerText(renderExportSvg(sampleInput({ lang: 'zh', checkedOn: null, permalink: '' })));
    expect(unknown).toContain('项目资料核对于 未知');
    expect(unknown).not.toContain('http');
  });

  it('shortens a very long permalink in the text but links the whole address', () => {
    const long = `https://example.org/chengyu-map/?lang=en&city=${'510100,'.repeat(30)}510600`;
    const svg = renderExportSvg(sampleInput({ lang: 'en', permalink: long }));
    expect(svg).toContain(`<a href="${long.replace(/&/g, '&amp;')}">`);
    const printed = textsOf(svg.slice(svg.indexOf('<g class="footer"'))).join(' ');
    expect(printed).toContain('example.org/chengyu-map/?lang=en&city=510100');
    expect(printed).toContain('…');
    expect(printed).not.toContain('https://');
  });

  it('wraps a long title onto a second line instead of shrinking it to nothing or cutting it', () => {
    const title = 'Chengdu–Chongqing Economic Circle: transport corridors, pilot zones and industrial parks named in the 2021 planning outline';
    const svg = renderExportSvg(sampleInput({ preset: 'a4-portrait', dpi: 150, lang: 'en', title }));
    const titleTag = svg.match(/<text class="title"[^>]*>(.*?)<\/text>/)![0];
    const lines = textsOf(titleTag);
    expect(lines.length).toBe(2);
    expect(lines.join(' ')).toBe(title);
    expect(Number(attr(titleTag, /font-size="([\d.]+)"/))).toBeGreaterThanOrEqual(44 * (1240 / 1080) * 0.6);
    // the map starts below the title block
    expect(frameOf(svg).y).toBeGreaterThan(Math.max(...[...titleTag.matchAll(/y="([\d.]+)"/g)].map((m) => Number(m[1]))));
  });

  it('keeps every bilingual legend entry whole on A4, wrapping long ones', () => {
    const long = { zh: '国家级经济技术开发区与综合保税区', en: 'National economic and technological development zones and comprehensive bonded zones' };
    const input = sampleInput({ preset: 'a4-landscape', dpi: 150, lang: 'both' });
    const legend = [...input.legend, { ...input.legend[2]!, key: 'long', label_zh: long.zh, label_en: long.en, count: 12 }];
    const svg = renderExportSvg({ ...input, legend });
    const legendText = textsOf(svg.slice(svg.indexOf('<g class="legend"'), svg.indexOf('<g class="footer"'))).join(' ');
    for (const item of legend) expect(legendText).toContain(`${item.label_zh} ${item.label_en}`.split(' ')[0]);
    expect(legendText.replace(/\s+/g, ' ')).toContain(`${long.zh} ${long.en} (12)`);
    expect(legendText).not.toContain('…');
  });

  it('never squeezes the map on A4: a long bilingual legend spreads into columns and smaller type, not over the map', () => {
    const input = sampleInput({ preset: 'a4-portrait', dpi: 300, lang: 'both' });
    const legend = [
      ...input.legend,
      ...Array.from({ length: 16 }, (_, i) => ({ ...input.legend[i % 3]!, key: `layer-${i}`, label_zh: `示例图层第${i}号`, label_en: `Sample layer number ${i} with a longer name`, count: i })),
    ];
    const svg = renderExportSvg({ ...input, legend });
    const frame = frameOf(svg);
    const page = { width: 2480, height: 3508 };
    // the map keeps more than half of the page's height and its whole text width
    expect(frame.height).toBeGreaterThan(page.height * 0.4);
    expect(frame.width).toBeGreaterThan(page.width * 0.9);
    const legendPart = svg.slice(svg.indexOf('<g class="legend"'), svg.indexOf('<g class="footer"'));
    const legendText = textsOf(legendPart).join(' ').replace(/\s+/g, ' ');
    for (const item of legend) expect(legendText).toContain(`${item.label_zh} ${item.label_en} (${item.count})`);
    // its type stays at least 7 pt (300 dpi: 300/72 px per point)
    for (const m of legendPart.matchAll(/font-size="([\d.]+)"/g)) expect(Number(m[1]) / (300 / 72)).toBeGreaterThanOrEqual(7);
    // and below the map, not over it
    const firstRowY = Math.min(...[...legendPart.matchAll(/<tspan x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(firstRowY).toBeGreaterThan(frame.y + frame.height);
  });

  it('gives the map on a landscape page more room beside a short legend than a strip', () => {
    const input = sampleInput({ preset: 'a4-landscape', dpi: 150, lang: 'en' });
    const frame = frameOf(renderExportSvg(input));
    // three short entries: one column beside the map, which keeps the page's full content height
    expect(frame.width).toBeGreaterThan(1754 * 0.6);
  });

  it('sets place labels and the scale bar at least 7 pt on A4 and at least 14 pt on the 1920 px slide', () => {
    const seats = [{ adcode: '510100', name_zh: '成都市', name_en: 'Chengdu', lon: 104.07, lat: 30.67, priority: 10 }];
    const pointsOf = (svg: string, pxPerPt: number) =>
      [...svg.matchAll(/<g class="(?:seat-label|scale-bar)"[^]*?font-size="([\d.]+)"/g)].map((m) => Number(m[1]) / pxPerPt);
    const a4 = renderExportSvg(sampleInput({ preset: 'a4-landscape', dpi: 300, boundaries: { ...sampleInput().boundaries, seats } }));
    const slide = renderExportSvg(sampleInput({ preset: 'slide-16x9', boundaries: { ...sampleInput().boundaries, seats } }));
    // 300 dpi: 300/72 px per point; the slide is 96 px per inch: 96/72 px per point
    const a4Sizes = pointsOf(a4, 300 / 72);
    const slideSizes = pointsOf(slide, 96 / 72);
    expect(a4Sizes.length).toBe(2);
    expect(slideSizes.length).toBe(2);
    for (const pt of a4Sizes) expect(pt).toBeGreaterThanOrEqual(7);
    for (const pt of slideSizes) expect(pt).toBeGreaterThanOrEqual(14);
  });

  it('prints the note above the footer', () => {
    const svg = renderExportSvg(sampleInput({ lang: 'en', note: 'Corridors run through city seats, not along the real track.' }));
    expect(textsOf(svg.match(/<text class="note"[^>]*>.*?<\/text>/)![0]).join(' ')).toBe('Corridors run through city seats, not along the real track.');
  });

  it('sets text in the shipped font first and embeds it only when asked', () => {
    const plain = renderExportSvg(sampleInput());
    expect(plain).toMatch(/^<svg [^>]*font-family="&apos;Noto Sans CJK SC&apos;, /);
    expect(plain).not.toContain('@font-face');
    const embedded = renderExportSvg(sampleInput({ embeddedFont: { family: 'Noto Sans CJK SC', woff2Base64: 'd09GMgABAAAA' } }));
    expect(embedded).toContain('@font-face{font-family:"Noto Sans CJK SC";src:url(data:font/woff2;base64,d09GMgABAAAA)');
  });

  it('draws the social card 1200 x 630 without a legend, the map as wide as the text, title and footer kept', () => {
    const svg = renderExportSvg(sampleInput({ preset: 'social', title: 'Corridors first', subtitle: 'Three steps' }));
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630" viewBox="0 0 1200 630"/);
    expect(svg).not.toContain('<g class="legend"');
    const frame = frameOf(svg);
    const margin = frame.x;
    expect(frame.width).toBeCloseTo(1200 - 2 * margin, 0);
    expect(frame.height).toBeGreaterThan(630 * 0.5);
    const texts = textsOf(svg);
    expect(texts).toContain('Corridors first');
    expect(texts).toContain('Three steps');
    expect(svg).toContain('<g class="footer"');
  });

  it('refuses an unknown preset with the list of valid ones', () => {
    expect(() => renderExportSvg(sampleInput({ preset: 'poster' }))).toThrow(/Valid presets: slide-16x9/);
  });
});
