// What goes inside the map frame: basemap, questions' overlay, features, the planner's layers and
// marks (annotations), the names (seats, projects, leaders, numbers), scale bar, north arrow and locator inset. The names are
// placed last, clear of the furniture; the projects left without a name come back as the numbered key.
import { geoPath } from 'd3-geo';
import { annotationsSvg } from './annotations-svg.ts';
import type { ExportInput } from './export-input.ts';
import type { Box } from './layout.ts';
import { layoutExportLabels, type KeyEntry } from './export-labels.ts';
import { labelsSvg } from './labels-svg.ts';
import { locatorInset } from './locator-inset.ts';
import { fitProjection } from './map-projection.ts';
import { basemapSvg, featuresSvg, overlaySvg, selectedUnitSvg } from './map-layers.ts';
import { northArrowSvg } from './north-arrow.ts';
import { pixelsPerKmAtCentre, scaleBarSvg } from './scale-bar.ts';
import { estimateWidth } from './text-measure.ts';
import { userLayersSvg } from './user-layers.ts';

export interface MapBody {
  /** the SVG lines inside the clipped map group */
  parts: string[];
  key: KeyEntry[];
  /** projects in the frame left without a name or a number */
  unlisted: number;
}

export function mapBody(input: ExportInput, frame: Box, unit: number, labelSize: number, maxKey: number): MapBody {
  return mapIn(input, frame, unit, labelSize)(maxKey);
}

/**
 * The map drawn in `frame`, named and numbered with at most `maxKey` numbers on each call: what does not
 * depend on the names (basemap, features, furniture) is drawn once, for a page trying several key sizes.
 */
export function mapIn(input: ExportInput, frame: Box, unit: number, labelSize: number): (maxKey: number) => MapBody {
  const projection = fitProjection(input.bounds, frame);
  const path = geoPath(projection).digits(1);
  const bar = { x: frame.x + 20 * unit, y: frame.y + frame.height - 20 * unit, maxWidth: frame.width * 0.22 };
  const scaleBar = scaleBarSvg({ pxPerKm: pixelsPerKmAtCentre(projection, frame), maxWidth: bar.maxWidth, x: bar.x, y: bar.y, unit, fontSize: labelSize });
  const barTop = bar.y - 14 * unit - labelSize * 1.2;
  const arrow = { cx: frame.x + frame.width - 36 * unit, top: frame.y + 16 * unit };
  const furniture: Box[] = [
    { x: bar.x - 4 * unit, y: barTop, width: bar.maxWidth + estimateWidth('1000 km', labelSize) / 2 + 8 * unit, height: bar.y - barTop + 4 * unit },
    { x: arrow.cx - 20 * unit, y: arrow.top - 4 * unit, width: 40 * unit, height: 74 * unit },
  ];
  const locator = locatorInset(input.locator, input.lang, frame, unit, input.features, projection, furniture);
  const obstacles: Box[] = [...furniture, ...(locator.box ? [locator.box] : [])];
  const marks = annotationsSvg(input.annotations ?? [], projection, frame, unit, labelSize);
  obstacles.push(...marks.boxes);
  let drawn: string[] | null = null;
  const under = () => (drawn ??= [
    basemapSvg(input.boundaries, path, unit, input.choropleth) + selectedUnitSvg(input.boundaries, input.selectedUnit, path, unit),
    overlaySvg(input.overlay, path, unit),
    featuresSvg(input, projection, path, frame, unit) + userLayersSvg(input.userLayers ?? [], projection, path, unit),
    marks.shapes,
  ]);
  return (maxKey) => {
    const labels = layoutExportLabels({
      features: input.features, selectedId: input.selectedId, seats: input.boundaries.seats ?? [], lang: input.lang,
      projection, frame, unit, fontSize: labelSize, obstacles, maxKey,
    });
    return {
      parts: [...under(), labelsSvg(labels.labels, unit), marks.notes, scaleBar, northArrowSvg(arrow.cx, arrow.top, unit, input.lang), locator.svg],
      key: labels.key,
      unlisted: labels.unlisted,
    };
  };
}
