// The current set of features as a CSV file for spreadsheets.
// UTF-8 with a byte-order mark: without it several spreadsheet programs guess a legacy encoding
// and garble the Chinese names. Headers and coded values are in the interface's language
// (src/download/columns.ts).
import type { Lang, ProjectFeature } from '../types.ts';
import { downloadHeaders, downloadValues, type CorridorDistances } from './columns.ts';
import { csvLines } from './csv-cell.ts';

const BOM = [0xef, 0xbb, 0xbf];

/** With a catchment's distances, each row ends with its distance to the corridors. */
export function toCSVText(features: readonly ProjectFeature[], lang: Lang, distances?: CorridorDistances): string {
  return csvLines([downloadHeaders(lang, distances), ...features.map((feature) => downloadValues(feature, lang, distances))]);
}

/** The CSV file's bytes: BOM (EF BB BF) then UTF-8 text. */
export function toCSV(features: readonly ProjectFeature[], lang: Lang, distances?: CorridorDistances): Uint8Array<ArrayBuffer> {
  return withBom(toCSVText(features, lang, distances));
}

/** A CSV text's bytes: BOM (EF BB BF) then UTF-8. */
export function withBom(csv: string): Uint8Array<ArrayBuffer> {
  const text = new TextEncoder().encode(csv);
  const bytes = new Uint8Array(BOM.length + text.length);
  bytes.set(BOM, 0);
  bytes.set(text, BOM.length);
  return bytes;
}
