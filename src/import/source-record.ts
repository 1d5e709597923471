// The common shape every parser (GeoJSON, TopoJSON, CSV) produces, before geometry validation.
import type { Problem, RecordRef } from './problems.ts';
import type { PlacedAt } from './placement-report.ts';

export interface SourceRecord {
  ref: RecordRef;
  /** how the geometry's source is named in messages: `"geometry"`, `"wkt"`, `"lon"/"lat"` */
  geometryField: string;
  /** the geometry as found, not yet validated; null when there is none or the parser reported why */
  geometry: unknown;
  /** the record's properties, as found */
  properties: Record<string, unknown>;
  /** problems the parser already found in this record (e.g. a CSV cell that is not a number) */
  problems: Problem[];
  /** set when the row had no coordinates and was placed at the unit its place columns name */
  placedAt?: PlacedAt;
}

/** A known variant of a format, named in the import report. */
export type SourceForm = 'feature-list' | 'echarts-encoded';

export interface ParsedFile {
  records: SourceRecord[];
  /** the variant the file was read as, when it is not the format's plain form */
  form?: SourceForm;
  /** problems that make the whole file unusable */
  fileProblems: Problem[];
  warnings: Problem[];
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A feature id for messages and filtering: GeoJSON `id`, else an `id` property. */
export function recordId(featureId: unknown, properties: Record<string, unknown>): string | undefined {
  for (const candidate of [featureId, properties['id'], properties['ID'], properties['Id']]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate;
    if (typeof candidate === 'number' && Number.isFinite(candidate)) return String(candidate);
  }
  return undefined;
}
