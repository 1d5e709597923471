// The planner's own marks on the map: text notes, arrows, highlight circles and highlighted areas.
// Kept in the state and the permalink (`an=`, src/state/annotation-codecs.ts) in a compact text form,
// one mark per item, items joined by "~":
//   n:lon,lat,text        a note (the text is the rest of the item; "\" escapes "~" and "\")
//   a:lon,lat,lon,lat     an arrow from the first point to the second
//   c:lon,lat,km          a circle of the given radius in kilometres
//   p:lon,lat,lon,lat,…   a highlighted area (3 to 40 corners)
// The text of a note is data: it is shown as text only, never as markup.

export type LonLat = readonly [number, number];

export type Annotation =
  | { readonly kind: 'note'; readonly at: LonLat; readonly text: string }
  | { readonly kind: 'arrow'; readonly from: LonLat; readonly to: LonLat }
  | { readonly kind: 'circle'; readonly centre: LonLat; readonly radiusKm: number }
  | { readonly kind: 'area'; readonly ring: readonly LonLat[] };

export type AnnotationKind = Annotation['kind'];

export const MAX_ANNOTATIONS = 30;
export const MAX_NOTE_CHARS = 140;
export const MIN_CIRCLE_KM = 0.1;
export const MAX_CIRCLE_KM = 500;
export const MIN_AREA_CORNERS = 3;
export const MAX_AREA_CORNERS = 40;

const SEPARATOR = '~';
const COORD_DECIMALS = 4;
const KM_DECIMALS = 1;
const NUMBER = /^-?\d{1,3}(\.\d{1,6})?$/;
// C0/C1 control characters and the bidi overrides that can disguise text
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals + 0;

/** A position rounded to about 10 m, as the permalink keeps it. */
export function roundLonLat([lon, lat]: LonLat): LonLat {
  return [round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS)];
}

export function roundKm(km: number): number {
  return Math.min(MAX_CIRCLE_KM, Math.max(MIN_CIRCLE_KM, round(km, KM_DECIMALS)));
}

/** A note's text as kept: spaces collapsed and trimmed; undefined when empty, too long or unsafe. */
export function cleanNoteText(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '' || [...text].length > MAX_NOTE_CHARS || UNSAFE_TEXT.test(text)) return undefined;
  return text;
}

function parseNumbers(parts: readonly string[]): number[] | undefined {
  if (!parts.every((p) => NUMBER.test(p))) return undefined;
  return parts.map(Number);
}

function parsePositions(parts: readonly string[]): LonLat[] | undefined {
  if (parts.length % 2 !== 0) return undefined;
  const numbers = parseNumbers(parts);
  if (!numbers) return undefined;
  const positions: LonLat[] = [];
  for (let i = 0; i < numbers.length; i += 2) {
    const lon = numbers[i]!;
    const lat = numbers[i + 1]!;
    if (lon < -180 || lon > 180 || lat < -85 || lat > 85) return undefined;
    positions.push([lon, lat]);
  }
  return positions;
}

/** One item of the text form; undefined when it is not a valid mark. */
export function parseAnnotation(item: string): Annotation | undefined {
  const colon = item.indexOf(':');
  const tag = item.slice(0, colon);
  const body = item.slice(colon + 1);
  if (colon < 0) return undefined;
  if (tag === 'n') {
    const parts = body.split(',');
    const at = parsePositions(parts.slice(0, 2));
    const text = cleanNoteText(parts.slice(2).join(','));
    return at && parts.length >= 3 && text !== undefined ? { kind: 'note', at: at[0]!, text } : undefined;
  }
  const parts = body.split(',');
  if (tag === 'a') {
    const points = parts.length === 4 ? parsePositions(parts) : undefined;
    return points ? { kind: 'arrow', from: points[0]!, to: points[1]! } : undefined;
  }
  if (tag === 'c') {
    const centre = parts.length === 3 ? parsePositions(parts.slice(0, 2)) : undefined;
    const km = /^\d{1,3}(\.\d{1,3})?$/.test(parts[2] ?? '') ? Number(parts[2]) : NaN;
    return centre && km >= MIN_CIRCLE_KM && km <= MAX_CIRCLE_KM ? { kind: 'circle', centre: centre[0]!, radiusKm: km } : undefined;
  }
  if (tag === 'p') {
    const ring = parsePositions(parts);
    return ring && ring.length >= MIN_AREA_CORNERS && ring.length <= MAX_AREA_CORNERS ? { kind: 'area', ring } : undefined;
  }
  return undefined;
}

/** Splits the text form into items at unescaped "~", undoing the escapes. */
function splitItems(raw: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (ch === '\\' && i + 1 < raw.length) current += raw[++i];
    else if (ch === SEPARATOR) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items;
}

export interface ParsedAnnotations {
  annotations: Annotation[];
  /** the items that are not valid marks (or past the limit), as written */
  rejected: string[];
}

export function parseAnnotations(raw: string): ParsedAnnotations {
  const annotations: Annotation[] = [];
  const rejected: string[] = [];
  for (const item of splitItems(raw)) {
    const mark = annotations.length < MAX_ANNOTATIONS ? parseAnnotation(item) : undefined;
    if (mark) annotations.push(mark);
    else rejected.push(item);
  }
  return { annotations, rejected };
}

const escapeText = (text: string) => text.replace(/[\\~]/g, (ch) => `\\${ch}`);
const pos = (p: LonLat) => roundLonLat(p).join(',');

export function formatAnnotation(mark: Annotation): string {
  switch (mark.kind) {
    case 'note':
      return `n:${pos(mark.at)},${escapeText(mark.text)}`;
    case 'arrow':
      return `a:${pos(mark.from)},${pos(mark.to)}`;
    case 'circle':
      return `c:${pos(mark.centre)},${roundKm(mark.radiusKm)}`;
    case 'area':
      return `p:${mark.ring.map(pos).join(',')}`;
  }
}

export function formatAnnotations(marks: readonly Annotation[]): string {
  return marks.map(formatAnnotation).join(SEPARATOR);
}

/** The arrowhead's two barbs at `to`, `size` long, in the same plane as the points given. */
export function arrowHead(from: readonly [number, number], to: readonly [number, number], size: number): [[number, number], [number, number]] {
  const angle = Math.atan2(to[1] - from[1], to[0] - from[0]);
  const spread = Math.PI / 7;
  const barb = (a: number): [number, number] => [to[0] - size * Math.cos(a), to[1] - size * Math.sin(a)];
  return [barb(angle - spread), barb(angle + spread)];
}

/** What a mark covers, for framing the export on it: a circle as the corners of its square. */
export function annotationExtent(mark: Annotation): LonLat[] {
  switch (mark.kind) {
    case 'note':
      return [mark.at];
    case 'arrow':
      return [mark.from, mark.to];
    case 'area':
      return [...mark.ring];
    case 'circle': {
      const dLat = mark.radiusKm / 111.195;
      const dLon = dLat / Math.max(0.01, Math.cos((mark.centre[1] * Math.PI) / 180));
      return [[mark.centre[0] - dLon, mark.centre[1] - dLat], [mark.centre[0] + dLon, mark.centre[1] + dLat]];
    }
  }
}
