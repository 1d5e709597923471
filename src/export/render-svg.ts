// Builds the briefing export as a standalone SVG string from a snapshot of the view model.
// Pure: the same input gives the same bytes, in the browser and on the command line.
import { geoPath } from 'd3-geo';
import { escapeXml } from './escape.ts';
import type { ExportInput } from './export-input.ts';
import { footerSvg } from './footer.ts';
import { computeLayout } from './layout.ts';
import { legendRowCount, legendSvg } from './legend.ts';
import { fitProjection } from './map-projection.ts';
import { basemapSvg, featuresSvg, overlaySvg, selectedUnitSvg } from './map-layers.ts';
import { seatLabelsSvg } from './seat-labels.ts';
import { userLayersSvg } from '../user-data/export-user-layers.ts';
import { northArrowSvg } from './north-arrow.ts';
import { resolvePreset } from './presets.ts';
import { pixelsPerKmAtCentre, scaleBarSvg } from './scale-bar.ts';
import { fmt } from './svg-format.ts';
import { fitFontSize } from './text-measure.ts';

/** The shipped subset first, then fonts a reader's system may have, so CJK never falls to tofu. */
export const EXPORT_FONT_FAMILY = "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Hiragino Sans GB', sans-serif";
const CLIP_ID = 'export-map-frame';

function fontFaceSvg(input: ExportInput): string {
  const font = input.embeddedFont;
  if (!font) return '';
  // Base64 has no characters that need escaping; the family name is data and is escaped.
  const family = escapeXml(font.family).replace(/[\\"]/g, '');
  return `<style>@font-face{font-family:"${family}";src:url(data:font/woff2;base64,${font.woff2Base64.replace(/[^A-Za-z0-9+/=]/g, '')}) format("woff2");}</style>`;
}

export function renderExportSvg(input: ExportInput): string {
  const size = resolvePreset(input.preset, input.dpi);
  const hasApproximate = input.features.some((f) => f.properties.precision === 'approximate');
  const layout = computeLayout(size, legendRowCount(input.legend, hasApproximate));
  const { map: frame, unit } = layout;
  const textWidth = size.widthPx - 2 * layout.margin;
  const titleSize = fitFontSize(input.title, textWidth, layout.titleSize, layout.titleSize * 0.5);
  const subtitleSize = fitFontSize(input.subtitle, textWidth, layout.subtitleSize, layout.subtitleSize * 0.6);
  const projection = fitProjection(input.bounds, frame);
  const path = geoPath(projection).digits(1);

  const physical = size.widthMm !== null && size.heightMm !== null ? { w: `${size.widthMm}mm`, h: `${size.heightMm}mm` } : { w: String(size.widthPx), h: String(size.heightPx) };
  const frameRect = `x="${fmt(frame.x)}" y="${fmt(frame.y)}" width="${fmt(frame.width)}" height="${fmt(frame.height)}"`;
  const scaleBar = scaleBarSvg({
    pxPerKm: pixelsPerKmAtCentre(projection, frame),
    maxWidth: frame.width * 0.22,
    x: frame.x + 20 * unit,
    y: frame.y + frame.height - 20 * unit,
    unit,
    fontSize: layout.bodySize * 0.85,
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${physical.w}" height="${physical.h}" viewBox="0 0 ${size.widthPx} ${size.heightPx}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}" fill="#1a1a1a">`,
    `<defs>${fontFaceSvg(input)}<clipPath id="${CLIP_ID}"><rect ${frameRect}/></clipPath></defs>`,
    `<rect class="page" width="${size.widthPx}" height="${size.heightPx}" fill="#ffffff"/>`,
    `<text class="title" x="${fmt(layout.margin)}" y="${fmt(layout.titleBaseline)}" font-size="${fmt(titleSize)}" font-weight="700">${escapeXml(input.title)}</text>`,
    `<text class="subtitle" x="${fmt(layout.margin)}" y="${fmt(layout.subtitleBaseline)}" font-size="${fmt(subtitleSize)}" fill="#444444">${escapeXml(input.subtitle)}</text>`,
    `<g class="map" clip-path="url(#${CLIP_ID})">`,
    `<rect class="sea" ${frameRect} fill="#ffffff"/>`,
    // The selected unit and seat labels join existing lines, so exports without them keep their bytes.
    basemapSvg(input.boundaries, path, unit) + selectedUnitSvg(input.boundaries, input.selectedUnit, path, unit),
    overlaySvg(input.overlay, path, unit),
    // The planner's own layers go on top, in the same line so exports without them are unchanged.
    featuresSvg(input, projection, path, frame, unit) + userLayersSvg(input.userLayers ?? [], projection, path, unit) + seatLabelsSvg(input.boundaries.seats ?? [], projection, frame, unit, input.lang),
    scaleBar,
    northArrowSvg(frame.x + frame.width - 36 * unit, frame.y + 16 * unit, unit, input.lang),
    '</g>',
    `<rect class="map-frame" ${frameRect} fill="none" stroke="#333333" stroke-width="${fmt(1.5 * unit)}"/>`,
    legendSvg(input.legend, hasApproximate, layout, input.lang),
    footerSvg(layout, input.lang, input.sources, input.date, input.permalink),
    '</svg>',
  ].join('\n');
}
