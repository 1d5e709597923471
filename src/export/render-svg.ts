// Builds the briefing export as a standalone SVG string from a snapshot of the view model.
// Pure: the same input gives the same bytes, in the browser and on the command line.
import { escapeXml } from './escape.ts';
import type { ExportInput } from './export-input.ts';
import { footerLineCount, footerLines, footerSvg } from './footer.ts';
import { computeLayout, pageMetrics, type PageLayout } from './layout.ts';
import { keyParagraph, keyRows, legendRows, legendSvg, type LegendRow } from './legend.ts';
import { mercatorAspect } from './map-projection.ts';
import { mapBody } from './map-body.ts';
import type { KeyEntry } from './export-labels.ts';
import { resolvePreset } from './presets.ts';
import { fmt } from './svg-format.ts';
import { wrapText, wrapToLines } from './text-measure.ts';

/** The shipped subset first, then fonts a reader's system may have, so CJK never falls to tofu. */
export const EXPORT_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif";
const CLIP_ID = 'export-map-frame';

export function fontFaceSvg(input: ExportInput): string {
  const font = input.embeddedFont;
  if (!font) return '';
  // Base64 has no characters that need escaping; the family name is data and is escaped.
  const family = escapeXml(font.family).replace(/[\\"]/g, '');
  return `<style>@font-face{font-family:"${family}";src:url(data:font/woff2;base64,${font.woff2Base64.replace(/[^A-Za-z0-9+/=]/g, '')}) format("woff2");}</style>`;
}

/** A block of wrapped lines as one <text>, one <tspan> per line. */
function textBlock(cls: string, lines: readonly string[], layout: PageLayout, baseline: number, fontSize: number, attrs: string): string {
  if (lines.length === 0) return '';
  const x = fmt(layout.margin);
  const step = layout.lineHeight(fontSize);
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${fmt(baseline + i * step)}">${escapeXml(line)}</tspan>`).join('');
  return `<text class="${cls}" font-size="${fmt(fontSize)}"${attrs}>${spans}</text>`;
}

/** The share of the space between title and footer the map keeps, at least, while the legend's type can still shrink. */
export const MIN_MAP_SHARE = 0.55;
const LEGEND_TYPE_STEPS = [1, 0.9, 0.8, 0.7];

interface KeyPlan {
  layout: PageLayout;
  rows: LegendRow[];
  /** the numbered key as a paragraph under the map (when it would not fit the legend as rows) */
  keyLines: readonly string[];
}

function sameKey(a: readonly KeyEntry[], b: readonly KeyEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.id === b[i]!.id);
}

function mapShare(layout: PageLayout): number {
  const { map, content } = layout;
  return (map.width * map.height) / Math.max(1, content.width * content.height);
}

export function renderExportSvg(input: ExportInput): string {
  const size = resolvePreset(input.preset, input.dpi);
  // A social card is seen at a few hundred pixels wide in a feed: a legend there is unreadable and
  // would squeeze the map to a strip, so the card is title, dek, map and footer.
  const card = size.preset === 'social';
  const legendItems = card ? [] : input.legend;
  const hasApproximate = !card && input.features.some((f) => f.properties.precision === 'approximate');
  const metrics = pageMetrics(size);
  const title = wrapToLines(input.title, metrics.textWidth, metrics.titleSize, metrics.titleSize * 0.6, 2);
  const subtitle = wrapToLines(input.subtitle, metrics.textWidth, metrics.subtitleSize, metrics.subtitleSize * 0.75, 2);
  const note = wrapText(input.note ?? '', metrics.textWidth, metrics.noteSize);
  const footer = footerLines(input, metrics);
  const blocks = {
    title: Math.max(1, title.lines.length),
    titleSize: title.fontSize,
    subtitle: subtitle.lines.length,
    subtitleSize: subtitle.fontSize,
    note: note.length,
    footer: footerLineCount(footer),
    subjectAspect: mercatorAspect(input.bounds),
  };
  // A long legend first sets its type smaller, never below the page's label floor, before it may
  // take more than its share of the page from the map.
  const plan = (key: readonly KeyEntry[], keyLines: readonly string[] = []): KeyPlan => {
    let layout!: PageLayout;
    let rows: LegendRow[] = [];
    const withKey = { ...blocks, keyParagraph: { lines: keyLines.length, size: metrics.labelSize } };
    for (const step of LEGEND_TYPE_STEPS) {
      const legendMetrics = { ...metrics, bodySize: Math.max(metrics.labelSize, metrics.bodySize * step) };
      const rowsAt = (columnWidth: number) => [...legendRows(legendItems, hasApproximate, legendMetrics, input.lang, columnWidth), ...keyRows(key, legendMetrics, input.lang, columnWidth)];
      layout = computeLayout(legendMetrics, { ...withKey, legendRows: (columnWidth) => rowsAt(columnWidth).map((row) => row.lines.length) });
      rows = rowsAt(layout.legendColumnWidth);
      if (mapShare(layout) >= MIN_MAP_SHARE) break;
    }
    return { layout, rows, keyLines };
  };
  // A key too long for the legend's rows runs on as a paragraph across the page under the map (one
  // line holds several entries), whichever leaves the map larger: it is never cut.
  const planKey = (key: readonly KeyEntry[]): KeyPlan => {
    const asRows = plan(key);
    if (key.length === 0 || mapShare(asRows.layout) >= MIN_MAP_SHARE) return asRows;
    const asParagraph = plan([], wrapText(keyParagraph(key, input.lang), metrics.textWidth, metrics.labelSize));
    return mapShare(asParagraph.layout) > mapShare(asRows.layout) ? asParagraph : asRows;
  };
  // The numbered key moves the map; the labels are placed again on the map's new frame until the key
  // holds still. Every project the map leaves unnamed has its number and its entry in the key.
  let page = plan([]);
  let body = mapBody(input, page.layout.map, page.layout.unit, page.layout.labelSize, !card);
  let planned: KeyEntry[] = [];
  for (let round = 0; round < 3 && (round === 0 || !sameKey(body.key, planned)); round++) {
    planned = body.key;
    page = planKey(planned);
    body = mapBody(input, page.layout.map, page.layout.unit, page.layout.labelSize, !card);
  }
  const { layout } = page;
  // should the last round still differ, the key lists the numbers the map shows
  const settled = sameKey(body.key, planned);
  const keyLines = page.keyLines.length === 0 || settled ? page.keyLines : wrapText(keyParagraph(body.key, input.lang), metrics.textWidth, metrics.labelSize);
  const rows = settled || page.keyLines.length > 0 ? page.rows : [...page.rows.filter((r) => r.number === undefined && !r.heading), ...keyRows(body.key, layout, input.lang, layout.legendColumnWidth)];
  const { map: frame, unit } = layout;
  const physical = size.widthMm !== null && size.heightMm !== null ? { w: `${size.widthMm}mm`, h: `${size.heightMm}mm` } : { w: String(size.widthPx), h: String(size.heightPx) };
  const frameRect = `x="${fmt(frame.x)}" y="${fmt(frame.y)}" width="${fmt(frame.width)}" height="${fmt(frame.height)}"`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${physical.w}" height="${physical.h}" viewBox="0 0 ${size.widthPx} ${size.heightPx}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}" fill="#1a1a1a">`,
    `<defs>${fontFaceSvg(input)}<clipPath id="${CLIP_ID}"><rect ${frameRect}/></clipPath></defs>`,
    `<rect class="page" width="${size.widthPx}" height="${size.heightPx}" fill="#ffffff"/>`,
    textBlock('title', title.lines, layout, layout.titleBaseline, title.fontSize, ' font-weight="700"'),
    textBlock('subtitle', subtitle.lines, layout, layout.subtitleBaseline, subtitle.fontSize, ' fill="#444444"'),
    `<g class="map" clip-path="url(#${CLIP_ID})">`,
    `<rect class="sea" ${frameRect} fill="#ffffff"/>`,
    ...body.parts.filter((part) => part !== ''),
    '</g>',
    `<rect class="map-frame" ${frameRect} fill="none" stroke="#333333" stroke-width="${fmt(1.5 * unit)}"/>`,
    rows.length > 0 ? legendSvg(rows, layout, input.lang) : '',
    textBlock('note', note, layout, layout.noteBaseline, layout.noteSize, ' fill="#1a1a1a"'),
    textBlock('key-paragraph', keyLines, layout, layout.keyBaseline, layout.labelSize, ' fill="#1a1a1a"'),
    footerSvg(footer, layout),
    '</svg>',
  ].join('\n');
}
