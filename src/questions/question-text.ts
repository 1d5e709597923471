// Text forms of the question parts for the URL: short, readable, and strict on the way in
// (anything malformed is undefined, so the codec reports it and ignores it).
import type { Position } from 'geojson';
import { roundCoordinate, type AreaSpec, type MeasureSpec, type RectBounds } from './question-types';

const ADCODE = /^\d{6}$/;
const FEATURE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const NUMBER = /^-?\d{1,3}(\.\d+)?$/;
const MAX_VERTICES = 200;

export function isFeatureId(text: string): boolean {
  return FEATURE_ID.test(text);
}

function parseNumber(text: string): number | undefined {
  return NUMBER.test(text.trim()) ? Number(text.trim()) : undefined;
}

function validLonLat(lon: number, lat: number): boolean {
  return lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90;
}

/** "lon lat,lon lat,..." -> positions; undefined when malformed or outside the globe. */
export function parsePositions(text: string, minimum: number): Position[] | undefined {
  const parts = text.split(',');
  if (parts.length < minimum || parts.length > MAX_VERTICES) return undefined;
  const positions: Position[] = [];
  for (const part of parts) {
    const pair = part.trim().split(/\s+/);
    if (pair.length !== 2) return undefined;
    const lon = parseNumber(pair[0] as string);
    const lat = parseNumber(pair[1] as string);
    if (lon === undefined || lat === undefined || !validLonLat(lon, lat)) return undefined;
    positions.push([roundCoordinate(lon), roundCoordinate(lat)]);
  }
  return positions;
}

export function formatPositions(positions: readonly Position[]): string {
  return positions.map((p) => `${roundCoordinate(p[0] as number)} ${roundCoordinate(p[1] as number)}`).join(',');
}

function parseBounds(text: string): RectBounds | undefined {
  const parts = text.split(',').map(parseNumber);
  if (parts.length !== 4 || parts.some((n) => n === undefined)) return undefined;
  const [west, south, east, north] = (parts as number[]).map(roundCoordinate) as RectBounds;
  if (!validLonLat(west, south) || !validLonLat(east, north) || !(west < east) || !(south < north)) return undefined;
  return [west, south, east, north];
}

/** u:510100 | f:zone-id | r:w,s,e,n | p:lon lat,lon lat,lon lat */
export function parseAreaSpec(raw: string): AreaSpec | undefined {
  const colon = raw.indexOf(':');
  if (colon < 0) return undefined;
  const prefix = raw.slice(0, colon);
  const rest = raw.slice(colon + 1);
  switch (prefix) {
    case 'u':
      return ADCODE.test(rest) ? { kind: 'unit', adcode: rest } : undefined;
    case 'f':
      return FEATURE_ID.test(rest) ? { kind: 'feature', id: rest } : undefined;
    case 'r': {
      const bounds = parseBounds(rest);
      return bounds ? { kind: 'rect', bounds } : undefined;
    }
    case 'p': {
      const ring = parsePositions(rest, 3);
      return ring ? { kind: 'polygon', ring } : undefined;
    }
    default:
      return undefined;
  }
}

export function formatAreaSpec(area: AreaSpec): string {
  switch (area.kind) {
    case 'unit':
      return `u:${area.adcode}`;
    case 'feature':
      return `f:${area.id}`;
    case 'rect':
      return `r:${area.bounds.map(roundCoordinate).join(',')}`;
    case 'polygon':
      return `p:${formatPositions(area.ring)}`;
  }
}

/** l:lon lat,lon lat,... (path) | a:lon lat,... (polygon area) | f:id,id (between two features) */
export function parseMeasureSpec(raw: string): MeasureSpec | undefined {
  const colon = raw.indexOf(':');
  if (colon < 0) return undefined;
  const prefix = raw.slice(0, colon);
  const rest = raw.slice(colon + 1);
  switch (prefix) {
    case 'l': {
      const path = parsePositions(rest, 2);
      return path ? { kind: 'path', path } : undefined;
    }
    case 'a': {
      const ring = parsePositions(rest, 3);
      return ring ? { kind: 'polygon', ring } : undefined;
    }
    case 'f': {
      const ids = rest.split(',');
      if (ids.length !== 2 || !ids.every(isFeatureId) || ids[0] === ids[1]) return undefined;
      return { kind: 'features', from: ids[0] as string, to: ids[1] as string };
    }
    default:
      return undefined;
  }
}

export function formatMeasureSpec(measure: MeasureSpec): string {
  switch (measure.kind) {
    case 'path':
      return `l:${formatPositions(measure.path)}`;
    case 'polygon':
      return `a:${formatPositions(measure.ring)}`;
    case 'features':
      return `f:${measure.from},${measure.to}`;
  }
}
