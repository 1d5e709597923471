// An atlas: one page per prefecture-level unit, each framed on its unit with its own title and the
// shown projects that lie in or name it, after a contents page. Pure: builds the renderer's inputs
// and the contents page SVG; the PDF writer turns the list into one document.
import type { ExportInput, ViewBounds } from './export-input.ts';
import { pickLabel } from './export-input.ts';
import { escapeXml } from './escape.ts';
import { resolvePreset } from './presets.ts';
import { pageMetrics } from './layout.ts';
import { fmt } from './svg-format.ts';
import { wrapText } from './text-measure.ts';

export const ATLAS_KINDS = ['prefecture'] as const;
export type AtlasKind = (typeof ATLAS_KINDS)[number];

const CONTENTS = { zh: '目录', en: 'Contents' };
const PAGE = { zh: '页', en: 'page' };
const PROJECTS = { zh: '个项目', en: 'projects' };

function bboxOf(coordinates: unknown, box: [number, number, number, number]): void {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') {
    const [lon, lat] = coordinates as [number, number];
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  } else if (Array.isArray(coordinates)) for (const c of coordinates) bboxOf(c, box);
}

function boundsAround(coordinates: unknown): ViewBounds {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  bboxOf(coordinates, box);
  const padX = (box[2] - box[0]) * 0.06;
  const padY = (box[3] - box[1]) * 0.06;
  return [[box[1] - padY, box[0] - padX], [box[3] + padY, box[2] + padX]];
}

/** One input per Sichuan prefecture (level "prefecture"; Chongqing's districts are not), in the boundary file's order. */
export function atlasPages(base: ExportInput, kind: AtlasKind): ExportInput[] {
  if (kind !== 'prefecture') return [];
  const units = base.boundaries.prefectures.filter((unit) => unit.properties.level === 'prefecture');
  return units.map((unit) => {
    const { adcode, name_zh: zh, name_en: en } = unit.properties;
    const features = base.features.filter((f) => f.properties.prefectures.includes(adcode));
    const keys = new Set(features.map((f) => f.properties.subtype));
    return {
      ...base,
      title: pickLabel(base.lang, zh, en),
      subtitle: `${base.title} · ${pickLabel(base.lang, `${features.length} ${PROJECTS.zh}`, `${features.length} ${PROJECTS.en}`)}`,
      bounds: boundsAround(unit.geometry.coordinates),
      features,
      selectedId: null,
      selectedUnit: adcode,
      legend: base.legend.filter((item) => keys.has(item.key)).map((item) => ({ ...item, count: features.filter((f) => f.properties.subtype === item.key).length })),
      overlay: null,
    } satisfies ExportInput;
  });
}

/** The contents page: the atlas title, then each page's title and number (the contents is page 1). */
export function contentsSvg(base: ExportInput, pages: readonly ExportInput[]): string {
  const size = resolvePreset(base.preset, base.dpi);
  const m = pageMetrics(size);
  const physical = size.widthMm !== null ? { w: `${size.widthMm}mm`, h: `${size.heightMm}mm` } : { w: String(size.widthPx), h: String(size.heightPx) };
  const rowHeight = m.bodySize * 1.5;
  const top = m.margin + m.titleSize * 2.6;
  const perColumn = Math.max(1, Math.floor((size.heightPx - top - m.margin) / rowHeight));
  const columns = Math.ceil(pages.length / perColumn);
  const columnWidth = m.textWidth / Math.max(columns, 1);
  const title = wrapText(base.title, m.textWidth, m.titleSize).slice(0, 2);
  const rows = pages.map((page, i) => {
    const x = m.margin + Math.floor(i / perColumn) * columnWidth;
    const y = top + (i % perColumn) * rowHeight;
    const number = `${pickLabel(base.lang, PAGE.zh, PAGE.en)} ${i + 2}`;
    return `<text x="${fmt(x)}" y="${fmt(y)}" font-size="${fmt(m.bodySize)}">${escapeXml(page.title)}</text><text x="${fmt(x + columnWidth - 24 * m.unit)}" y="${fmt(y)}" font-size="${fmt(m.bodySize)}" text-anchor="end" fill="#444444">${escapeXml(number)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${physical.w}" height="${physical.h}" viewBox="0 0 ${size.widthPx} ${size.heightPx}" fill="#1a1a1a">`,
    `<rect class="page" width="${size.widthPx}" height="${size.heightPx}" fill="#ffffff"/>`,
    `<text class="title" font-size="${fmt(m.titleSize)}" font-weight="700">${title.map((line, i) => `<tspan x="${fmt(m.margin)}" y="${fmt(m.margin + m.titleSize * (1 + i * 1.3))}">${escapeXml(line)}</tspan>`).join('')}</text>`,
    `<text class="contents-heading" x="${fmt(m.margin)}" y="${fmt(top - rowHeight * 1.2)}" font-size="${fmt(m.subtitleSize)}" font-weight="700">${escapeXml(pickLabel(base.lang, CONTENTS.zh, CONTENTS.en))}</text>`,
    `<g class="contents">${rows.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
