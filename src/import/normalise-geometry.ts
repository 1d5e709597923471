// Checks a geometry as found in a file and returns a clean copy of it, never touching the input.
// Every problem is collected (not just the first), so a planner can fix a file in one pass.
import type { Geometry, Position } from 'geojson';
import { quoteValue, recordProblem, type Problem, type RecordRef } from './problems.ts';
import { describeTypeName, isGeometryTypeName } from './geometry-types.ts';
import { parseDecimal } from './csv-columns.ts';
import { isPlainObject } from './source-record.ts';

export interface NormaliseContext {
  file: string;
  ref: RecordRef;
  /** how the geometry's source is named in messages, e.g. `"geometry"` */
  field: string;
  /** close unclosed rings (a fix the user chose) instead of reporting them as errors */
  closeRings: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** set when at least one ring was unclosed (whether or not it was closed) */
  hadUnclosedRing: boolean;
  vertices: number;
}

const AXIS_NAMES = ['longitude', 'latitude', 'altitude'];

/** Undefined when the geometry cannot be used; the reasons are in ctx.errors. */
export function normaliseGeometry(value: unknown, ctx: NormaliseContext): Geometry | undefined {
  if (value === null || value === undefined) {
    error(ctx, 'has no geometry');
    return undefined;
  }
  if (!isPlainObject(value)) {
    error(ctx, `${ctx.field} is not a geometry object (${quoteValue(value)})`);
    return undefined;
  }
  const type = value['type'];
  if (!isGeometryTypeName(type)) {
    error(ctx, describeTypeName(type, `"type" of ${ctx.field}`));
    return undefined;
  }
  if (type === 'GeometryCollection') {
    const members = value['geometries'];
    if (!Array.isArray(members)) {
      error(ctx, `${ctx.field} is a GeometryCollection without a "geometries" list`);
      return undefined;
    }
    const geometries = members.map((member) => normaliseGeometry(member, ctx));
    if (geometries.some((g) => g === undefined)) return undefined;
    return { type, geometries: geometries as Geometry[] };
  }
  const coordinates = value['coordinates'];
  if (!Array.isArray(coordinates)) {
    error(ctx, `${ctx.field} has no "coordinates" list (type ${type})`);
    return undefined;
  }
  const before = ctx.errors.length;
  const geometry = buildGeometry(type, coordinates, ctx);
  return ctx.errors.length === before ? geometry : undefined;
}

function buildGeometry(type: Exclude<Geometry['type'], 'GeometryCollection'>, coordinates: unknown[], ctx: NormaliseContext): Geometry {
  switch (type) {
    case 'Point':
      return { type, coordinates: position(coordinates, [], ctx) };
    case 'MultiPoint':
      return { type, coordinates: list(coordinates, 'point', [], ctx, (p, path) => position(p, path, ctx)) };
    case 'LineString':
      return { type, coordinates: line(coordinates, [], ctx) };
    case 'MultiLineString':
      return { type, coordinates: list(coordinates, 'line', [], ctx, (l, path) => line(l, path, ctx)) };
    case 'Polygon':
      return { type, coordinates: polygon(coordinates, [], ctx) };
    case 'MultiPolygon':
      return { type, coordinates: list(coordinates, 'polygon', [], ctx, (p, path) => polygon(p, path, ctx)) };
  }
}

function list<T>(value: unknown, partName: string, path: string[], ctx: NormaliseContext, each: (item: unknown, path: string[]) => T): T[] {
  if (!Array.isArray(value)) {
    error(ctx, `${where(path, ctx)} is ${quoteValue(value)}; expected a list`);
    return [];
  }
  return value.map((item, i) => each(item, [`${partName} ${i}`, ...path]));
}

function line(value: unknown, path: string[], ctx: NormaliseContext): Position[] {
  const positions = list(value, 'position', path, ctx, (p, inner) => position(p, inner, ctx));
  if (Array.isArray(value) && positions.length < 2) error(ctx, `${where(path, ctx)} has ${positions.length} position(s); a line needs at least 2`);
  return positions;
}

function polygon(value: unknown, path: string[], ctx: NormaliseContext): Position[][] {
  return list(value, 'ring', path, ctx, (ring, ringPath) => closedRing(ring, ringPath, ctx));
}

function closedRing(value: unknown, path: string[], ctx: NormaliseContext): Position[] {
  const before = ctx.errors.length;
  const positions = list(value, 'position', path, ctx, (p, inner) => position(p, inner, ctx));
  if (ctx.errors.length !== before || !Array.isArray(value)) return positions;
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) {
    ctx.hadUnclosedRing = true;
    if (ctx.closeRings) {
      positions.push([...first]);
      warning(ctx, `${where(path, ctx)} was not closed; its first position was repeated at the end`);
    } else {
      error(ctx, `${where(path, ctx)} is not closed (it starts at [${first.join(', ')}] but ends at [${last.join(', ')}])`);
      return positions;
    }
  }
  if (positions.length < 4) error(ctx, `${where(path, ctx)} has ${positions.length} positions; a closed ring needs at least 4`);
  return positions;
}

function position(value: unknown, path: string[], ctx: NormaliseContext): Position {
  if (!Array.isArray(value) || value.length < 2) {
    error(ctx, `${where(path, ctx)} is ${quoteValue(value)}; expected [longitude, latitude]`);
    return [];
  }
  ctx.vertices += 1;
  return value.map((axisValue: unknown, axis) => {
    const axisName = AXIS_NAMES[axis] ?? `value ${axis}`;
    const subject = `${axisName} of ${where(path, ctx)}`;
    if (typeof axisValue === 'number') {
      // JSON cannot hold NaN or Infinity, but arithmetic (TopoJSON transforms, CSV) can produce them.
      if (Number.isFinite(axisValue)) return axisValue;
      error(ctx, `${subject} is not a finite number (${String(axisValue)})`);
      return Number.NaN;
    }
    if (axisValue === null || axisValue === undefined) {
      error(ctx, `${subject} is missing (${String(axisValue)}); expected a number`);
      return Number.NaN;
    }
    if (typeof axisValue === 'string') {
      const parsed = parseDecimal(axisValue);
      if (parsed !== undefined) {
        warning(ctx, `${subject} is text (${quoteValue(axisValue)}), read as the number ${parsed}`);
        return parsed;
      }
    }
    error(ctx, `${subject} is not a number (${quoteValue(axisValue)})`);
    return Number.NaN;
  });
}

/** "position 3 of ring 0 of "geometry"": path parts are collected innermost first. */
function where(path: string[], ctx: NormaliseContext): string {
  return path.length === 0 ? ctx.field : `${path.join(' of ')} of ${ctx.field}`;
}

function error(ctx: NormaliseContext, text: string): void {
  ctx.errors.push(recordProblem(ctx.file, ctx.ref, ctx.field.replace(/"/g, ''), text));
}

function warning(ctx: NormaliseContext, text: string): void {
  ctx.warnings.push(recordProblem(ctx.file, ctx.ref, ctx.field.replace(/"/g, ''), text));
}
