// Where each part of the page goes. Everything scales with the page's short side, so a 300 dpi
// A4 and a 1080 px square carry the same proportions.
import type { ExportSize } from './presets.ts';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageLayout {
  width: number;
  height: number;
  /** 1 at a 1080 px short side */
  unit: number;
  margin: number;
  titleBaseline: number;
  titleSize: number;
  subtitleBaseline: number;
  subtitleSize: number;
  map: Box;
  legend: Box;
  /** legend beside the map (wide pages) or below it (tall and square pages) */
  legendPlacement: 'right' | 'below';
  footerBaselines: [number, number];
  footerSize: number;
  bodySize: number;
}

const LEGEND_ROW = 34;
const LEGEND_HEADER = 46;

/** Layout for a page of `size` with `legendRows` legend entries (including any note row). */
export function computeLayout(size: ExportSize, legendRows: number): PageLayout {
  const width = size.widthPx;
  const height = size.heightPx;
  const unit = Math.min(width, height) / 1080;
  const margin = 40 * unit;
  const titleSize = 44 * unit;
  const subtitleSize = 24 * unit;
  const bodySize = 19 * unit;
  const footerSize = 15 * unit;
  const titleBaseline = margin + titleSize;
  const subtitleBaseline = titleBaseline + subtitleSize * 1.6;
  const mapTop = subtitleBaseline + 20 * unit;
  const footerBaselines: [number, number] = [height - margin - footerSize * 1.5, height - margin];
  const mapBottom = footerBaselines[0] - footerSize * 2;
  const gap = 24 * unit;
  const legendHeightFor = (rows: number) => (LEGEND_HEADER + rows * LEGEND_ROW + 12) * unit;

  if (width / height >= 1.2) {
    const legendWidth = 380 * unit;
    const map = { x: margin, y: mapTop, width: width - 2 * margin - legendWidth - gap, height: mapBottom - mapTop };
    const legend = { x: map.x + map.width + gap, y: mapTop, width: legendWidth, height: Math.min(legendHeightFor(legendRows), map.height) };
    return { width, height, unit, margin, titleBaseline, titleSize, subtitleBaseline, subtitleSize, map, legend, legendPlacement: 'right', footerBaselines, footerSize, bodySize };
  }
  // Tall or square: two legend columns under the map.
  const legendHeight = legendHeightFor(Math.ceil(legendRows / 2));
  const map = { x: margin, y: mapTop, width: width - 2 * margin, height: mapBottom - mapTop - legendHeight - gap };
  const legend = { x: margin, y: map.y + map.height + gap, width: map.width, height: legendHeight };
  return { width, height, unit, margin, titleBaseline, titleSize, subtitleBaseline, subtitleSize, map, legend, legendPlacement: 'below', footerBaselines, footerSize, bodySize };
}

export const LEGEND_METRICS = { row: LEGEND_ROW, header: LEGEND_HEADER } as const;
