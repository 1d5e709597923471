// Where each part of the page goes. Everything scales with the page's short side, so a 300 dpi
// A4 and a 1080 px square carry the same proportions. Text blocks (title, subtitle, note, legend,
// footer) are wrapped first; the layout gives each the lines it needs and the map takes the rest.
import type { ExportSize } from './presets.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Sizes that depend only on the page, needed before the text is wrapped. */
export interface PageMetrics {
  width: number;
  height: number;
  /** 1 at a 1080 px short side */
  unit: number;
  margin: number;
  titleSize: number;
  subtitleSize: number;
  noteSize: number;
  bodySize: number;
  footerSize: number;
  /** place labels and map furniture text: never below the preset's minimum in points */
  labelSize: number;
  /** width available to text running across the page */
  textWidth: number;
  /** legend beside the map (wide pages) or below it (tall and square pages) */
  legendPlacement: 'right' | 'below';
  legendColumns: number;
  legendColumnWidth: number;
  swatchWidth: number;
}

/** A legend row's lines: a row beside a swatch (its number of lines), or a note's (set smaller, without a swatch). */
export type LegendRowLines = number | { note: number };

/** Lines each text block needs, after wrapping. */
export interface BlockLines {
  title: number;
  titleSize: number;
  subtitle: number;
  subtitleSize: number;
  note: number;
  footer: number;
  /** the lines of each legend row when wrapped to a column this wide, one entry per row */
  legendRows: (columnWidth: number) => LegendRowLines[];
  /** the subject's width / height on the Mercator page (the bounds' shape); absent: square */
  subjectAspect?: number;
  /**
   * The map frame to keep (an image whose legend takes the numbered key's rows): the legend is placed,
   * in the fewest columns that hold its rows, only in the room this frame leaves beside or below it.
   * When no placement holds them there, the usual placement is made.
   */
  keepMap?: Box;
}

export interface PageLayout extends PageMetrics {
  /** first baseline of each block; following lines step by the block's line height */
  titleBaseline: number;
  subtitleBaseline: number;
  noteBaseline: number;
  footerBaseline: number;
  lineHeight: (fontSize: number) => number;
  /** the space between the title block and the note/footer, shared by the map and the legend */
  content: Box;
  map: Box;
  legend: Box;
  /** y of each legend row's first line (the swatch's centre), in order */
  legendRowY: number[];
  /** which column each legend row is in */
  legendRowColumn: number[];
}

export const LEGEND_HEADER = 46;
const LEGEND_ROW = 34;
const LINE = 1.3;

/** A legend row's height for its number of lines, and where its first line sits within it. */
export const legendRowHeight = (lines: number, unit: number, bodySize: number): number => Math.max(LEGEND_ROW * unit, 10 * unit + lines * bodySize * LINE);
export const legendRowCentre = (unit: number): number => (LEGEND_ROW * unit) / 2;

/** The type of the legend's notes (approximate locations, the key's closing notes): smaller than its rows, never below the page's label floor. */
export const legendNoteSize = (metrics: Pick<PageMetrics, 'labelSize' | 'bodySize'>): number => Math.max(metrics.labelSize, metrics.bodySize * 0.85);

/**
 * Smallest label size in points: 7.5 pt reads on paper at arm's length; a slide is seen from across a
 * room, so 14 pt at its 1920 px (96 px per inch).
 */
export const MIN_LABEL_PT = { paper: 7.5, screen: 14 } as const;

/** Pixels per point on this page: print dpi / 72 on paper, 96 / 72 on screen presets. */
export function pxPerPoint(size: ExportSize): number {
  return size.dpi / 72;
}

export function pageMetrics(size: ExportSize): PageMetrics {
  const width = size.widthPx;
  const height = size.heightPx;
  const unit = Math.min(width, height) / 1080;
  const margin = 40 * unit;
  const wide = width / height >= 1.2;
  const legendColumns = wide ? 1 : 2;
  const legendWidth = wide ? 380 * unit : width - 2 * margin;
  return {
    width,
    height,
    unit,
    margin,
    titleSize: 44 * unit,
    subtitleSize: 24 * unit,
    noteSize: 18 * unit,
    bodySize: 19 * unit,
    footerSize: 15 * unit,
    labelSize: Math.max(12 * unit, (size.widthMm === null ? MIN_LABEL_PT.screen : MIN_LABEL_PT.paper) * pxPerPoint(size)),
    textWidth: width - 2 * margin,
    legendPlacement: wide ? 'right' : 'below',
    legendColumns,
    legendColumnWidth: legendWidth / legendColumns,
    swatchWidth: 34 * unit,
  };
}

/** The room above and below a note's lines in the legend, in units. */
const NOTE_PAD = 3;

/**
 * Rows go down the first column, then the next, kept in order and balanced: each column ends where the
 * shortest tallest column lets it, so the legend is no taller than its rows need. A row beside a swatch
 * is at least the swatch's height; a note takes only its own lines (its smaller type) and a little room.
 */
function legendColumnsOf(rowLines: LegendRowLines[], columns: number, metrics: Pick<PageMetrics, 'unit' | 'bodySize' | 'labelSize'>): { column: number[]; offset: number[]; height: number } {
  const { unit, bodySize } = metrics;
  const noteLine = legendNoteSize(metrics) * LINE;
  const heights = rowLines.map((lines) => (typeof lines === 'number' ? legendRowHeight(lines, unit, bodySize) : 2 * NOTE_PAD * unit + lines.note * noteLine));
  // the first line sits on a swatch row's centre line, as a one-line row's does (more lines run below it); a note's just below its room
  const firstLine = rowLines.map((lines) => (typeof lines === 'number' ? (LEGEND_ROW * unit) / 2 : NOTE_PAD * unit + noteLine / 2));
  const fill = (limit: number): { column: number[]; offset: number[]; used: number } | null => {
    const column: number[] = [];
    const offset: number[] = [];
    let [c, y, used] = [0, 0, 0];
    for (const [i, h] of heights.entries()) {
      if (y + h > limit + 0.01 && y > 0) [c, y] = [c + 1, 0];
      if (c >= columns) return null;
      column.push(c);
      offset.push(y + firstLine[i]!);
      y += h;
      used = Math.max(used, y);
    }
    return { column, offset, used };
  };
  // the shortest column height that holds every row in order: no shorter than the tallest row or an even share
  let placed: ReturnType<typeof fill> = null;
  const total = heights.reduce((sum, h) => sum + h, 0);
  for (let limit = Math.max(total / columns, ...heights, 0); !placed; limit += Math.max(1, Math.min(...heights) / 4)) placed = fill(limit);
  // the rows end the legend: no room is kept below its last row
  return { column: placed.column, offset: placed.offset, height: LEGEND_HEADER * unit + placed.used };
}

/** A legend placement the layout may choose: beside the map in `columns`, or below it. */
interface LegendOption {
  placement: 'right' | 'below';
  columns: number;
  columnWidth: number;
}

/**
 * Widths, in units, of the legend's columns beside the map: one column, wider ones letting long names
 * keep to one line; two columns, narrower ones (as narrow as below the map) leaving the map more width.
 */
const SIDE_COLUMN_WIDTHS: Record<1 | 2, number[]> = { 1: [380, 460, 540, 620, 700], 2: [380, 340, 300] };

/**
 * The placements tried for a page: beside the map (wide pages) in one or two columns of a few widths,
 * and below it in two to four columns, none narrower than a swatch and a short label.
 */
function legendOptions(metrics: PageMetrics): LegendOption[] {
  const { unit, textWidth } = metrics;
  const side = metrics.legendPlacement === 'right';
  const right = side
    ? ([1, 2] as const).flatMap((columns) => SIDE_COLUMN_WIDTHS[columns].map((w) => ({ placement: 'right' as const, columns, columnWidth: w * unit })))
    : [];
  const below = [2, 3, 4].filter((columns) => textWidth / columns >= 300 * unit).map((columns) => ({ placement: 'below' as const, columns, columnWidth: textWidth / columns }));
  return [...right, ...below];
}

/**
 * The placements that keep a map frame `room` narrower than the page's content (less the gap): beside
 * it, one or two columns sharing that width (so a wide single column may become two); below it, as usual.
 */
function keptOptions(metrics: PageMetrics, room: number): LegendOption[] {
  const side = ([1, 2] as const).map((columns) => ({ placement: 'right' as const, columns, columnWidth: room / columns })).filter((o) => o.columnWidth >= 300 * metrics.unit);
  return [...side, ...legendOptions(metrics).filter((o) => o.placement !== 'right')];
}

/** How large the subject is drawn in `map`: the Mercator fit's limiting side, in px. */
export function subjectScale(map: Box, aspect: number): number {
  return Math.min(map.width, map.height * aspect);
}

/** The share of the map frame the subject covers when fitted (1: it fills the frame; the rest is margin around it). */
export function subjectFill(map: Box, aspect: number): number {
  const scale = subjectScale(map, aspect);
  return map.width > 0 && map.height > 0 ? (scale * (scale / aspect)) / (map.width * map.height) : 0;
}

/** The same box, to a hundredth of a pixel. */
export const sameBox = (a: Box, b: Box): boolean => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01 && Math.abs(a.width - b.width) < 0.01 && Math.abs(a.height - b.height) < 0.01;

/** The share of the space between title and footer the map keeps, at least, while the legend's type can still shrink. */
export const MIN_MAP_SHARE = 0.55;

/** The map frame's share of the space between the title block and the footer. */
export function mapShare(layout: Pick<PageLayout, 'map' | 'content'>): number {
  const { map, content } = layout;
  return (map.width * map.height) / Math.max(1, content.width * content.height);
}

/** A placement may draw the subject this much smaller than the largest placement does and still be chosen. */
export const SCALE_TOLERANCE = 0.9;
/** A placement later in the list must fill the frame this much better to displace an earlier one. */
const FILL_MARGIN = 1.03;

/**
 * Places the blocks. The rule for the legend: of the placements that draw the subject (its Mercator
 * width / height, `subjectAspect`) at least SCALE_TOLERANCE as large as the largest placement does
 * and keep the map MIN_MAP_SHARE of the page's content (or that largest placement itself), take the
 * one whose map frame the subject fills best, i.e. the least frame left empty around it; a
 * later placement must fill it FILL_MARGIN better to displace an earlier one (fewer columns read more
 * easily). So a wide subject on a landscape page gets the legend below it or in one column beside it,
 * never two columns that leave a tall, narrow frame, and a long legend never squeezes the map to a strip.
 */
export function computeLayout(metrics: PageMetrics, lines: BlockLines): PageLayout {
  const { width, height, unit, margin, footerSize, noteSize } = metrics;
  const lineHeight = (fontSize: number) => fontSize * LINE;
  const titleBaseline = margin + lines.titleSize;
  const titleBottom = titleBaseline + (lines.title - 1) * lineHeight(lines.titleSize);
  const subtitleBaseline = titleBottom + lines.subtitleSize * 1.6;
  const subtitleBottom = lines.subtitle > 0 ? subtitleBaseline + (lines.subtitle - 1) * lineHeight(lines.subtitleSize) : titleBottom;
  const mapTop = subtitleBottom + 20 * unit;
  const footerBaseline = height - margin - (lines.footer - 1) * lineHeight(footerSize);
  const noteBaseline = footerBaseline - footerSize * 1.2 - lines.note * lineHeight(noteSize) + noteSize;
  const contentBottom = (lines.note > 0 ? noteBaseline - noteSize : footerBaseline - footerSize) - footerSize * 1.5;
  const gap = 24 * unit;
  const aspect = lines.subjectAspect ?? 1;
  const content = { x: margin, y: mapTop, width: width - 2 * margin, height: contentBottom - mapTop };
  const keep = lines.keepMap;
  const place = (option: LegendOption): PageLayout | null => {
    const legendCols = legendColumnsOf(lines.legendRows(option.columnWidth), option.columns, metrics);
    let map: Box;
    let legend: Box;
    if (option.placement === 'right') {
      const legendWidth = option.columnWidth * option.columns;
      map = { x: margin, y: mapTop, width: width - 2 * margin - legendWidth - gap, height: contentBottom - mapTop };
      if (legendCols.height > map.height) return null;
      legend = { x: map.x + map.width + gap, y: mapTop, width: legendWidth, height: legendCols.height };
    } else {
      map = keep ?? { x: margin, y: mapTop, width: width - 2 * margin, height: Math.max(contentBottom - mapTop - legendCols.height - gap, 0) };
      legend = { x: margin, y: map.y + map.height + gap, width: map.width, height: legendCols.height };
      if (keep && legend.y + legend.height > contentBottom + 0.01) return null;
    }
    if (keep && !sameBox(map, keep)) return null;
    return {
      ...metrics, legendPlacement: option.placement, legendColumns: option.columns, legendColumnWidth: option.columnWidth,
      titleBaseline, subtitleBaseline, noteBaseline, footerBaseline, lineHeight, map, legend, content,
      legendRowY: legendCols.offset.map((o) => legend.y + LEGEND_HEADER * unit + o), legendRowColumn: legendCols.column,
    };
  };
  // A page with nothing to explain (a social card, an empty selection) gives the map all the space.
  if (lines.legendRows(metrics.legendColumnWidth).length === 0) {
    return {
      ...metrics, titleBaseline, subtitleBaseline, noteBaseline, footerBaseline, lineHeight, content, map: { ...content },
      legend: { x: margin, y: content.y + content.height, width: 0, height: 0 }, legendRowY: [], legendRowColumn: [],
    };
  }
  if (keep) {
    const held = keptOptions(metrics, content.width - gap - keep.width).map(place).find((layout) => layout !== null);
    return held ?? computeLayout(metrics, { ...lines, keepMap: undefined });
  }
  const placed = legendOptions(metrics)
    .map(place)
    .filter((layout): layout is PageLayout => layout !== null)
    .map((layout) => ({ layout, scale: subjectScale(layout.map, aspect), fill: subjectFill(layout.map, aspect) }));
  const largest = placed.reduce((a, b) => (b.scale > a.scale * FILL_MARGIN ? b : a));
  let best: (typeof placed)[number] | null = null;
  for (const candidate of placed) {
    // a snugger frame is no gain where it leaves the map less than its share of the page
    if (candidate !== largest && (candidate.scale < largest.scale * SCALE_TOLERANCE || mapShare(candidate.layout) < MIN_MAP_SHARE)) continue;
    if (!best || candidate.fill > best.fill * FILL_MARGIN) best = candidate;
  }
  // every page offers at least one placement below the map, which always fits
  return best!.layout;
}
