// Names a file that is not text at all (a photo, a PDF, a spreadsheet renamed .geojson or .csv) from
// its first bytes, the "magic numbers" each of these formats starts with. Without this the importer
// would decode the bytes as text and quote garbled characters back to the planner.

export const BINARY_KINDS = [
  'png', 'jpeg', 'gif', 'webp', 'tiff', 'pdf', 'xlsx', 'docx', 'pptx', 'kmz', 'zip', 'office-legacy', 'gzip', '7z', 'rar', 'sqlite', 'shapefile',
] as const;
export type BinaryKind = (typeof BINARY_KINDS)[number];

type Signature = readonly (number | null)[]; // null: any byte

const SIGNATURES: readonly [BinaryKind, Signature][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [...ascii('GIF8')]],
  ['webp', [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')]],
  ['tiff', [0x49, 0x49, 0x2a, 0x00]],
  ['tiff', [0x4d, 0x4d, 0x00, 0x2a]],
  ['pdf', [...ascii('%PDF-')]],
  ['office-legacy', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['gzip', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['rar', [...ascii('Rar!'), 0x1a, 0x07]],
  ['sqlite', [...ascii('SQLite format 3'), 0x00]],
  // The file code of an ESRI shapefile's .shp (9994, big-endian).
  ['shapefile', [0x00, 0x00, 0x27, 0x0a]],
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** How far into a zip the entry names are searched for (Office files name their parts early). */
const ZIP_LOOK_BYTES = 64 * 1024;

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

function startsWith(bytes: Uint8Array, signature: Signature, at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, i) => byte === null || bytes[at + i] === byte);
}

/** Office files and KMZ are zips; their entry names say which. */
function zipKind(bytes: Uint8Array): BinaryKind {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, ZIP_LOOK_BYTES)).filter((b) => b >= 0x20 && b < 0x7f));
  if (head.includes('xl/')) return 'xlsx';
  if (head.includes('word/')) return 'docx';
  if (head.includes('ppt/')) return 'pptx';
  if (/\.kml/i.test(head)) return 'kmz';
  return 'zip';
}

/** The kind of binary file these bytes start, or undefined for anything that may be text. */
export function sniffBinary(bytes: Uint8Array): BinaryKind | undefined {
  if (startsWith(bytes, ZIP)) return zipKind(bytes);
  return SIGNATURES.find(([, signature]) => startsWith(bytes, signature))?.[0];
}
