// The map's names in the export: the same layout as the live map (src/cartography/map-labels.ts),
// run in "map pixels" (the page's label size over the map's 12 px) at the zoom the page's scale
// corresponds to, so the export names the same seats, projects, corridors, counties and rivers, and
// keeps them clear of the scale bar, the north arrow and the locator inset.
import type { GeoProjection } from 'd3-geo';
import { layoutMapLabels, type CountyPlace, type RiverPlace, type SeatPlace } from '../cartography/map-labels.ts';
import { LABEL_STYLES, LINE_HEIGHT } from '../cartography/label-styles.ts';
import { alignedX } from '../cartography/label-input.ts';
import type { Box } from '../cartography/box-index.ts';
import { escapeXml } from './escape.ts';
import type { ExportInput } from './export-input.ts';
import { pickLabel } from './export-input.ts';
import type { Box as PageBox } from './layout.ts';
import { fmt } from './svg-format.ts';
import { estimateWidth } from './text-measure.ts';

const DOT_RADIUS = 3;
const HALO = '#ffffff';
const TEXT_COLOUR: Record<string, string> = { county: '#6b675e', river: '#2f6d9f', corridor: '#5a3d2b', area: '#5c5a55', project: '#35332e' };

/** The Web Mercator zoom at which the map shows this many map pixels per degree of longitude. */
export function equivalentZoom(projection: GeoProjection, centre: [number, number], scale: number): number {
  const a = projection(centre);
  const b = projection([centre[0] + 1, centre[1]]);
  if (!a || !b) return 7;
  const pxPerDegree = Math.abs(b[0] - a[0]) / scale;
  return Math.log2((pxPerDegree * 360) / 256);
}

export interface ExportLabelOptions {
  projection: GeoProjection;
  frame: PageBox;
  unit: number;
  /** the page's label size; the map's is 12 px */
  labelSize: number;
  /** page boxes no label may touch: scale bar, north arrow, locator inset */
  obstacles: readonly PageBox[];
}

/** Names in the export's language: "both" writes 中文 English, as the legend does. */
const named = <T extends { name_zh: string; name_en: string }>(input: ExportInput, item: T): T =>
  input.lang === 'both' ? { ...item, name_zh: pickLabel('both', item.name_zh, item.name_en) } : item;

export function mapLabelsSvg(input: ExportInput, options: ExportLabelOptions): string {
  const { projection, frame, unit } = options;
  const s = options.labelSize / 12;
  const lang = input.lang === 'en' ? 'en' : 'zh';
  const [[south, west], [north, east]] = input.bounds;
  const zoom = equivalentZoom(projection, [(west + east) / 2, (south + north) / 2], s);
  const seats: SeatPlace[] = (input.boundaries.seats ?? []).map((seat) => named(input, seat));
  const counties: CountyPlace[] = (input.boundaries.counties ?? []).flatMap(({ properties: p }) =>
    p.seat ? [named(input, { adcode: p.adcode, name_zh: p.name_zh, name_en: p.name_en, lon: p.seat[0], lat: p.seat[1] })] : [],
  );
  const rivers: RiverPlace[] = input.boundaries.rivers.map((river, i) =>
    named(input, {
      id: `r${i}`,
      name_zh: river.properties.name_zh,
      name_en: river.properties.name_en,
      scalerank: river.properties.scalerank,
      lines: river.geometry.type === 'LineString' ? [river.geometry.coordinates as [number, number][]] : (river.geometry.coordinates as [number, number][][]),
    }),
  );
  const features = input.lang === 'both' ? input.features.map((f) => ({ ...f, properties: named(input, f.properties) })) : input.features;
  const toMap = (box: PageBox): Box => ({ x: (box.x - frame.x) / s, y: (box.y - frame.y) / s, width: box.width / s, height: box.height / s });
  const labels = layoutMapLabels({
    lang,
    zoom,
    viewport: { width: frame.width / s, height: frame.height / s },
    project: (lon, lat) => {
      const p = projection([lon, lat]) ?? [NaN, NaN];
      return [(p[0] - frame.x) / s, (p[1] - frame.y) / s];
    },
    measure: (text, style) => estimateWidth(text, LABEL_STYLES[style].size),
    features,
    selectedId: input.selectedId,
    seats,
    counties,
    rivers,
    obstacles: options.obstacles.map(toMap),
  });
  const page = (x: number, y: number) => [frame.x + x * s, frame.y + y * s] as const;
  const body = labels
    .map((label) => {
      const style = LABEL_STYLES[label.style];
      const size = style.size * s;
      const [cx, cy] = page(label.x, label.y);
      const [tx] = page(alignedX(label), label.y);
      const step = size * LINE_HEIGHT;
      const first = cy - ((label.lines.length - 1) * step) / 2;
      const spans =
        label.lines.length === 1
          ? escapeXml(label.lines[0]!)
          : label.lines.map((line, i) => `<tspan x="${fmt(tx)}" y="${fmt(first + i * step)}" dy="0.35em">${escapeXml(line)}</tspan>`).join('');
      const rotate = label.angle === 0 ? '' : ` transform="rotate(${fmt(label.angle)} ${fmt(cx)} ${fmt(cy)})"`;
      const font = `font-size="${fmt(size)}"${style.weight === 400 ? '' : ` font-weight="${style.weight}"`}${style.italic ? ' font-style="italic"' : ''}`;
      const colour = TEXT_COLOUR[label.kind] ? ` fill="${TEXT_COLOUR[label.kind]}"` : '';
      const text = `<text x="${fmt(tx)}" y="${fmt(first)}"${label.lines.length === 1 ? ' dy="0.35em"' : ''} text-anchor="${label.align}" ${font}${colour} stroke="${HALO}" stroke-width="${fmt(3 * unit)}" stroke-linejoin="round" paint-order="stroke"${rotate}>${spans}</text>`;
      if (label.kind === 'seat' && label.dot) {
        const [dx, dy] = page(label.dot[0], label.dot[1]);
        return `<g class="seat-label" data-adcode="${escapeXml(label.key)}"><circle cx="${fmt(dx)}" cy="${fmt(dy)}" r="${fmt(DOT_RADIUS * unit)}" fill="#1a1a1a" stroke="#ffffff" stroke-width="${fmt(unit)}"/>${text}</g>`;
      }
      return `<g class="map-label" data-kind="${label.kind}" data-key="${escapeXml(label.key)}">${text}</g>`;
    })
    .join('');
  return body ? `<g class="map-labels">${body}</g>` : '';
}
