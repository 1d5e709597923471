// The seat names the map shows (prefecture seats), placed with the map's own greedy rule so the
// export names the same places without labels running into each other.
import type { GeoProjection } from 'd3-geo';
import { placeLabels, type LabelBox } from '../cartography/label-layout.ts';
import { escapeXml } from './escape.ts';
import type { ExportLang, ExportSeat } from './export-input.ts';
import { pickLabel } from './export-input.ts';
import type { Box } from './layout.ts';
import { fmt } from './svg-format.ts';
import { estimateWidth } from './text-measure.ts';

/** As on the map: a name beside a 6 px dot, scaled with the page; the name at the page's label size. */
const DOT_RADIUS = 3;
const TEXT_GAP = 4;

export function seatLabelsSvg(seats: readonly ExportSeat[], projection: GeoProjection, frame: Box, unit: number, lang: ExportLang, fontSize: number): string {
  const candidates = seats.flatMap((seat) => {
    const p = projection([seat.lon, seat.lat]);
    if (!p) return [];
    const text = pickLabel(lang, seat.name_zh, seat.name_en);
    const width = (DOT_RADIUS + TEXT_GAP) * unit + estimateWidth(text, fontSize);
    const height = fontSize * 1.2;
    const box: LabelBox = { id: seat.adcode, x: p[0] - frame.x - DOT_RADIUS * unit, y: p[1] - frame.y - height / 2, width, height, priority: seat.priority };
    return [{ seat, p, text, box }];
  });
  const shown = placeLabels(
    candidates.map((c) => c.box),
    { padding: 3 * unit, viewport: { width: frame.width, height: frame.height } },
  );
  const body = candidates
    .filter((c) => shown.has(c.seat.adcode))
    .map(({ seat, p, text }) => {
      const [x, y] = p;
      return (
        `<g class="seat-label" data-adcode="${escapeXml(seat.adcode)}">` +
        `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(DOT_RADIUS * unit)}" fill="#1a1a1a" stroke="#ffffff" stroke-width="${fmt(unit)}"/>` +
        `<text x="${fmt(x + (DOT_RADIUS + TEXT_GAP) * unit)}" y="${fmt(y)}" dy="0.35em" font-size="${fmt(fontSize)}" stroke="#ffffff" stroke-width="${fmt(3 * unit)}" paint-order="stroke">${escapeXml(text)}</text>` +
        '</g>'
      );
    })
    .join('');
  return body ? `<g class="seat-labels">${body}</g>` : '';
}
