// An atlas: one page per prefecture-level unit, per zone (a shown project with an extent) or per
// shown project, each framed on its unit with its own title and the shown projects in it, after a
// contents page. Pure: builds the renderer's inputs
// and the contents page SVG; the PDF writer turns the list into one document.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { ExportInput, ViewBounds } from './export-input.ts';
import type { ProjectFeature } from '../types.ts';
import { pickLabel } from './export-input.ts';
import { bothLanguages } from '../i18n/translate.ts';
import { escapeXml } from './escape.ts';
import { resolvePreset } from './presets.ts';
import { pageMetrics } from './layout.ts';
import { fmt } from './svg-format.ts';
import { wrapText } from './text-measure.ts';
import { EXPORT_FONT_FAMILY, fontFaceSvg } from './render-svg.ts';

import type { AtlasKind } from './atlas-kinds';

const CONTENTS = bothLanguages('export.page.contents');
const PAGE = bothLanguages('export.page.page');
const PROJECTS = bothLanguages('export.page.projects');

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

/** A project's own page: at least this many degrees around a point, so its surroundings show. */
const PROJECT_REACH_DEG = 0.25;

function pageFor(base: ExportInput, title: string, bounds: ViewBounds, features: ProjectFeature[], extra: Partial<ExportInput>): ExportInput {
  const keys = new Set(features.map((f) => f.properties.subtype));
  return {
    ...base,
    title,
    subtitle: `${base.title} · ${pickLabel(base.lang, `${features.length} ${PROJECTS.zh}`, `${features.length} ${PROJECTS.en}`)}`,
    bounds,
    features,
    selectedId: null,
    legend: base.legend.filter((item) => keys.has(item.key)).map((item) => ({ ...item, count: features.filter((f) => f.properties.subtype === item.key).length })),
    overlay: null,
    ...extra,
  };
}

function isZone(f: ProjectFeature): f is ProjectFeature & Feature<Polygon | MultiPolygon> {
  return f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
}

/** A shown project is in a zone when its anchor (a point's position, a line's or area's stated centre) lies inside the zone. */
function inZone(zone: Feature<Polygon | MultiPolygon>, f: ProjectFeature): boolean {
  return booleanPointInPolygon(f.properties.anchor, zone);
}

/** The projects within a page's bounds (by anchor): what a reader sees on it. */
function withinBounds([[south, west], [north, east]]: ViewBounds, features: readonly ProjectFeature[]): ProjectFeature[] {
  return features.filter(({ properties: { anchor: [lon, lat] } }) => lon >= west && lon <= east && lat >= south && lat <= north);
}

function aroundProject(f: ProjectFeature): ViewBounds {
  const [[south, west], [north, east]] = boundsAround(f.geometry.coordinates);
  const [lon, lat] = f.properties.anchor;
  return [
    [Math.min(south, lat - PROJECT_REACH_DEG), Math.min(west, lon - PROJECT_REACH_DEG)],
    [Math.max(north, lat + PROJECT_REACH_DEG), Math.max(east, lon + PROJECT_REACH_DEG)],
  ];
}

/**
 * The pages of an atlas, in order. prefecture: one per Sichuan prefecture (level "prefecture";
 * Chongqing's districts are not), in the boundary file's order, with the shown projects that lie in
 * or name it. zone: one per shown project with an extent, framed on it, with the shown projects
 * inside it. selection: one per shown project, framed on it, with the shown projects around it.
 */
export function atlasPages(base: ExportInput, kind: AtlasKind): ExportInput[] {
  return atlasEntries(base, kind).map((entry) => entry.page);
}

/** A page of an atlas with what names its file: the unit's adcode or project id and its English name. */
export interface AtlasEntry {
  page: ExportInput;
  id: string;
  nameEn: string;
}

/** The atlas pages with their units' ids and English names (see atlasPages for what each kind holds). */
export function atlasEntries(base: ExportInput, kind: AtlasKind): AtlasEntry[] {
  const name = (f: ProjectFeature) => pickLabel(base.lang, f.properties.name_zh, f.properties.name_en);
  const entry = (f: ProjectFeature, page: ExportInput): AtlasEntry => ({ page, id: f.properties.id, nameEn: f.properties.name_en });
  if (kind === 'zone') {
    return base.features.filter(isZone).map((zone) => entry(zone, pageFor(base, name(zone), boundsAround(zone.geometry.coordinates), base.features.filter((f) => f === zone || inZone(zone, f)), {})));
  }
  if (kind === 'selection') {
    return base.features.map((project) => {
      const bounds = aroundProject(project);
      return entry(project, pageFor(base, name(project), bounds, withinBounds(bounds, base.features).concat(withinBounds(bounds, [project]).length ? [] : [project]), { selectedId: project.properties.id }));
    });
  }
  const units = base.boundaries.prefectures.filter((unit) => unit.properties.level === 'prefecture');
  return units.map((unit) => {
    const { adcode, name_zh: zh, name_en: en } = unit.properties;
    const features = base.features.filter((f) => f.properties.prefectures.includes(adcode));
    const keys = new Set(features.map((f) => f.properties.subtype));
    return { id: adcode, nameEn: en, page: {
      ...base,
      title: pickLabel(base.lang, zh, en),
      subtitle: `${base.title} · ${pickLabel(base.lang, `${features.length} ${PROJECTS.zh}`, `${features.length} ${PROJECTS.en}`)}`,
      bounds: boundsAround(unit.geometry.coordinates),
      features,
      selectedId: null,
      selectedUnit: adcode,
      legend: base.legend.filter((item) => keys.has(item.key)).map((item) => ({ ...item, count: features.filter((f) => f.properties.subtype === item.key).length })),
      overlay: null,
    } satisfies ExportInput };
  });
}

/** A file name's readable part: ASCII letters and digits in lower case, words joined by hyphens. */
function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

/**
 * The file of each page of an atlas written as separate images, in page order: a page number (so a
 * folder lists them in order), then the contents, or the unit's adcode / project id and English
 * name, e.g. 01-contents.png, 02-510100-chengdu.png. ASCII only, so every file system and zip tool
 * keeps them as they are.
 */
export function atlasFileNames(entries: readonly Pick<AtlasEntry, 'id' | 'nameEn'>[], extension: string): string[] {
  const digits = Math.max(2, String(entries.length + 1).length);
  const number = (i: number) => String(i + 1).padStart(digits, '0');
  const stem = ({ id, nameEn }: Pick<AtlasEntry, 'id' | 'nameEn'>) => {
    const [idPart, namePart] = [slug(id), slug(nameEn)];
    // an id spelt from the name is said once
    return namePart === '' || idPart.endsWith(namePart) ? idPart : namePart.startsWith(idPart) ? namePart : `${idPart}-${namePart}`;
  };
  return [`${number(0)}-contents.${extension}`, ...entries.map((e, i) => `${number(i + 1)}-${stem(e)}.${extension}`)];
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${physical.w}" height="${physical.h}" viewBox="0 0 ${size.widthPx} ${size.heightPx}" font-family="${escapeXml(EXPORT_FONT_FAMILY)}" fill="#1a1a1a">`,
    // drawn as a PNG through <img>, the page can use no font but one inside it
    base.embeddedFont ? `<defs>${fontFaceSvg(base)}</defs>` : '',
    `<rect class="page" width="${size.widthPx}" height="${size.heightPx}" fill="#ffffff"/>`,
    `<text class="title" font-size="${fmt(m.titleSize)}" font-weight="700">${title.map((line, i) => `<tspan x="${fmt(m.margin)}" y="${fmt(m.margin + m.titleSize * (1 + i * 1.3))}">${escapeXml(line)}</tspan>`).join('')}</text>`,
    `<text class="contents-heading" x="${fmt(m.margin)}" y="${fmt(top - rowHeight * 1.2)}" font-size="${fmt(m.subtitleSize)}" font-weight="700">${escapeXml(pickLabel(base.lang, CONTENTS.zh, CONTENTS.en))}</text>`,
    `<g class="contents">${rows.join('')}</g>`,
    '</svg>',
  ].join('\n');
}
