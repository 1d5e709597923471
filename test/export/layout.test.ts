// Where the legend goes: the map frame should hold the subject (the economic circle, a wide shape)
// with little empty frame around it, never a tall, narrow frame beside a two-column legend.
import { describe, expect, it } from 'vitest';
import { computeLayout, legendNoteSize, pageMetrics, type BlockLines, type Box, type PageLayout, type PageMetrics } from '../../src/export/layout.ts';
import { PRESET_NAMES, resolvePreset } from '../../src/export/presets.ts';
import { wrapText } from '../../src/export/text-measure.ts';

/** The default view's legend (every layer shown), as the app labels it, with the approximate-location note. */
const LEGEND: Record<'zh' | 'en', string[]> = {
  en: [
    'High-speed rail (7)', 'Railway (2)', 'Expressway (4)', 'Waterway (1)', 'Land–sea corridor (3)', 'International rail freight (1)',
    'Free trade zone (6)', 'National new area (2)', 'Provincial new area (2)', 'Science city (3)', 'Cross-border cooperation platform (10)',
    'Digital economy pilot zone (2)', 'National economic and technological development zone (12)', 'National high-tech zone (11)',
    'Comprehensive bonded zone (13)', 'Industrial cooperation demonstration park (16)', 'Planning area (1)', 'Metropolitan area (2)',
    'International airport (3)', 'FTZ cooperation platform (1)', 'Expo venue (2)', 'Hollow/dashed: approximate location',
  ],
  zh: [
    '高速铁路 (7)', '铁路 (2)', '高速公路 (4)', '水运航道 (1)', '陆海新通道 (3)', '国际铁路货运 (1)', '自由贸易试验区 (6)', '国家级新区 (2)',
    '省级新区 (2)', '科学城 (3)', '毗邻地区合作平台 (10)', '数字经济试验区 (2)', '国家级经济技术开发区 (12)', '国家级高新技术产业开发区 (11)',
    '综合保税区 (13)', '产业合作示范园区 (16)', '规划范围 (1)', '都市圈 (2)', '国际机场 (3)', '自贸试验区协同开放示范区 (1)', '博览会场馆 (2)',
    '空心/虚线：近似位置',
  ],
};
const LABELS = { ...LEGEND, both: LEGEND.zh.map((zh, i) => `${zh.replace(/ \(\d+\)$/, '')} ${LEGEND.en[i]}`) };

/** The economic circle framed as the export frames the unfiltered view: its Mercator width / height. */
const CIRCLE_ASPECT = 1.31;

function layoutFor(preset: string, lang: keyof typeof LABELS, blocks: { subtitle?: boolean; note?: boolean } = {}, dpi?: number, footer = 3): { metrics: PageMetrics; layout: PageLayout } {
  const metrics = pageMetrics(resolvePreset(preset, dpi));
  const lines: BlockLines = {
    title: 1,
    titleSize: metrics.titleSize,
    subtitle: blocks.subtitle ? 1 : 0,
    subtitleSize: metrics.subtitleSize,
    note: blocks.note ? 2 : 0,
    footer,
    legendRows: (columnWidth) => LABELS[lang].map((label) => wrapText(label, columnWidth - metrics.swatchWidth - 28 * metrics.unit, metrics.bodySize).length),
    subjectAspect: CIRCLE_ASPECT,
  };
  return { metrics, layout: computeLayout(metrics, lines) };
}

const aspectOf = (box: Box) => box.width / box.height;
/** The subject's size when fitted to the frame (its limiting side, px) and the share of the frame it covers. */
const subjectScale = (box: Box, aspect: number) => Math.min(box.width, box.height * aspect);
const subjectFill = (box: Box, aspect: number) => subjectScale(box, aspect) ** 2 / aspect / (box.width * box.height);

describe('computeLayout: where the legend goes', () => {
  it.each(['en', 'zh'] as const)('gives the default A4 landscape view with a subtitle a map frame the circle fills, not a tall strip beside two columns (%s)', (lang) => {
    const { metrics, layout } = layoutFor('a4-landscape', lang, { subtitle: true }, 300);
    // the circle is wide: its frame is at least as wide as tall, and the circle covers most of it
    expect(aspectOf(layout.map)).toBeGreaterThanOrEqual(0.95);
    expect(subjectFill(layout.map, CIRCLE_ASPECT)).toBeGreaterThanOrEqual(0.7);
    // drawn across more than half the page's width (two columns beside it left it 43 %)
    expect(subjectScale(layout.map, CIRCLE_ASPECT) / metrics.width).toBeGreaterThan(0.5);
  });

  it.each([
    ['zh', '编号 1–21 所指项目见下一页起'],
  ] as const)('gives the default A4 landscape PDF page with a subtitle one legend column, its notes in their own small type, and the map the width (%s)', (lang, continued) => {
    // the legend rows of the PDF's map page: the layers, the approximate-location note and the line
    // saying where the numbers continue (both notes in the smaller note type, without a swatch)
    const metrics = pageMetrics(resolvePreset('a4-landscape', 300));
    const noteSize = legendNoteSize(metrics);
    const labelWidth = (columnWidth: number) => columnWidth - metrics.swatchWidth - 28 * metrics.unit;
    const noteLines = (text: string, columnWidth: number) => ({ note: wrapText(text, columnWidth - 16 * metrics.unit, noteSize).length });
    const layers = LEGEND[lang].slice(0, -1);
    const approximate = LEGEND[lang].at(-1)!;
    const layout = computeLayout(metrics, {
      title: 1, titleSize: metrics.titleSize, subtitle: 1, subtitleSize: metrics.subtitleSize, note: 0, footer: 2, subjectAspect: CIRCLE_ASPECT,
      legendRows: (w) => [...layers.map((label) => wrapText(label, labelWidth(w), metrics.bodySize).length), noteLines(approximate, w), noteLines(continued, w)],
    });
    expect(layout.legendPlacement).toBe('right');
    expect(layout.legendColumns).toBe(1);
    // the circle drawn across more than 62 % of the page's width (two columns beside it left it 54 %)
    expect(subjectScale(layout.map, CIRCLE_ASPECT) / metrics.width).toBeGreaterThan(0.62);
    // every row inside the map's height, beside it
    expect(layout.legend.y + layout.legend.height).toBeLessThanOrEqual(layout.map.y + layout.map.height + 0.5);
    expect(layout.legend.x).toBeGreaterThanOrEqual(layout.map.x + layout.map.width);
  });

  it.each([
    ['both', {}], ['both', { subtitle: true }], ['en', {}], ['en', { subtitle: true }], ['zh', { subtitle: true }],
  ] as const)('gives the map a fair share of the square page: the legend below in balanced columns, not a ragged one that squeezes the map (%s %o)', (lang, blocks) => {
    const { metrics, layout } = layoutFor('square', lang, { ...blocks }, undefined, lang === 'both' ? 4 : 3);
    const { map, legend, content } = layout;
    expect(layout.legendPlacement).toBe('below');
    // the circle drawn across at least a third of the page (a ragged two-column legend left the bilingual page 23–28 %)
    expect(subjectScale(map, CIRCLE_ASPECT) / metrics.width).toBeGreaterThan(lang === 'both' ? 0.32 : 0.45);
    // the columns end level: no column longer than another by more than a three-line row
    const ends = Array.from({ length: layout.legendColumns }, (_, c) => Math.max(...layout.legendRowY.filter((_, i) => layout.legendRowColumn[i] === c)));
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(10 * metrics.unit + 3 * metrics.bodySize * 1.3);
    // whole, below the map, inside the content block
    expect(legend.y).toBeGreaterThanOrEqual(map.y + map.height);
    expect(legend.y + legend.height).toBeLessThanOrEqual(content.y + content.height + 0.5);
    expect(layout.legendRowY).toHaveLength(LABELS[lang].length);
  });

  it('keeps the legend below the map on a portrait page, the circle filling its frame', () => {
    const { layout } = layoutFor('a4-portrait', 'en', { subtitle: true }, 300);
    expect(layout.legendPlacement).toBe('below');
    expect(layout.legend.y).toBeGreaterThan(layout.map.y + layout.map.height);
    expect(subjectFill(layout.map, CIRCLE_ASPECT)).toBeGreaterThanOrEqual(0.9);
  });

  it('never trades the subject\'s size for a snugger frame: a tall subject on a landscape page keeps the full height', () => {
    // a frame below the legend would be as wide but shorter: the tall subject would shrink with it
    const metrics = pageMetrics(resolvePreset('a4-landscape', 150));
    const tall = computeLayout(metrics, { title: 1, titleSize: metrics.titleSize, subtitle: 0, subtitleSize: metrics.subtitleSize, note: 0, footer: 2, legendRows: () => [1, 1, 1], subjectAspect: 0.5 });
    expect(tall.legendPlacement).toBe('right');
    expect(tall.map.height).toBeCloseTo(tall.content.height, 5);
  });

  const cases = PRESET_NAMES.filter((p) => p !== 'square').flatMap((preset) =>
    (['zh', 'en', 'both'] as const).flatMap((lang) => [{}, { subtitle: true }, { subtitle: true, note: true }].map((blocks) => [preset, lang, blocks] as const)),
  );

  it.each(cases)('%s %s %o: the legend is whole inside the page, clear of the map, and the circle fills most of its frame', (preset, lang, blocks) => {
    const { metrics, layout } = layoutFor(preset, lang, blocks);
    const { map, legend, content } = layout;
    // the map inside the content block, with room for the circle
    expect(map.x).toBeGreaterThanOrEqual(content.x - 0.5);
    expect(map.y + map.height).toBeLessThanOrEqual(content.y + content.height + 0.5);
    expect(subjectFill(map, CIRCLE_ASPECT)).toBeGreaterThanOrEqual(0.55);
    if (preset === 'social') return; // no legend on a social card
    // every legend row inside the page's content block, none cut off at its foot or its side
    expect(legend.x + legend.width).toBeLessThanOrEqual(metrics.width - metrics.margin + 0.5);
    expect(legend.y + legend.height).toBeLessThanOrEqual(content.y + content.height + 0.5);
    expect(layout.legendRowY).toHaveLength(LABELS[lang].length);
    // beside the map or below it, never over it
    const beside = legend.x >= map.x + map.width;
    const below = legend.y >= map.y + map.height;
    expect(beside || below).toBe(true);
  });
});

describe('computeLayout with a map frame to keep (an image whose legend takes the numbered key)', () => {
  const metrics = pageMetrics(resolvePreset('slide-16x9'));
  const lines = (rows: number[]): BlockLines => ({ title: 1, titleSize: metrics.titleSize, subtitle: 1, subtitleSize: metrics.subtitleSize, note: 0, footer: 2, legendRows: () => rows, subjectAspect: CIRCLE_ASPECT });
  const rowHeight = (n: number) => n * 34 * metrics.unit;

  it('puts rows that outgrow a wide single column beside the map into two columns of the same width, and the map keeps its frame', () => {
    // 22 one-line rows: one column beside the map holds them
    const bare = computeLayout(metrics, lines(Array(22).fill(1)));
    expect(bare.legendPlacement).toBe('right');
    expect(bare.legendColumns).toBe(1);
    // 12 more rows do not fit one column: the usual choice moves the map; kept, the legend splits the same width
    const more = Array(34).fill(1);
    expect(computeLayout(metrics, lines(more)).map).not.toEqual(bare.map);
    const kept = computeLayout(metrics, { ...lines(more), keepMap: bare.map });
    expect(kept.map).toEqual(bare.map);
    expect(kept.legendColumns).toBe(2);
    expect(kept.legendColumnWidth * 2).toBeCloseTo(bare.legendColumnWidth, 5);
    expect(kept.legend.x).toBeCloseTo(bare.legend.x, 5);
    expect(kept.legend.height).toBeLessThanOrEqual(kept.map.height + 0.01);
    expect(new Set(kept.legendRowColumn)).toEqual(new Set([0, 1]));
  });

  it('keeps a frame above the legend, the legend within the room below it', () => {
    const square = pageMetrics(resolvePreset('square'));
    const squareLines = (rows: number[]): BlockLines => ({ title: 1, titleSize: square.titleSize, subtitle: 0, subtitleSize: square.subtitleSize, note: 0, footer: 2, legendRows: () => rows, subjectAspect: CIRCLE_ASPECT });
    const bare = computeLayout(square, squareLines(Array(10).fill(1)));
    expect(bare.legendPlacement).toBe('below');
    // one more row in a column with room: the same map
    const kept = computeLayout(square, { ...squareLines(Array(11).fill(1)), keepMap: bare.map });
    expect(kept.map).toEqual(bare.map);
    expect(kept.legend.y + kept.legend.height).toBeLessThanOrEqual(kept.content.y + kept.content.height + 0.01);
    expect(kept.legendRowY).toHaveLength(11);
  });

  it('makes the usual placement when the rows do not fit beside or below the frame (the caller sees the map move)', () => {
    const bare = computeLayout(metrics, lines(Array(22).fill(1)));
    const tooMany = Array(80).fill(1);
    expect(rowHeight(40)).toBeGreaterThan(bare.map.height);
    const kept = computeLayout(metrics, { ...lines(tooMany), keepMap: bare.map });
    const usual = computeLayout(metrics, lines(tooMany));
    expect([kept.map, kept.legend, kept.legendColumns]).toEqual([usual.map, usual.legend, usual.legendColumns]);
    expect(kept.map).not.toEqual(bare.map);
  });
});
