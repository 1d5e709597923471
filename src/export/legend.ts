// The legend lists exactly the layers the caller passes in (the visible ones), with counts. Labels
// wrap instead of being cut, so a bilingual legend keeps every entry whole.
import { bothLanguages } from '../i18n/translate.ts';
import { escapeXml } from './escape.ts';
import { pickLabel, type ExportLang, type LegendItem } from './export-input.ts';
import { legendNoteSize, type PageLayout, type PageMetrics } from './layout.ts';
import { swatchSvg } from './symbol-svg.ts';
import { fmt } from './svg-format.ts';
import { wrapText } from './text-measure.ts';
import type { KeyEntry } from './export-labels.ts';

const HEADING = bothLanguages('export.page.legend');
const APPROXIMATE_NOTE = bothLanguages('export.page.approximate');

/** The choropleth's column name: a legend row of its own, bold and without a swatch. */
export const CHOROPLETH_TITLE = 'choropleth:title';

/** A legend row that heads a group (the choropleth's column, a size legend's column): bold, no swatch, no count. */
export const isTitleKey = (key: string): boolean => key === CHOROPLETH_TITLE || key.endsWith(':title');
/** Rows without a count: question outlines are one shape each, a size legend's circles are sample values. */
const withoutCount = (key: string): boolean => key.startsWith('question:') || key.startsWith('size:') || isTitleKey(key);

export interface LegendRow {
  /** null for the note row and the numbered key's rows */
  item: LegendItem | null;
  lines: string[];
  /** a row of the numbered key: the number on the map beside the project */
  number?: number;
  /** the ids of the projects that number stands for (several where crowded neighbours share it) */
  members?: readonly string[];
  /** the numbered key's heading */
  heading?: boolean;
  /** the note saying how many numbers the key lists on the following page(s) */
  continued?: number;
  /** the note saying how many projects the image shows without a name or a number */
  unnumbered?: number;
}

export const KEY_HEADING = bothLanguages('export.page.key');

/** The key's heading on the pages that continue it. */
export const KEY_CONTINUED_HEADING = bothLanguages('export.page.keyContinued');

/** The notes that close the numbered key: the numbers listed on the next pages (PDF), the projects shown without a number (one image). */
export interface KeyNotes {
  continued?: number;
  unnumbered?: number;
}

const unnumberedNote = (n: number) => bothLanguages('export.page.unnumbered', { n });

const continuedNote = (from: number, to: number) =>
  from === to ? bothLanguages('export.page.keyNextOne', { from }) : bothLanguages('export.page.keyNextRange', { from, to });

/**
 * The numbered key: a heading, then one row per number, wrapped to the column; then, when the key
 * continues on the following pages, a note saying which numbers are listed there; when an image shows
 * projects it had no room to number, a note saying how many and where they are all listed.
 */
export function keyRows(key: readonly KeyEntry[], metrics: PageMetrics, lang: ExportLang, columnWidth = metrics.legendColumnWidth, { continued = 0, unnumbered = 0 }: KeyNotes = {}): LegendRow[] {
  const noteLines = (text: { zh: string; en: string }) => wrapText(pickLabel(lang, text.zh, text.en), columnWidth - 16 * metrics.unit, legendNoteSize(metrics));
  const from = key.length + 1;
  const note: LegendRow[] = [
    ...(continued > 0 ? [{ item: null, continued, lines: noteLines(continuedNote(from, from + continued - 1)) }] : []),
    ...(unnumbered > 0 ? [{ item: null, unnumbered, lines: noteLines(unnumberedNote(unnumbered)) }] : []),
  ];
  if (key.length === 0) return note;
  return [{ item: null, heading: true, lines: wrapText(pickLabel(lang, KEY_HEADING.zh, KEY_HEADING.en), columnWidth - 16 * metrics.unit, metrics.bodySize) }, ...numberRows(key, metrics, columnWidth), ...note];
}

/** One row per numbered project, wrapped to the column. */
export function numberRows(key: readonly KeyEntry[], metrics: PageMetrics, columnWidth: number): LegendRow[] {
  const labelWidth = columnWidth - metrics.swatchWidth - 28 * metrics.unit;
  return key.map((entry) => ({ item: null, number: entry.number, members: entry.members, lines: wrapText(entry.text, labelWidth, metrics.bodySize) }));
}

/** One row per item, plus the note when approximate features are shown, wrapped to a column `columnWidth` wide. */
export function legendRows(items: LegendItem[], hasApproximate: boolean, metrics: PageMetrics, lang: ExportLang, columnWidth = metrics.legendColumnWidth): LegendRow[] {
  const labelWidth = columnWidth - metrics.swatchWidth - 28 * metrics.unit;
  // question outlines are one shape each: no count
  const text = (item: LegendItem) => (withoutCount(item.key) ? pickLabel(lang, item.label_zh, item.label_en) : `${pickLabel(lang, item.label_zh, item.label_en)} (${item.count})`);
  const rows: LegendRow[] = items.map((item) => ({ item, lines: wrapText(text(item), labelWidth, metrics.bodySize) }));
  if (hasApproximate) rows.push({ item: null, lines: wrapText(pickLabel(lang, APPROXIMATE_NOTE.zh, APPROXIMATE_NOTE.en), columnWidth - 16 * metrics.unit, legendNoteSize(metrics)) });
  return rows;
}

function linesSvg(lines: string[], x: number, y: number, fontSize: number, lineHeight: number, attrs = ''): string {
  const spans = lines.map((line, i) => `<tspan x="${fmt(x)}" y="${fmt(y + i * lineHeight)}">${escapeXml(line)}</tspan>`).join('');
  return `<text font-size="${fmt(fontSize)}"${attrs}>${spans}</text>`;
}

export function legendSvg(rows: LegendRow[], layout: PageLayout, lang: ExportLang, heading: { zh: string; en: string } = HEADING): string {
  const { legend: box, unit, bodySize, swatchWidth } = layout;
  const parts = [
    '<g class="legend">',
    `<text x="${fmt(box.x)}" y="${fmt(box.y + 28 * unit)}" font-size="${fmt(bodySize * 1.15)}" font-weight="700">${escapeXml(pickLabel(lang, heading.zh, heading.en))}</text>`,
  ];
  rows.forEach((row, i) => {
    const x = box.x + layout.legendRowColumn[i]! * layout.legendColumnWidth;
    const y = layout.legendRowY[i]!;
    if (row.heading) {
      parts.push(linesSvg(row.lines, x, y + bodySize * 0.35, bodySize, layout.lineHeight(bodySize), ' class="key-heading" font-weight="700"'));
      return;
    }
    if (row.number !== undefined) {
      const side = bodySize * 1.3;
      parts.push(
        `<g class="key-row" data-number="${row.number}" data-ids="${escapeXml((row.members ?? []).join(' '))}">`,
        `<rect x="${fmt(x + swatchWidth / 2 - side / 2)}" y="${fmt(y - side / 2)}" width="${fmt(side)}" height="${fmt(side)}" fill="#ffffff" stroke="#1a1a1a" stroke-width="${fmt(unit)}"/>`,
        `<text x="${fmt(x + swatchWidth / 2)}" y="${fmt(y + bodySize * 0.35)}" font-size="${fmt(bodySize)}" font-weight="700" text-anchor="middle">${row.number}</text>`,
        linesSvg(row.lines, x + swatchWidth + 12 * unit, y + bodySize * 0.35, bodySize, layout.lineHeight(bodySize)),
        '</g>',
      );
      return;
    }
    if (!row.item && row.continued !== undefined) {
      const size = legendNoteSize(layout);
      parts.push(linesSvg(row.lines, x, y + size * 0.35, size, layout.lineHeight(size), ` class="key-continued" data-count="${row.continued}" fill="#444444"`));
      return;
    }
    if (!row.item && row.unnumbered !== undefined) {
      const size = legendNoteSize(layout);
      parts.push(linesSvg(row.lines, x, y + size * 0.35, size, layout.lineHeight(size), ` class="key-unnumbered" data-count="${row.unnumbered}" fill="#444444"`));
      return;
    }
    if (!row.item) {
      // smaller than the rows, never below the page's label floor
      const size = legendNoteSize(layout);
      parts.push(linesSvg(row.lines, x, y + size * 0.35, size, layout.lineHeight(size), ' class="legend-note" fill="#444444"'));
      return;
    }
    if (isTitleKey(row.item.key)) {
      parts.push(linesSvg(row.lines, x, y + bodySize * 0.35, bodySize, layout.lineHeight(bodySize), ' class="legend-title" font-weight="700"'));
      return;
    }
    parts.push(
      `<g class="legend-item" data-key="${escapeXml(row.item.key)}" data-count="${row.item.count}">`,
      swatchSvg(row.item.symbol, x + swatchWidth / 2, y, swatchWidth, unit),
      linesSvg(row.lines, x + swatchWidth + 12 * unit, y + bodySize * 0.35, bodySize, layout.lineHeight(bodySize)),
      '</g>',
    );
  });
  parts.push('</g>');
  return parts.join('');
}
