// Files that are not text at all (a photo, a PDF, a spreadsheet saved as .geojson or .csv) are named
// for what they are, from their first bytes, instead of being read as garbled characters.
import { describe, expect, it } from 'vitest';
import { sniffBinary } from '../../src/import/sniff-binary.ts';
import { importTextFile } from '../../src/import/import-file.ts';
import { formatProblem } from '../../src/import/format-problem.ts';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));
// A PNG's signature and the start of its IHDR chunk, as every PNG begins.
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', [0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]);
// A zip's first local file header names its first entry; an .xlsx holds xl/…, a .docx word/….
const zipWith = (entry: string) => bytes([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0], new Array(16).fill(0), [entry.length, 0, 0, 0], entry, 'compressed…');

describe('sniffBinary', () => {
  it.each([
    ['png', PNG],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF')],
    ['gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['pdf', bytes('%PDF-1.7\n%âãÏÓ')],
    ['xlsx', new Uint8Array([...zipWith('[Content_Types].xml'), ...zipWith('xl/workbook.xml')])],
    ['xlsx', zipWith('xl/worksheets/sheet1.xml')],
    ['docx', zipWith('word/document.xml')],
    ['zip', zipWith('roads.shp')],
    ['office-legacy', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['gzip', bytes([0x1f, 0x8b, 8, 0, 0, 0])],
    ['sqlite', bytes('SQLite format 3', [0])],
    ['shapefile', bytes([0, 0, 0x27, 0x0a, 0, 0, 0, 0])],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
  ])('recognises %s', (kind, data) => {
    expect(sniffBinary(data)).toBe(kind);
  });

  it('leaves text alone: GeoJSON, CSV with a BOM, GBK text, UTF-16 with a BOM, an empty file', () => {
    expect(sniffBinary(bytes('{"type":"FeatureCollection","features":[]}'))).toBeUndefined();
    expect(sniffBinary(bytes([0xef, 0xbb, 0xbf], 'name,lon,lat\n'))).toBeUndefined();
    expect(sniffBinary(bytes([0xb3, 0xc9, 0xb6, 0xbc], ',104,30'))).toBeUndefined();
    expect(sniffBinary(bytes([0xff, 0xfe, 0x7b, 0]))).toBeUndefined();
    expect(sniffBinary(new Uint8Array())).toBeUndefined();
  });
});

describe('importing a binary file under a data file name', () => {
  it('reports a PNG renamed .geojson as a PNG image, in both languages, and nothing else', () => {
    const result = importTextFile({ name: 'photo.geojson', bytes: PNG });
    expect(result.layer).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toBe('photo.geojson: is a PNG image, not a GeoJSON, TopoJSON, KML, GPX, CSV or Excel (.xlsx) file');
    expect(formatProblem(result.errors[0]!, 'zh')).toBe('photo.geojson：是一张 PNG 图片，不是 GeoJSON、TopoJSON、KML、GPX、CSV 或 Excel（.xlsx）文件');
  });

  it('reports an Excel workbook renamed .csv as a workbook when read as text (the worker reads it as a workbook)', () => {
    const result = importTextFile({ name: 'parks.csv', bytes: zipWith('xl/workbook.xml') });
    expect(result.errors.map((e) => e.message)).toEqual(['parks.csv: is an Excel workbook (.xlsx), not a GeoJSON, TopoJSON, KML, GPX, CSV or Excel (.xlsx) file; rename it to end in .xlsx and import it again']);
  });
});
