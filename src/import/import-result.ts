// The result of importing one file: plain data, so it can cross from the worker to the page.
import type { ReadCache } from './read-cache.ts';
import type { Feature } from 'geojson';
import type { Problem } from './problems.ts';
import type { TextEncodingName } from './decode.ts';
import { layerNameFromFile, type ImportFormat } from './detect-format.ts';
import type { FixKind } from './validate-record.ts';
import type { CoordinateSystem } from './coordinate-systems.ts';
import type { ColumnMapping } from './column-roles.ts';
import type { CellValue } from './table.ts';
import type { DivisionIndex } from './divisions.ts';
import type { PlacementReport } from './placement-report.ts';
import type { SourceForm } from './source-record.ts';
import type { CrsHint } from './crs-hint.ts';

export type { FixKind } from './validate-record.ts';

export interface ImportedLayer {
  name: string;
  /** features with their properties kept exactly as found */
  features: Feature[];
  geometryTypes: string[];
  count: number;
}

export interface FixOffer {
  kind: FixKind;
  /** the records the fix would repair; the fix is applied to these only */
  featureIndexes: number[];
}

export interface ImportResult {
  file: string;
  format?: ImportFormat;
  /** the variant of the format the file was read as (a DataV feature list, an ECharts map), named in the report */
  form?: SourceForm;
  encoding?: TextEncodingName;
  /** present only when the file has no errors at all */
  layer?: ImportedLayer;
  errors: Problem[];
  warnings: Problem[];
  fixes: FixOffer[];
  /** indexes of the records that have errors (0-based, in file order) */
  badFeatureIndexes: number[];
  /** the features without errors, kept for acceptWithoutBadFeatures */
  goodFeatures: Feature[];
  /** how many records the file holds */
  recordCount: number;
  /** tables (CSV, XLSX): what was read and how its columns were understood, for the mapping step */
  table?: TablePreview;
  /** tables with place columns: rows placed by place name or code, and those that matched nothing */
  placement?: PlacementReport;
  /** set by the worker: the features follow in slices (result-slices.ts); never set on a result the page sees */
  featuresSliced?: true;
  /** a table's preview for the mapping step: the features were not sent (the confirmed import sends them) */
  featuresLeftOut?: true;
}

export interface TablePreview {
  /** the workbook's sheet names (empty for CSV) */
  sheets: string[];
  /** the sheet read (XLSX) */
  sheet?: string;
  /** the header's row number as Excel shows it (1-based) */
  headerRow: number;
  headers: string[];
  /** the roles used: the guess, or the planner's corrections */
  mapping: ColumnMapping;
  /** what the file says of its coordinate system (a 百度经度 column, a 高德 file name), for the mapping step */
  crsHint?: CrsHint;
  /** the first rows under the header, cell by cell, for the mapping step to show */
  sample: CellValue[][];
  rowCount: number;
}

export interface ImportOptions {
  /** fixes the user chose from a previous result's `fixes` */
  fixes?: readonly FixKind[];
  onProgress?: (progress: ImportProgress) => void;
  /** the coordinate system the file's positions are in (default WGS84); converted to WGS84 */
  crs?: CoordinateSystem;
  /** XLSX: the sheet to read (default: the first with data) */
  sheet?: string;
  /** tables: the header's row number (1-based; default: detected) */
  headerRow?: number;
  /** tables: the column roles the planner confirmed in the mapping step */
  columns?: ColumnMapping;
  /** tables: the division list rows without coordinates are placed by */
  divisions?: DivisionIndex;
  /**
   * tables: the planner's corrections to rows that were not placed, by spreadsheet row number:
   * a division code (from the candidates offered) or a place name they typed
   */
  placeFixes?: PlaceFixes;
  /** what an earlier import read of the same bytes (read-cache.ts); without it the file is read afresh */
  reads?: ReadCache;
}

export type PlaceFixes = Record<string, string>;

export interface ImportProgress {
  stage: 'decoding' | 'parsing' | 'validating' | 'done' | 'receiving';
  /** records validated so far (0 before validation); 'receiving': features the page has received */
  done: number;
  total: number;
}

export function buildLayer(name: string, features: Feature[]): ImportedLayer {
  const types = new Set<string>();
  for (const feature of features) if (feature.geometry) types.add(feature.geometry.type);
  return { name, features, geometryTypes: [...types].sort(), count: features.length };
}

/**
 * The layer a partly bad file gives when the user chooses to leave its bad records out.
 * Undefined when the file as a whole was rejected or nothing in it was usable.
 */
export function acceptWithoutBadFeatures(result: ImportResult): ImportedLayer | undefined {
  if (result.layer) return result.layer;
  const fileLevelError = result.errors.some((problem) => problem.index === undefined);
  if (fileLevelError || result.goodFeatures.length === 0) return undefined;
  return buildLayer(layerNameFromFile(result.file), result.goodFeatures);
}
