import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { atlasEntries, atlasFileNames, atlasPages, contentsSvg } from '../../src/export/atlas.ts';
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

describe('atlas: one page per zone and per shown project', { timeout: 120_000 }, () => {
  const base = sampleInput({ lang: 'en' });
  const tianfu = base.features.find((f) => f.id === 'tianfu-new-area')!;
  const mianyang = base.features.find((f) => f.id === 'mianyang-hitech')!;
  // a zone drawn as an area around Chengdu's south (103.9–104.3°E, 30.2–30.6°N)
  const zone = {
    ...tianfu,
    id: 'chengdu-south-zone',
    properties: { ...tianfu.properties, id: 'chengdu-south-zone', name_zh: '成都南部合作区', name_en: 'Chengdu South Cooperation Zone', subtype: 'adjacent_cooperation_platform', anchor: [104.1, 30.4] as [number, number] },
    geometry: { type: 'Polygon' as const, coordinates: [[[103.9, 30.2], [104.3, 30.2], [104.3, 30.6], [103.9, 30.6], [103.9, 30.2]]] },
  };
  const withZone = sampleInput({ lang: 'en', features: [...base.features, zone] });

  it('zone: one page per shown project with an extent, framed on it, with the projects inside it', () => {
    const pages = atlasPages(withZone, 'zone');
    expect(pages.map((p) => p.title)).toEqual(['Chengdu South Cooperation Zone']);
    const [page] = pages;
    expect(page!.features.map((f) => f.id).sort()).toEqual(['chengdu-south-zone', 'tianfu-new-area']);
    const [[south, west], [north, east]] = page!.bounds;
    expect(west).toBeGreaterThan(103.8);
    expect(east).toBeLessThan(104.4);
    expect(south).toBeGreaterThan(30.1);
    expect(north).toBeLessThan(30.7);
  });

  it('selection: one page per shown project, titled with its name, selected and framed around it', () => {
    const pages = atlasPages(base, 'selection');
    expect(pages).toHaveLength(base.features.length);
    const page = pages.find((p) => p.title === 'Mianyang Hi-tech Zone')!;
    expect(page.selectedId).toBe('mianyang-hitech');
    const [[south, west], [north, east]] = page.bounds;
    const [lon, lat] = mianyang.geometry.coordinates as [number, number];
    expect(west).toBeLessThan(lon);
    expect(east).toBeGreaterThan(lon);
    expect(south).toBeLessThan(lat);
    expect(north).toBeGreaterThan(lat);
    expect(east - west).toBeLessThan(1.5);
    expect(page.features.map((f) => f.id)).toContain('mianyang-hitech');
    expect(page.features.map((f) => f.id)).not.toContain('liangjiang-new-area');
  });

  it('writes the zone atlas as one PDF: contents naming the zone, then its page with its title', async () => {
    const input = { ...withZone, preset: 'a4-portrait' as const, dpi: 150, title: 'Zones atlas' };
    const pages = atlasPages(input, 'zone');
    const pdf = await renderPdf([contentsSvg(input, pages), ...pages.map(renderExportSvg)], font, { title: input.title, date: input.date, lang: 'en' });
    const read = await readPdf(pdf);
    expect(read).toHaveLength(2);
    const contents = read[0]!.text.replace(/\n/g, ' ');
    expect(contents).toContain('Contents');
    expect(contents).toContain('Chengdu South Cooperation Zone');
    expect(contents).toContain('page 2');
    expect(read[1]!.text.replace(/\n/g, ' ')).toContain('Chengdu South Cooperation Zone');
  });
});

describe('atlas as PNG pages: file names', () => {
  it('numbers the pages in order, then the adcode and the English name from the data', () => {
    // names as data/names-en.csv gives them
    const names = atlasFileNames([{ id: '510100', nameEn: 'Chengdu' }, { id: '513400', nameEn: 'Liangshan Yi Autonomous Prefecture' }], 'png');
    expect(names).toEqual(['01-contents.png', '02-510100-chengdu.png', '03-513400-liangshan-yi-autonomous-prefecture.png']);
  });

  it('keeps names ASCII (a unit without an English name keeps its adcode) and pads the number for long atlases', () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ id: `p${i}`, nameEn: i === 0 ? '成都市' : 'Chengdu–Chongqing HSR' }));
    const names = atlasFileNames(many, 'png');
    expect(names[0]).toBe('001-contents.png');
    expect(names[1]).toBe('002-p0.png');
    expect(names[2]).toBe('003-p1-chengdu-chongqing-hsr.png');
    expect(names.every((n) => /^[a-z0-9.-]+$/.test(n))).toBe(true);
    // an id spelt from the English name is said once
    expect(atlasFileNames([{ id: 'chengdu-metropolitan-area', nameEn: 'Chengdu Metropolitan Area' }], 'png')[1]).toBe('02-chengdu-metropolitan-area.png');
  });

  it('gives each prefecture page its adcode, in the pages\' order', () => {
    const entries = atlasEntries(sampleInput({ lang: 'zh' }), 'prefecture');
    expect(entries).toHaveLength(21);
    expect(entries[0]!.id).toBe('510100');
    expect(entries[0]!.page.title).toBe('成都市');
    expect(entries.map((e) => e.page)).toEqual(atlasPages(sampleInput({ lang: 'zh' }), 'prefecture'));
  });

  it('puts the embedded font into the contents page, which a PNG draws through <img>', () => {
    const base = sampleInput({ embeddedFont: { family: 'Noto Sans CJK SC', woff2Base64: 'AAAA' } });
    const svg = contentsSvg(base, atlasPages(base, 'prefecture'));
    expect(svg).toContain('@font-face{font-family:"Noto Sans CJK SC";src:url(data:font/woff2;base64,AAAA)');
    expect(svg).toMatch(/<svg [^>]*font-family="&apos;Noto Sans CJK SC&apos;/);
  });
});
