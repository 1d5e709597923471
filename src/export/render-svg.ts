// Builds the briefing export as a standalone SVG string from a snapshot of the view model.
// Pure: the same input gives the same bytes, in the browser and on the command line.
import { escapeXml } from './escape.ts';
import type { ExportInput } from './export-input.ts';
import { footerLineCount, footerLines, footerSvg } from './footer.ts';
import { computeLayout, mapShare, MIN_MAP_SHARE, pageMetrics, subjectScale, type PageLayout } from './layout.ts';
import { KEY_CONTINUED_HEADING, KEY_HEADING, keyRows, legendRows, legendSvg, type LegendRow } from './legend.ts';
import { keyPages, keyStrip, type KeyStrip } from './key-pages.ts';
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
/** With the numbered key's rows beside it, the map page still draws the subject at least this share of its size without them (the rest of the key continues after it). */
const KEY_KEEPS_SCALE = 0.97;
/** The most projects the numbered key lists on one page. */
const MAX_KEY = 40;

/** The same numbers beside the same projects, each standing for the same neighbours. */
function sameKey(a: readonly KeyEntry[], b: readonly KeyEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry.id === b[i]!.id && entry.members.join(' ') === b[i]!.members.join(' '));
}


/**
 * The page as one image (SVG, PNG): every project is named or numbered, and every number has its key
 * row on the image. A key longer than the legend's room goes below the map's block in columns and the
 * image grows taller to hold it: an image is not paper, and a key cut short would lose projects.
 */
export function renderExportSvg(input: ExportInput): string {
  return renderExportPages(input, { continueKey: false })[0]!;
}

/** An image's height in pixels (its viewBox's): the preset's, or taller where the key runs below the map. */
export function imageHeightPx(svg: string): number {
  const height = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(svg)?.[1]);
  if (!Number.isFinite(height) || height <= 0) throw new Error('the export image has no size');
  return height;
}

export interface PagesOptions {
  /**
   * true (a PDF): the key rows the map page has no room for continue on pages of their own; false
   * (one image): the whole key goes in a strip below the map and the image grows to hold it.
   */
  continueKey: boolean;
}

/** The map page, then the pages continuing its numbered key (none when it fits). */
export function renderExportPages(input: ExportInput, { continueKey }: PagesOptions): string[] {
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
  const plan = (key: readonly KeyEntry[], continued = 0): { layout: PageLayout; rows: LegendRow[] } => {
    let layout!: PageLayout;
    let rows: LegendRow[] = [];
    for (const step of LEGEND_TYPE_STEPS) {
      const legendMetrics = { ...metrics, bodySize: Math.max(metrics.labelSize, metrics.bodySize * step) };
      const rowsAt = (columnWidth: number) => [...legendRows(legendItems, hasApproximate, legendMetrics, input.lang, columnWidth), ...keyRows(key, legendMetrics, input.lang, columnWidth, continued)];
      layout = computeLayout(legendMetrics, { ...blocks, legendRows: (columnWidth) => rowsAt(columnWidth).map((row) => row.lines.length) });
      rows = rowsAt(layout.legendColumnWidth);
      if (mapShare(layout) >= MIN_MAP_SHARE) break;
    }
    return { layout, rows };
  };
  // Every project without a name gets a number (a social card has no legend, so none). The numbered
  // key takes legend rows, which moves the map: it is cut to what the legend can hold without
  // squeezing the map, and the map placed again until the key holds still. The numbers past it are
  // listed on the pages that continue the key (PDF); on one image the whole key goes below the map.
  const legendOnly = plan([]);
  let page = legendOnly;
  const keyLimit = card ? 0 : Infinity;
  const firstBody = mapBody(input, page.layout.map, page.layout.unit, page.layout.labelSize, keyLimit);
  let body = firstBody;
  let maxKey = Math.min(body.key.length, MAX_KEY);
  // The key's rows on the map page may not cost the map its share of the page; in a PDF, whose
  // further pages take the rest of the key, nor draw the subject smaller than the legend alone does
  // (an image would grow a strip for the rest instead, so it keeps what fits beside the map).
  const scaleOf = (layout: PageLayout) => subjectScale(layout.map, blocks.subjectAspect);
  const keyFits = (layout: PageLayout) => mapShare(layout) >= MIN_MAP_SHARE && (!continueKey || scaleOf(layout) >= scaleOf(legendOnly.layout) * KEY_KEEPS_SCALE);
  // (tried with the note naming the numbers that follow, as the page will print it: a longer note may not fit where a short one does)
  while (maxKey > 0 && !keyFits(plan(body.key.slice(0, maxKey), body.key.length - maxKey).layout)) maxKey = Math.floor(maxKey / 2);
  let planned: KeyEntry[] = [];
  let plannedContinued = 0;
  // numbers past the map page's key, on the pages that continue it
  const pastKey = (b: typeof body) => b.key.length - Math.min(maxKey, b.key.length);
  for (let round = 0; round < 3 && (round === 0 || !sameKey(body.key.slice(0, maxKey), planned) || pastKey(body) !== plannedContinued); round++) {
    planned = body.key.slice(0, maxKey);
    plannedContinued = pastKey(body);
    page = plan(planned, plannedContinued);
    body = mapBody(input, page.layout.map, page.layout.unit, page.layout.labelSize, keyLimit);
  }
  let rest = body.key.slice(maxKey);
  let shownKey = body.key.slice(0, maxKey);
  let strip: KeyStrip | null = null;
  if (!continueKey && rest.length > 0) {
    // One image: the map and legend as on a page without the key, the whole key in a strip below them.
    page = legendOnly;
    body = firstBody;
    strip = keyStrip(page.layout, body.key);
    shownKey = [];
    rest = [];
  }
  const { layout: pageLayout, rows: plannedRows } = page;
  // should the last round still differ, the legend lists the numbers the map shows
  const settled = strip !== null || (sameKey(shownKey, planned) && rest.length === plannedContinued);
  const rows = settled ? plannedRows : [...plannedRows.filter((r) => r.number === undefined && !r.heading && r.continued === undefined), ...keyRows(shownKey, pageLayout, input.lang, pageLayout.legendColumnWidth, rest.length)];
  // the image grows by the strip: the note and the footer move down below it
  const grow = Math.ceil(strip?.height ?? 0);
  const layout: PageLayout = grow > 0 ? { ...pageLayout, height: pageLayout.height + grow, noteBaseline: pageLayout.noteBaseline + grow, footerBaseline: pageLayout.footerBaseline + grow } : pageLayout;
  const heightPx = size.heightPx + grow;
  const { map: frame, unit } = layout;
  const physical = size.widthMm !== null && size.heightMm !== null ? { w: `${size.widthMm}mm`, h: `${fmt((size.heightMm * heightPx) / size.heightPx)}mm` } : { w: String(size.widthPx), h: String(heightPx) };

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
    (rows.length > 0 ? legendSvg(rows, layout, input.lang) : '') +
      (strip ? `<g class="key-strip">${legendSvg(strip.rows, { ...strip.layout, height: layout.height }, input.lang, KEY_HEADING)}</g>` : ''),
    textBlock('note', note, layout, layout.noteBaseline, layout.noteSize, ' fill="#1a1a1a"'),
    footerSvg(footer, layout),
    '</svg>',
  ].join('\n');
  // the key's continuation: same title and footer, the rest of the numbers in columns
  const continuation = keyPages(layout, rest).map((keyPage) =>
    [open, `<defs>${fontFaceSvg(input)}</defs>`, background, ...texts(keyPage.layout), `<g class="key-page">${legendSvg(keyPage.rows, keyPage.layout, input.lang, shownKey.length > 0 ? KEY_CONTINUED_HEADING : KEY_HEADING)}</g>`, footerSvg(footer, keyPage.layout), '</svg>'].join('\n'),
  );
  return [mapPage, ...continuation];
}
