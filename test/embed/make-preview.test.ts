// The no-script preview: the export renderer's picture of the default state, from the built data.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePreviewSvg } from '../../scripts/make-preview';
import { buildPublishedLayers } from '../../data/build/published-layers';
import type { DivisionList } from '../../src/import/divisions';

const features = (JSON.parse(readFileSync('public/data/features.json', 'utf8')) as { features: { properties: { category: string } }[] }).features;

describe('makePreviewSvg', () => {
  const svg = makePreviewSvg('2026-01-01');

  it('is a standalone SVG with both titles, the date and a legend', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('成渝地区双城经济圈项目地图');
    expect(svg).toContain('Chengdu–Chongqing Economic Circle map');
    expect(svg).toContain(`${features.length} features`);
    expect(svg).toContain('2026-01-01');
  });

  it('fetches nothing: no external references, no script', () => {
    expect(svg).not.toMatch(/<script|href="http|url\(http/i);
  });

  it('is the same for the same date (the build is reproducible)', () => {
    expect(makePreviewSvg('2026-01-01')).toBe(svg);
  });
});

describe('makePreviewSvg with published layers', () => {
  // the built data with the fixture layers folder, as a deployer's build with files in data/layers/ writes it
  const LAYERS = fileURLToPath(new URL('../fixtures/layers/published/', import.meta.url));
  const dataDir = mkdtempSync(join(tmpdir(), 'preview-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const built = async () => {
    for (const file of ['boundaries-base.json', 'features.json']) copyFileSync(join('public/data', file), join(dataDir, file));
    const divisions = JSON.parse(readFileSync('public/data/divisions.json', 'utf8')) as DivisionList;
    const published = await buildPublishedLayers({ layersDir: LAYERS, outDir: dataDir, divisions, today: '2026-12-01' });
    const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dataDir, 'manifest.json'), JSON.stringify({ ...manifest, layers: published?.layers }));
    return makePreviewSvg('2026-01-01', dataDir);
  };
  /** The drawn group of a layer: its circles' centres and the colour they are filled with. */
  const drawn = (svg: string, name: string) => {
    const group = svg.match(new RegExp(`<g class="user-layer" data-name="${name}"><g fill="(#[0-9a-f]{6})"[^>]*>(.*?)</g></g>`));
    return { fill: group?.[1], circles: [...(group?.[2] ?? '').matchAll(/<circle cx="([^"]+)" cy="([^"]+)"/g)].map((m): [number, number] => [Number(m[1]), Number(m[2])]) };
  };
  const text = (svg: string) => [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');

  it('draws each layer\'s features in its colour as circles, lists it in the legend in both languages and names its source', async () => {
    const svg = await built();
    const sites = drawn(svg, '测试图层：站点');
    const offices = drawn(svg, '测试图层：按区县放置');
    expect(sites).toMatchObject({ fill: '#1b7837' });
    expect(offices).toMatchObject({ fill: '#762a83' });
    expect(sites.circles).toHaveLength(2);
    expect(offices.circles).toHaveLength(2);
    // Chengdu (104.07 E) is drawn west of Chongqing (106.55 E), both on the page
    expect(sites.circles[0]![0]).toBeLessThan(sites.circles[1]![0]);
    for (const [x, y] of [...sites.circles, ...offices.circles]) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(1920);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(1080);
    }
    expect(svg).toContain('data-key="user:published-test-sites" data-count="2"');
    expect(svg).toContain('data-key="user:published-test-offices" data-count="2"');
    // legend rows and the footer's source line may wrap: read without the breaks
    const words = text(svg).replace(/\s+/g, '');
    expect(words).toContain('测试图层：站点Testlayer:sites');
    expect(words).toContain('测试图层：按区县放置Testlayer:placedbycounty');
    // the source line names each layer's publisher and checked day
    expect(words).toContain('Testfixture(notrealdata)');
    expect(words).toContain('测试数据（非真实）');
    expect(words).toContain('2026-11-30');
    // still fetches nothing
    expect(svg).not.toMatch(/<script|href="http|url\(http/i);
  });
});
