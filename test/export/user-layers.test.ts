import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { renderExportSvg } from '../../src/export/render-svg.ts';
import { userLayerLegendItems, type ExportUserLayer } from '../../src/export/user-layers.ts';
import { sampleInput } from '../fixtures/export/sample-input.ts';
import { sceneUserLayer } from '../../src/user-data/scene-user-layer.ts';
import type { UserLayer } from '../../src/import/layer-store.ts';
import { buildScene } from '../../src/state/scene.ts';
import { defaultState } from '../../src/state/app-state.ts';
import { NO_QUESTION, type QuestionState } from '../../src/questions/question-types.ts';
import { answerQuestion, buildQuestionData } from '../../src/questions/question-result.ts';
import { buildFeatureIndex, type IndexableFeature } from '../../src/spatial/index.ts';
import { FIXTURE } from '../filters/fixtures.ts';

const HOSTILE = '<script>window.__pwned=true</script>"\'&';
const features: Feature[] = [
  { type: 'Feature', properties: { name: HOSTILE }, geometry: { type: 'Point', coordinates: [104.07, 30.67] } },
  { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[104.07, 30.67], [106.55, 29.56]] } },
];
const layer = (overrides: Partial<ExportUserLayer> = {}): ExportUserLayer => ({ id: 'L1', name: HOSTILE, colour: '#123456', features, ...overrides });

describe('user layers in the export', () => {
  it('leaves exports without user layers exactly as they were', () => {
    expect(renderExportSvg(sampleInput({ userLayers: [] }))).toBe(renderExportSvg(sampleInput()));
  });

  it('draws points and lines in the layer colour with the name escaped', () => {
    const svg = renderExportSvg(sampleInput({ userLayers: [layer()], legend: userLayerLegendItems([layer()]) }));
    const group = svg.match(/<g class="user-layer"[^>]*>.*?<\/g><\/g>|<g class="user-layer"[^>]*>[^]*?<\/g>/)?.[0] ?? '';
    expect(group).toContain('<circle');
    expect(group).toContain('stroke="#123456"');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;window.__pwned=true&lt;/script&gt;&quot;&apos;&amp;');
  });

  it("draws each feature in the file's own colour column where it has one, as the map does, and the rest in the layer colour", () => {
    const coloured: Feature[] = [
      { type: 'Feature', properties: { name: 'A', FillColor: '#E41A1C' }, geometry: { type: 'Polygon', coordinates: [[[104, 30], [104.5, 30], [104.5, 30.5], [104, 30]]] } },
      { type: 'Feature', properties: { name: 'B', 'marker-color': 'f80' }, geometry: { type: 'Point', coordinates: [106.5, 29.5] } },
      { type: 'Feature', properties: { name: 'C', 颜色: 'not a colour' }, geometry: { type: 'Point', coordinates: [105, 30] } },
    ];
    const svg = renderExportSvg(sampleInput({ userLayers: [layer({ features: coloured })] }));
    const group = /<g class="user-layer"[^>]*>([^]*?)<\/g>(?=<\/g>|$)/.exec(svg.slice(svg.indexOf('<g class="user-layer"')))?.[0] ?? '';
    expect(group).toMatch(/<path d="[^"]+" fill="#e41a1c" fill-opacity="0.25" stroke="#e41a1c"/);
    expect(group).toMatch(/<g fill="#ff8800"[^>]*><circle [^>]*\/><\/g>/);
    // a value that is not a colour falls back to the layer's colour, never written into the page
    expect(group).toMatch(/<g fill="#123456"[^>]*><circle [^>]*\/><\/g>/);
    expect(group).not.toContain('not a colour');
    // areas lie under points whatever their colours
    expect(group.indexOf('fill-opacity="0.25"')).toBeLessThan(group.indexOf('<circle'));
  });

  it('never writes a colour that is not #rrggbb', () => {
    const svg = renderExportSvg(sampleInput({ userLayers: [layer({ colour: 'red" onload="x' })] }));
    expect(svg).not.toMatch(/\sonload=/);
  });

  it('gives one legend row per layer, counted, in the layer colour', () => {
    const [item] = userLayerLegendItems([layer()]);
    expect(item).toMatchObject({ key: 'user:L1', label_zh: HOSTILE, label_en: HOSTILE, count: 2 });
    // a mix of points and lines: the general swatch
    expect(item?.symbol).toMatchObject({ kind: 'area', fill: '#123456', stroke: '#123456' });
  });

  it('shows a point layer as a dot and a line layer as a line in the legend, as they are drawn', () => {
    const [points] = userLayerLegendItems([layer({ features: [features[0]!] })]);
    const [lines] = userLayerLegendItems([layer({ features: [features[1]!] })]);
    expect(points?.symbol).toMatchObject({ kind: 'point', shape: 'circle', fill: '#123456' });
    expect(lines?.symbol).toMatchObject({ kind: 'line', stroke: '#123456' });
  });

  it('strokes a line without filling the shape it encloses', () => {
    const bend: Feature = { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[104, 30], [105, 31], [106, 30]] } };
    const svg = renderExportSvg(sampleInput({ userLayers: [layer({ features: [bend] })] }));
    const group = svg.match(/<g class="user-layer"[^>]*>(.*?)<\/g>/)![1]!;
    expect(group).toMatch(/^<path d="[^"]+" fill="none" stroke="#123456"/);
  });
});

describe('proportional symbols in the export', () => {
  const point = (lon: number, value: unknown): Feature => ({ type: 'Feature', properties: { 人口: value }, geometry: { type: 'Point', coordinates: [lon, 30.2] } });
  const sized: ExportUserLayer = {
    id: 'P1', name: 'towns', colour: '#1b9e77',
    features: [point(104.1, 400), point(105.0, 100), point(105.8, 'unknown')],
    sizes: { column: '人口', max: 400 },
  };
  /** The size legend's title, its lines joined as the reader reads them (a space after an English word). */
  const legendTitle = (svg: string) => {
    const lines = [...(svg.match(/<text[^>]*class="legend-title"[^>]*>(.*?)<\/text>/)?.[1] ?? '').matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
    return lines.reduce((text, line) => (/[A-Za-z]$/.test(text) ? `${text} ${line}` : text + line), '');
  };
  const radii = (svg: string) => [...(svg.match(/<g class="sized"[^>]*>(.*?)<\/g>/)?.[1] ?? '').matchAll(/<circle( class="no-value")? cx="[^"]+" cy="[^"]+" r="([^"]+)"/g)].map((m) => ({ hollow: m[1] !== undefined, r: Number(m[2]) }));

  it('draws circle areas in proportion to the value, largest first, and the point without a number hollow', () => {
    const svg = renderExportSvg(sampleInput({ lang: 'en', userLayers: [sized], legend: userLayerLegendItems([sized]) }));
    const circles = radii(svg);
    expect(circles).toHaveLength(3);
    const [big, small, none] = circles;
    // 400 is four times 100: its circle has four times the area, twice the radius
    expect(big!.r / small!.r).toBeCloseTo(2, 5);
    expect(none!.hollow).toBe(true);
    expect(big!.hollow).toBe(false);
  });

  it('adds a size legend: the column, three round values with the circles of the map, and the points without a value', () => {
    const svg = renderExportSvg(sampleInput({ lang: 'en', userLayers: [sized], legend: userLayerLegendItems([sized]) }));
    // the map's legend words, which may wrap over lines on the page
    expect(legendTitle(svg)).toBe('Circle areas proportional to “人口”');
    const rows = [...svg.matchAll(/<g class="legend-item" data-key="size:P1:(\d)" data-count="0"><path [^>]*d="([^"]+)"[^>]*\/><text[^>]*><tspan[^>]*>([^<]+)<\/tspan>/g)].map((m) => ({ i: m[1], label: m[3] }));
    expect(rows.map((row) => row.label)).toEqual(['400', '100', '25']);
    expect(svg).toContain('No value (1)');
    // the largest legend circle is the map circle of the largest value (400)
    const legendCircle = svg.match(/data-key="size:P1:0"[^>]*><path transform="translate\([^)]*\)" d="M([-\d.]+),/)?.[1];
    expect(Math.abs(Number(legendCircle))).toBeCloseTo(radii(svg)[0]!.r, 1);
  });

  it('writes the size legend in Chinese for a Chinese export', () => {
    const svg = renderExportSvg(sampleInput({ lang: 'zh', userLayers: [sized], legend: userLayerLegendItems([sized]) }));
    expect(legendTitle(svg)).toBe('圆的面积与“人口”成正比');
    expect(svg).toContain('无数值（1）');
  });
});

describe('a layer of thousands of points narrowed by a question, sized by a column', () => {
  // 1,200 points: drawn on a canvas until a question leaves few of them on the map, sized either way.
  // Three lie inside the area asked about (105.9–107.1 E × 29–30 N), valued 900, 100 and 400.
  const inside = [[106.2, 29.5, 900], [106.5, 29.5, 100], [106.8, 29.5, 400]] as const;
  const many: Feature[] = [
    ...inside.map(([lon, lat, value]) => ({ type: 'Feature' as const, properties: { name: `in ${value}`, 产值: value }, geometry: { type: 'Point' as const, coordinates: [lon, lat] } })),
    ...Array.from({ length: 1197 }, (_, i) => ({ type: 'Feature' as const, properties: { name: `out ${i}`, 产值: 1 + (i % 50) }, geometry: { type: 'Point' as const, coordinates: [103 + (i % 40) * 0.02, 30.5 + Math.floor(i / 40) * 0.02] } })),
  ];
  const stored: UserLayer = { id: 'big', name: 'plants', colour: '#1b7837', visible: true, features: many, createdAt: '2026-01-01T00:00:00Z', sizeBy: '产值' };
  const question: QuestionState = { ...NO_QUESTION, area: { kind: 'rect', bounds: [105.9, 29, 107.1, 30] } };
  const index = buildFeatureIndex(FIXTURE as unknown as IndexableFeature[]);
  const base = defaultState(['en']);
  const data = { features: FIXTURE, userLayers: [sceneUserLayer(stored, [stored])] };
  /** The export's input as the export dialog builds it: the scene's drawn layers and their legend rows. */
  const exported = (asked: boolean) => {
    const scene = asked
      ? buildScene({ ...base, question }, data, { question, answer: answerQuestion(buildQuestionData(FIXTURE, index), question, () => undefined) })
      : buildScene(base, data, null);
    const userLayers = [...scene.userLayers];
    return { userLayers, svg: renderExportSvg(sampleInput({ lang: 'en', userLayers, legend: userLayerLegendItems(userLayers) })) };
  };
  const group = (svg: string) => svg.match(/<g class="user-layer"[^>]*>(.*?)<\/g><\/g>/)?.[1] ?? '';
  const radii = (svg: string) => [...(svg.match(/<g class="user-layer"[^>]*><g class="sized"[^>]*>(.*?)<\/g>/)?.[1] ?? '').matchAll(/<circle cx="[^"]+" cy="[^"]+" r="([^"]+)"/g)].map((m) => Number(m[1]));

  it('draws the few points left as circles sized by their values on the whole layer\'s scale, with a size legend', () => {
    const { userLayers, svg } = exported(true);
    expect(userLayers[0]?.features).toHaveLength(3);
    const circles = radii(svg);
    expect(circles).toHaveLength(3);
    // largest first; areas in proportion to 900 : 400 : 100, so radii 3 : 2 : 1
    expect(circles[0]! / circles[2]!).toBeCloseTo(3, 5);
    expect(circles[1]! / circles[2]!).toBeCloseTo(2, 5);
    // no plain dots
    expect(group(svg)).not.toContain('fill-opacity="0.8"');
    const legendKeys = [...svg.matchAll(/data-key="(size:big:[^"]+)"/g)].map((m) => m[1]);
    expect(legendKeys).toEqual(['size:big:0', 'size:big:1', 'size:big:2']);
    expect(svg).toMatch(/class="legend-title"[^>]*>.*?产值/);
    // the size legend's rows are round values of the layer's range, the largest 900
    expect(svg).toMatch(/data-key="size:big:0"[^>]*>.*?<tspan[^>]*>900<\/tspan>/);
  });

  it('draws all 1,200 as sized circles with the size legend when no question narrows them, as the map\'s canvas does', () => {
    const { svg } = exported(false);
    const circles = radii(svg);
    expect(circles).toHaveLength(1200);
    // the same scale as with the question: the 900 is the largest circle, drawn first
    expect(circles[0]).toBe(radii(exported(true).svg)[0]);
    expect(circles[0]).toBe(Math.max(...circles));
    expect(group(svg)).not.toContain('fill-opacity="0.8"');
    expect([...svg.matchAll(/data-key="(size:big:[^"]+)"/g)].map((m) => m[1])).toEqual(['size:big:0', 'size:big:1', 'size:big:2']);
  });
});

describe('a published layer in the legend', () => {
  const point: Feature = { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [104.07, 30.67] } };
  const base: UserLayer = { id: 'published-sites', name: '站点', colour: '#1b7837', visible: true, features: [point], createdAt: '2026-11-30' };

  it('is named in each language from its titles, so a bilingual page names it in both', () => {
    const published: UserLayer = { ...base, published: { title: { zh: '站点', en: 'Sites' }, source: { name: 'Agency', url: 'https://example.org', checked: '2026-11-30' }, precision: 'exact' } };
    const [item] = userLayerLegendItems([sceneUserLayer(published, [published])]);
    expect(item).toMatchObject({ label_zh: '站点', label_en: 'Sites' });
  });

  it("keeps a planner's own layer under the one name it was given, in both languages", () => {
    const [item] = userLayerLegendItems([sceneUserLayer(base, [base])]);
    expect(item).toMatchObject({ label_zh: '站点', label_en: '站点' });
  });
});
