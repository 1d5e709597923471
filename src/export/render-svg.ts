// Builds the briefing export as a standalone SVG string from a snapshot of the view model.
// Pure: the same input gives the same bytes, in the browser and on the command line.
import { escapeXml } from './escape.ts';
import type { ExportInput } from './export-input.ts';
import { footerLineCount, footerLines, footerSvg } from './footer.ts';
import { computeLayout, mapShare, MIN_MAP_SHARE, pageMetrics, SCALE_TOLERANCE, subjectScale, type Box, type LegendRowLines, type PageLayout } from './layout.ts';
import { KEY_CONTINUED_HEADING, KEY_HEADING, keyRows, legendRows, legendSvg, type KeyNotes, type LegendRow } from './legend.ts';
import { keyPages } from './key-pages.ts';
import { keyContinued, keyOnImage, type Planned } from './key-plan.ts';
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
function textBlock(cls: string, lines: string[], layout: PageLayout, baseline: number, fontSize: number, attrs: string): string {
  if (lines.length === 0) return '';
  const x = fmt(layout.margin);
  const step = layout.lineHeight(fontSize);
  const spans = lines.map((line, i) => `<tspan x="${x}" y="${fmt(baseline + i * step)}">${escapeXml(line)}</tspan>`).join('');
  return `<text class="${cls}" font-size="${fmt(fontSize)}"${attrs}>${spans}</text>`;
}

const LEGEND_TYPE_STEPS = [1, 0.9, 0.8, 0.7];
/**
 * The page as one image (SVG, PNG), exactly the preset's size: the numbered key lists what the legend
 * holds and says how many more projects are shown without a number (the PDF lists them all).
 */
export function renderExportSvg(input: ExportInput): string {
  return renderExportDocument(input, { continueKey: false }).pages[0]!;
}

export interface PagesOptions {
  /**
   * true (a PDF): the key rows the map page has no room for continue on pages of their own; false
   * (one image): the page is the preset's size, its key lists what fits and counts the rest.
   */
  continueKey: boolean;
}

/** The line counts computeLayout needs of a legend row: a note's are set smaller and without a swatch. */
const rowLines = (row: LegendRow): LegendRowLines => (row.item === null && row.number === undefined && !row.heading ? { note: row.lines.length } : row.lines.length);

/**
 * The map page, then the pages continuing its numbered key (none when it fits).
 * @internal the pages alone, for the unit tests; the app reads them through renderExportDocument
 */
export function renderExportPages(input: ExportInput, options: PagesOptions): string[] {
  return renderExportDocument(input, options).pages;
}

/** The pages, and the map frame's share of the map page's room between title and footer (mapShare). */
export interface ExportDocument {
  pages: string[];
  mapShare: number;
}

/** The map page, then the pages continuing its numbered key, with how much of the map page the map has. */
export function renderExportDocument(input: ExportInput, { continueKey }: PagesOptions): ExportDocument {
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
  // take more than its share of the page from the map; and it takes the next smaller type where that
  // draws the subject markedly larger (one column beside the map instead of two).
  const scaleOf = (layout: PageLayout) => subjectScale(layout.map, blocks.subjectAspect);
  const planAt = (bodySize: number, key: readonly KeyEntry[], notes: KeyNotes, keepMap?: Box): Planned => {
    const legendMetrics = { ...metrics, bodySize };
    const rowsAt = (columnWidth: number) => [...legendRows(legendItems, hasApproximate, legendMetrics, input.lang, columnWidth), ...keyRows(key, legendMetrics, input.lang, columnWidth, notes)];
    const layout = computeLayout(legendMetrics, { ...blocks, legendRows: (columnWidth) => rowsAt(columnWidth).map(rowLines), ...(keepMap ? { keepMap } : {}) });
    return { layout, rows: rowsAt(layout.legendColumnWidth) };
  };
  // a page given to keep: its map frame and its legend's type, the legend placed in the room the map leaves
  const plan = (key: readonly KeyEntry[], notes: KeyNotes = {}, keep?: PageLayout): Planned => {
    if (keep) return planAt(keep.bodySize, key, notes, keep.map);
    let chosen: Planned | null = null;
    for (const step of LEGEND_TYPE_STEPS) {
      const planned = planAt(Math.max(metrics.labelSize, metrics.bodySize * step), key, notes);
      if (!chosen || mapShare(chosen.layout) < MIN_MAP_SHARE) chosen = planned;
      else if (scaleOf(planned.layout) * SCALE_TOLERANCE > scaleOf(chosen.layout)) return planned;
    }
    return chosen!;
  };
  const legendOnly = plan([]);
  const keyLimit = card ? 0 : Infinity;
  const drawn = continueKey || card ? keyContinued(input, plan, legendOnly, mapBody(input, legendOnly.layout.map, legendOnly.layout.unit, legendOnly.layout.labelSize, keyLimit), keyLimit) : keyOnImage(input, plan, legendOnly);
  const { layout, rows, body, rest, shownKey } = drawn;
  const heightPx = size.heightPx;
  const { map: frame, unit } = layout;
  const physical = size.widthMm !== null && size.heightMm !== null ? { w: `${size.widthMm}mm`, h: `${size.heightMm}mm` } : { w: String(size.widthPx), h: String(heightPx) };

  const frameRect = `x="${fmt(frame.x)}" y="${fmt(frame.y)}" width="${fmt(frame.width)}" height="${fmt(frame.height)}"`;
  const texts = (pageLayout: PageLayout) => [
    textBlock('title', title.lines, pageLayout, pageLayout.titleBaseline, title.fontSize, ' font-weight="700"'),
    textBlock('subtitle', subtitle.lines, pageLayout, pageLayout.subtitleBaseline, subtitle.fontSize, ' fill="#444444"'),
  ];
  const open = `<svg xmlns="http://www.w3.org/2000/svg" width="${physical.w}" height="${physical.h}" viewBox="0 0 ${size.widthPx} ${fmt(heightPx)}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}" fill="#1a1a1a">`;
  const background = `<rect class="page" width="${size.widthPx}" height="${fmt(heightPx)}" fill="#ffffff"/>`;
  const mapPage = [
    open,
    `<defs>${fontFaceSvg(input)}<clipPath id="${CLIP_ID}"><rect ${frameRect}/></clipPath></defs>`,
    background,
    ...texts(layout),
    `<g class="map" clip-path="url(#${CLIP_ID})">`,
    `<rect class="sea" ${frameRect} fill="#ffffff"/>`,
    ...body.parts.filter((part) => part !== ''),
    '</g>',
    `<rect class="map-frame" ${frameRect} fill="none" stroke="#333333" stroke-width="${fmt(1.5 * unit)}"/>`,
    rows.length > 0 ? legendSvg(rows, layout, input.lang) : '',
    textBlock('note', note, layout, layout.noteBaseline, layout.noteSize, ' fill="#1a1a1a"'),
    footerSvg(footer, layout),
    '</svg>',
  ].join('\n');
  // the key's continuation: same title and footer, the rest of the numbers in columns
  const continuation = keyPages(layout, rest).map((keyPage) =>
    [open, `<defs>${fontFaceSvg(input)}</defs>`, background, ...texts(keyPage.layout), `<g class="key-page">${legendSvg(keyPage.rows, keyPage.layout, input.lang, shownKey.length > 0 ? KEY_CONTINUED_HEADING : KEY_HEADING)}</g>`, footerSvg(footer, keyPage.layout), '</svg>'].join('\n'),
  );
  return { pages: [mapPage, ...continuation], mapShare: mapShare(layout) };
}
