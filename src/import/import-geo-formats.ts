// The boundary and track formats whose readers are loaded on first use: KML and GPX (XML, read by
// @tmcw/togeojson) and ZIP archives (a zipped shapefile, or a KMZ). Each reader hands GeoJSON to
// importGeoJsonValue, so validation, limits and messages are those of every other file.
import { decodeBytes } from './decode.ts';
import { fileProblem } from './problems.ts';
import { importGeoJsonValue } from './import-file.ts';
import type { ImportOptions, ImportResult } from './import-result.ts';

function rejected(name: string, format: ImportResult['format'], problem: ImportResult['errors'][number]): ImportResult {
  return { file: name, ...(format ? { format } : {}), errors: [problem], warnings: [], fixes: [], badFeatureIndexes: [], goodFeatures: [], recordCount: 0 };
}

async function importXmlText(name: string, text: string, options: ImportOptions, container?: 'kmz'): Promise<ImportResult> {
  options.onProgress?.({ stage: 'parsing', done: 0, total: 0 });
  const { readKmlOrGpx } = await import('./read-kml-gpx.ts');
  const outcome = readKmlOrGpx(text);
  if (!outcome.ok) {
    const problem = outcome.reason === 'invalid'
      ? fileProblem(name, 'xml-invalid', { detail: outcome.detail, ...(outcome.line === undefined ? {} : { line: outcome.line }), ...(outcome.column === undefined ? {} : { column: outcome.column }) })
      : fileProblem(name, 'xml-not-geo', { root: outcome.root });
    return rejected(name, container, problem);
  }
  return importGeoJsonValue(name, outcome.collection, container ?? outcome.kind, options);
}

/** A .kml or .gpx file (or any text starting with `<`). */
export async function importXml(name: string, bytes: ArrayBuffer | Uint8Array, options: ImportOptions): Promise<ImportResult> {
  const { text } = decodeBytes(bytes);
  if (text.trim() === '') return rejected(name, undefined, fileProblem(name, 'file-empty'));
  return importXmlText(name, text, options);
}

/** A ZIP: a zipped shapefile (one or several) or a KMZ. */
export async function importArchive(name: string, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  options.onProgress?.({ stage: 'decoding', done: 0, total: 0 });
  const { readArchive } = await import('./read-archive.ts');
  const outcome = await readArchive(name, bytes);
  if (!outcome.ok) return rejected(name, undefined, outcome.problem);
  if (outcome.kind === 'kmz') return importXmlText(name, outcome.kmlText, options, 'kmz');
  return importGeoJsonValue(name, outcome.collection, 'shapefile', options, outcome.warnings);
}
