// The numbered key's continuation: when the map page has no room for every numbered project, the rest
// of the key goes on pages of its own (same title and footer as the map page), in columns that fill
// the space the map and legend had. Pure: row positions only; render-svg.ts draws the pages.
import type { KeyEntry } from './export-labels.ts';
import { LEGEND_HEADER, legendRowCentre, legendRowHeight, type PageLayout } from './layout.ts';
import { numberRows, type LegendRow } from './legend.ts';

export interface KeyPage {
  /** the map page's layout with the legend box spread over the whole content area */
  layout: PageLayout;
  rows: LegendRow[];
}

/** The narrowest column the key's rows are wrapped to, in the page's units (as the legend's). */
const MIN_COLUMN = 380;

export function keyPages(first: PageLayout, rest: readonly KeyEntry[]): KeyPage[] {
  if (rest.length === 0) return [];
  const { content, unit, bodySize } = first;
  const columns = Math.max(1, Math.floor(content.width / (MIN_COLUMN * unit)));
  const columnWidth = content.width / columns;
  const rows = numberRows(rest, first, columnWidth);
  const top = content.y + LEGEND_HEADER * unit;
  const bottom = content.y + content.height;
  const pages: { rows: LegendRow[]; y: number[]; column: number[] }[] = [];
  let column = 0;
  let y = top;
  const newPage = () => {
    pages.push({ rows: [], y: [], column: [] });
    column = 0;
    y = top;
  };
  newPage();
  for (const row of rows) {
    const height = legendRowHeight(row.lines.length, unit, bodySize);
    // a row that does not fit goes to the next column, or the next page; a fresh column takes any row
    if (y + height > bottom && y > top) {
      if (column + 1 < columns) {
        column += 1;
        y = top;
      } else newPage();
    }
    const page = pages[pages.length - 1]!;
    page.rows.push(row);
    page.y.push(y + legendRowCentre(unit));
    page.column.push(column);
    y += height;
  }
  return pages.map((page) => ({
    rows: page.rows,
    layout: {
      ...first,
      map: { x: content.x, y: content.y, width: 0, height: 0 },
      legend: { ...content },
      legendPlacement: 'below',
      legendColumns: columns,
      legendColumnWidth: columnWidth,
      legendRowY: page.y,
      legendRowColumn: page.column,
    },
  }));
}

/** The strip's type, as a share of the legend's, and its narrowest column (the legend's below the map). */
const STRIP_TYPE = 0.8;
const STRIP_COLUMN = 300;

export interface KeyStrip extends KeyPage {
  /** how much taller the image grows to hold the strip (its rows and the gap above it) */
  height: number;
}

/**
 * The numbered key as a strip below the map's block on a single image (an SVG or PNG is not paper,
 * so it grows taller rather than cut the key): the rows in as many columns as the content's width
 * takes, balanced so the columns end level and the strip is as short as they allow.
 */
export function keyStrip(page: PageLayout, key: readonly KeyEntry[]): KeyStrip {
  // the legend's smaller type (never below the page's label floor) and its narrowest columns
  const first = { ...page, bodySize: Math.max(page.labelSize, page.bodySize * STRIP_TYPE) };
  const { content, unit, bodySize } = first;
  const columns = Math.max(1, Math.floor(content.width / (STRIP_COLUMN * unit)));
  const columnWidth = content.width / columns;
  const rows = numberRows(key, first, columnWidth);
  const heights = rows.map((row) => legendRowHeight(row.lines.length, unit, bodySize));
  // the shortest column height that holds every row in `columns` columns, rows kept in order
  const fill = (limit: number): { column: number[]; offset: number[] } | null => {
    const column: number[] = [];
    const offset: number[] = [];
    let [c, y] = [0, 0];
    for (const h of heights) {
      if (y + h > limit && y > 0) [c, y] = [c + 1, 0];
      if (c >= columns) return null;
      column.push(c);
      offset.push(y);
      y += h;
    }
    return { column, offset };
  };
  const total = heights.reduce((a, b) => a + b, 0);
  let limit = Math.max(total / columns, ...heights, 0);
  let placed = fill(limit);
  // each step lets the tallest column take one more row's worth; ends by the sum of the rows
  while (!placed) placed = fill((limit += Math.min(...heights)));
  const used = Math.max(0, ...placed.offset.map((o, i) => o + heights[i]!));
  const gap = 24 * unit;
  const top = content.y + content.height + gap;
  const boxHeight = LEGEND_HEADER * unit + used + 12 * unit;
  return {
    rows,
    height: rows.length === 0 ? 0 : gap + boxHeight,
    layout: {
      ...first,
      legend: { x: content.x, y: top, width: content.width, height: boxHeight },
      legendPlacement: 'below',
      legendColumns: columns,
      legendColumnWidth: columnWidth,
      legendRowY: placed.offset.map((o) => top + LEGEND_HEADER * unit + o + legendRowCentre(unit)),
      legendRowColumn: placed.column,
    },
  };
}
