// Validates one source record and builds the feature it becomes, applying only the fixes the user chose.
import type { Feature, Geometry, Position } from 'geojson';
import rewind from '@turf/rewind';
import { recordProblem, type Problem, type ProblemCode, type ProblemParams } from './problems.ts';
import { normaliseGeometry, type NormaliseContext } from './normalise-geometry.ts';
import { classifyPlacement, fromWebMercator, geometryPositions, mapPositions, swapLonLat, type Placement } from './placement.ts';
import type { SourceRecord } from './source-record.ts';
import { toWgs84, type CoordinateSystem } from './coordinate-systems.ts';
import type { PlacedAt } from './placement-report.ts';

/** A correction the importer can offer but never applies unasked. */
export type FixKind = 'swap' | 'fromWebMercator' | 'closeRings';

export interface RecordOutcome {
  /** absent when the record has errors */
  feature?: Feature;
  errors: Problem[];
  warnings: Problem[];
  /** fixes that would repair this record */
  fixable: FixKind[];
  vertices: number;
}

export function validateRecord(file: string, record: SourceRecord, fixes: ReadonlySet<FixKind>, crs: CoordinateSystem = 'wgs84'): RecordOutcome {
  const ctx: NormaliseContext = {
    file, ref: record.ref, field: record.geometryField, closeRings: fixes.has('closeRings'),
    errors: [...record.problems], warnings: [], hadUnclosedRing: false, vertices: 0,
  };
  // A parser that already explained a missing geometry (e.g. an empty CSV cell) should not be echoed.
  const parserExplained = record.problems.length > 0 && record.geometry === null;
  const normalised = parserExplained ? undefined : normaliseGeometry(record.geometry, ctx);
  const fixable: FixKind[] = ctx.hadUnclosedRing && !ctx.closeRings ? ['closeRings'] : [];
  const outcome = { errors: ctx.errors, warnings: ctx.warnings, fixable, vertices: ctx.vertices };
  if (normalised === undefined || ctx.errors.length > 0) return outcome;

  // Positions copied from AMap or Baidu are converted before anything is judged by where it lies.
  const converted = crs === 'wgs84' || record.placedAt ? normalised : mapPositions(normalised, (p) => toWgs84(p, crs));
  const placed = place(file, record, converted, fixes, outcome);
  if (placed === undefined) return outcome;
  // RFC 7946 winding (outer rings counter-clockwise); rewinding our own copy in place is safe.
  const geometry = hasPolygons(placed) ? (rewind(placed, { mutate: true }) as Geometry) : placed;
  const feature: Feature = { type: 'Feature', geometry, properties: { ...record.properties } };
  if (record.ref.id !== undefined) feature.id = record.ref.id;
  // A foreign member, so the planner's own properties are never overwritten; the popup shows it.
  if (record.placedAt) (feature as Feature & { placedAt?: PlacedAt }).placedAt = { ...record.placedAt };
  return { ...outcome, feature };
}

function place(file: string, record: SourceRecord, geometry: Geometry, fixes: ReadonlySet<FixKind>, outcome: Omit<RecordOutcome, 'feature'>): Geometry | undefined {
  const positions = geometryPositions(geometry);
  const placement: Placement = classifyPlacement(positions);
  const field = record.geometryField;
  const example = formatPosition(positions[0]);
  const say = (list: Problem[], code: ProblemCode, params: ProblemParams = {}) =>
    list.push(recordProblem(file, record.ref, field.replace(/"/g, ''), code, params, { field, path: [] }));
  switch (placement) {
    case 'inside':
      return geometry;
    case 'partly':
      say(outcome.warnings, 'partly-outside');
      return geometry;
    case 'swapped':
      if (fixes.has('swap')) {
        say(outcome.warnings, 'swap-applied');
        return mapPositions(geometry, swapLonLat);
      }
      say(outcome.errors, 'swapped', { example });
      outcome.fixable.push('swap');
      return undefined;
    case 'mercator':
      if (fixes.has('fromWebMercator')) {
        say(outcome.warnings, 'mercator-applied');
        return mapPositions(geometry, fromWebMercator);
      }
      say(outcome.errors, 'mercator', { example });
      outcome.fixable.push('fromWebMercator');
      return undefined;
    case 'outside':
      say(outcome.errors, 'outside', { example });
      return undefined;
  }
}

function formatPosition(position: Position | undefined): string {
  return position === undefined ? '[]' : `[${position.slice(0, 2).join(', ')}]`;
}

function hasPolygons(geometry: Geometry): boolean {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.some(hasPolygons);
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
}
