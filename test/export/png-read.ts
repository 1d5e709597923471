// Reads back what the export writes into a PNG: its print resolution (pHYs), its Title (iTXt) and its
// chunk order. Used by the unit tests of the writers and by the browser tests of downloaded files.
import { chunks } from '../../src/export/png-phys.ts';

const METRES_PER_INCH = 0.0254;
const UNIT_METRE = 1;
const TITLE = 'Title';

export interface PhysInfo {
  pixelsPerUnitX: number;
  pixelsPerUnitY: number;
  /** 1 = metre, 0 = aspect ratio only */
  unit: number;
  /** dots per inch (rounded to 0.01) when the unit is the metre, else null */
  dpiX: number | null;
  dpiY: number | null;
}

/** The pHYs chunk of a PNG, or null when there is none. */
export function readPhys(png: Uint8Array): PhysInfo | null {
  for (const chunk of chunks(png)) {
    if (chunk.type !== 'pHYs') continue;
    if (chunk.data.length !== 9) throw new Error(`pHYs chunk has ${chunk.data.length} bytes, expected 9`);
    const view = new DataView(chunk.data.buffer, chunk.data.byteOffset, 9);
    const x = view.getUint32(0);
    const y = view.getUint32(4);
    const unit = view.getUint8(8);
    const toDpi = (ppm: number) => (unit === UNIT_METRE ? Math.round(ppm * METRES_PER_INCH * 100) / 100 : null);
    return { pixelsPerUnitX: x, pixelsPerUnitY: y, unit, dpiX: toDpi(x), dpiY: toDpi(y) };
  }
  return null;
}

/** Chunk types in file order. */
export function chunkTypes(png: Uint8Array): string[] {
  return [...chunks(png)].map((c) => c.type);
}

function readKeyword(data: Uint8Array): string {
  const end = data.indexOf(0);
  return String.fromCharCode(...data.subarray(0, end < 0 ? data.length : end));
}

/** The Title of a PNG (an uncompressed iTXt chunk), or null when it has none. */
export function readTitle(png: Uint8Array): string | null {
  for (const c of chunks(png)) {
    if (c.type !== 'iTXt' || readKeyword(c.data) !== TITLE) continue;
    let offset = TITLE.length + 1;
    if (c.data[offset] !== 0) throw new Error('iTXt Title is compressed; only uncompressed titles are read');
    offset += 2;
    offset = c.data.indexOf(0, offset) + 1; // language tag
    offset = c.data.indexOf(0, offset) + 1; // translated keyword
    return new TextDecoder().decode(c.data.subarray(offset));
  }
  return null;
}
