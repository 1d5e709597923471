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
