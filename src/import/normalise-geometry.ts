// Checks a geometry as found in a file and returns a clean copy of it, never touching the input.
// Every problem is collected (not just the first), so a planner can fix a file in one pass.
import type { Geometry, Position } from 'geojson';
import { quoteValue, recordProblem, type PathStep, type Problem, type ProblemCode, type ProblemParams, type RecordRef } from './problems.ts';
import { describeTypeName, isGeometryTypeName } from './geometry-types.ts';
import { parseDecimal } from './parse-decimal.ts';
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

/** Undefined when the geometry cannot be used; the reasons are in ctx.errors. */
export function normaliseGeometry(value: unknown, ctx: NormaliseContext): Geometry | undefined {
  if (value === null || value === undefined) {
    error(ctx, 'geometry-missing');
    return undefined;
  }
  if (!isPlainObject(value)) {
    error(ctx, 'geometry-not-object', { value: quoteValue(value) }, []);
    return undefined;
  }
  const type = value['type'];
  if (!isGeometryTypeName(type)) {
    const named = describeTypeName(type, ctx.field);
    error(ctx, named.code, named.params);
    return undefined;
  }
  if (type === 'GeometryCollection') {
    const members = value['geometries'];
    if (!Array.isArray(members)) {
      error(ctx, 'collection-no-geometries', {}, []);
      return undefined;
    }
    const geometries = members.map((member) => normaliseGeometry(member, ctx));
    if (geometries.some((g) => g === undefined)) return undefined;
    return { type, geometries: geometries as Geometry[] };
  }
  const coordinates = value['coordinates'];
  if (!Array.isArray(coordinates)) {
    error(ctx, 'coordinates-missing', { type }, []);
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

function list<T>(value: unknown, partName: PathStep['part'], path: PathStep[], ctx: NormaliseContext, each: (item: unknown, path: PathStep[]) => T): T[] {
  if (!Array.isArray(value)) {
    error(ctx, 'not-a-list', { value: quoteValue(value) }, path);
    return [];
  }
  return value.map((item, i) => each(item, [{ part: partName, n: i }, ...path]));
}

function line(value: unknown, path: PathStep[], ctx: NormaliseContext): Position[] {
  const positions = list(value, 'position', path, ctx, (p, inner) => position(p, inner, ctx));
  if (Array.isArray(value) && positions.length < 2) error(ctx, 'line-too-short', { count: positions.length }, path);
  return positions;
}

function polygon(value: unknown, path: PathStep[], ctx: NormaliseContext): Position[][] {
  // A polygon needs its outer ring; without one there is no area to draw (and nothing to rewind).
  if (Array.isArray(value) && value.length === 0) error(ctx, 'polygon-no-rings', {}, path);
  return list(value, 'ring', path, ctx, (ring, ringPath) => closedRing(ring, ringPath, ctx));
}

function closedRing(value: unknown, path: PathStep[], ctx: NormaliseContext): Position[] {
  const before = ctx.errors.length;
  const positions = list(value, 'position', path, ctx, (p, inner) => position(p, inner, ctx));
  if (ctx.errors.length !== before || !Array.isArray(value)) return positions;
  const first = positions[0];
  const last = positions[positions.length - 1];
  if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) {
    ctx.hadUnclosedRing = true;
    if (ctx.closeRings) {
      positions.push([...first]);
      warning(ctx, 'ring-closed', {}, path);
    } else {
      error(ctx, 'ring-not-closed', { first: first.join(', '), last: last.join(', ') }, path);
      return positions;
    }
  }
  if (positions.length < 4) error(ctx, 'ring-too-short', { count: positions.length }, path);
  return positions;
}

function position(value: unknown, path: PathStep[], ctx: NormaliseContext): Position {
  if (!Array.isArray(value) || value.length < 2) {
    error(ctx, 'position-invalid', { value: quoteValue(value) }, path);
    return [];
  }
  ctx.vertices += 1;
  return value.map((axisValue: unknown, axis) => {
    if (typeof axisValue === 'number') {
      // JSON cannot hold NaN or Infinity, but arithmetic (TopoJSON transforms, CSV) can produce them.
      if (Number.isFinite(axisValue)) return axisValue;
      error(ctx, 'coord-not-finite', { value: String(axisValue) }, path, axis);
      return Number.NaN;
    }
    if (axisValue === null || axisValue === undefined) {
      error(ctx, 'coord-missing', { value: String(axisValue) }, path, axis);
      return Number.NaN;
    }
    if (typeof axisValue === 'string') {
      const parsed = parseDecimal(axisValue);
      if (parsed !== undefined) {
        warning(ctx, 'coord-text', { value: quoteValue(axisValue), number: parsed }, path, axis);
        return parsed;
      }
    }
    error(ctx, 'coord-not-number', { value: quoteValue(axisValue) }, path, axis);
    return Number.NaN;
  });
}

/** A problem about the record's geometry; with a path, it names the part (`ring 0 of "geometry"`) and axis. */
function problem(ctx: NormaliseContext, code: ProblemCode, params: ProblemParams, path?: PathStep[], axis?: number): Problem {
  const place = path === undefined ? undefined : { field: ctx.field, path, ...(axis === undefined ? {} : { axis }) };
  return recordProblem(ctx.file, ctx.ref, ctx.field.replace(/"/g, ''), code, params, place);
}

function error(ctx: NormaliseContext, code: ProblemCode, params: ProblemParams = {}, path?: PathStep[], axis?: number): void {
  ctx.errors.push(problem(ctx, code, params, path, axis));
}

function warning(ctx: NormaliseContext, code: ProblemCode, params: ProblemParams = {}, path?: PathStep[], axis?: number): void {
  ctx.warnings.push(problem(ctx, code, params, path, axis));
}
