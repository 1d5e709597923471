// Editing the planner's marks as the tool and the list do it: add (within the count limit, positions
// rounded as the permalink keeps them, so the state equals its own reload), remove one, check a
// note's text with the reason it is refused, and a circle's radius from a drag. Pure: no DOM, no map.
import {
  cleanNoteText,
  MAX_ANNOTATIONS,
  MAX_CIRCLE_KM,
  MAX_NOTE_CHARS,
  MIN_CIRCLE_KM,
  roundKm,
  roundLonLat,
  type Annotation,
  type LonLat,
} from './annotation';

export type AddResult = { ok: true; annotations: Annotation[] } | { ok: false; reason: 'limit' };

/** The mark as the permalink will give it back (positions to about 10 m, radius to 0.1 km). */
export function roundAnnotation(mark: Annotation): Annotation {
  switch (mark.kind) {
    case 'note':
      return { kind: 'note', at: roundLonLat(mark.at), text: mark.text };
    case 'arrow':
      return { kind: 'arrow', from: roundLonLat(mark.from), to: roundLonLat(mark.to) };
    case 'circle':
      return { kind: 'circle', centre: roundLonLat(mark.centre), radiusKm: roundKm(mark.radiusKm) };
    case 'area':
      return { kind: 'area', ring: mark.ring.map(roundLonLat) };
  }
}

export function addAnnotation(list: readonly Annotation[], mark: Annotation): AddResult {
  if (list.length >= MAX_ANNOTATIONS) return { ok: false, reason: 'limit' };
  return { ok: true, annotations: [...list, roundAnnotation(mark)] };
}

export function removeAnnotation(list: readonly Annotation[], index: number): Annotation[] {
  return list.filter((_, i) => i !== index);
}

export type NoteTextCheck = { ok: true; text: string } | { ok: false; reason: 'empty' | 'tooLong' | 'unsafe'; length: number };

/** A typed note's text as it will be kept, or why it cannot be (with its length in characters). */
export function checkNoteText(raw: string): NoteTextCheck {
  const collapsed = raw.replace(/\s+/g, ' ').trim();
  const length = [...collapsed].length;
  const text = cleanNoteText(raw);
  if (text !== undefined) return { ok: true, text };
  if (collapsed === '') return { ok: false, reason: 'empty', length };
  if (length > MAX_NOTE_CHARS) return { ok: false, reason: 'tooLong', length };
  return { ok: false, reason: 'unsafe', length };
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = rad(b[1] - a[1]);
  const dLon = rad(b[0] - a[0]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[1])) * Math.cos(rad(b[1])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A circle dragged from its centre to its edge; undefined when smaller than the smallest kept (0.1 km). */
export function circleFromDrag(centre: LonLat, edge: LonLat): Annotation | undefined {
  const km = distanceKm(centre, edge);
  if (km < MIN_CIRCLE_KM) return undefined;
  return { kind: 'circle', centre, radiusKm: Math.min(MAX_CIRCLE_KM, km) };
}

/** The list with the note at `index` given a new text (already checked); other marks are left as they are. */
export function replaceNoteText(list: readonly Annotation[], index: number, text: string): Annotation[] {
  return list.map((mark, i) => (i === index && mark.kind === 'note' ? { kind: 'note', at: mark.at, text } : mark));
}
