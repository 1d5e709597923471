// Writes the print resolution into a PNG (the pHYs chunk), so an A4 export at 300 dpi opens at
// A4 size in print and layout software. Canvas.toBlob never writes pHYs, hence this step.

const PNG_SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const METRES_PER_INCH = 0.0254;
const UNIT_METRE = 1;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG defines it (ISO 3309), over the chunk type and data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function dpiToPixelsPerMetre(dpi: number): number {
  return Math.round(dpi / METRES_PER_INCH);
}

interface Chunk {
  type: string;
  /** offset of the chunk's length field */
  start: number;
  /** offset just past the chunk's CRC */
  end: number;
  data: Uint8Array;
}

function assertPng(png: Uint8Array): void {
  if (png.length < 8 || PNG_SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('Not a PNG file: bad signature');
}

/** The chunks of a PNG in file order. */
export function* chunks(png: Uint8Array): Generator<Chunk> {
  assertPng(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let offset = 8;
  while (offset + 12 <= png.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...png.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (end > png.length) throw new Error(`PNG chunk ${type} runs past the end of the file`);
    yield { type, start: offset, end, data: png.subarray(offset + 8, offset + 8 + length) };
    offset = end;
  }
}

/** One PNG chunk: length, type, data and CRC. */
export function makeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** Returns a copy of `png` whose pHYs chunk says `dpi` (replacing any existing one), before the first IDAT. */
export function withPhysDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (!Number.isFinite(dpi) || dpi <= 0) throw new Error(`dpi must be a positive number; got ${dpi}`);
  const ppm = dpiToPixelsPerMetre(dpi);
  const data = new Uint8Array(9);
  const dataView = new DataView(data.buffer);
  dataView.setUint32(0, ppm);
  dataView.setUint32(4, ppm);
  data[8] = UNIT_METRE;
  const phys = makeChunk('pHYs', data);

  const parts: Uint8Array[] = [png.subarray(0, 8)];
  let inserted = false;
  for (const chunk of chunks(png)) {
    if (chunk.type === 'pHYs') continue;
    if (chunk.type === 'IDAT' && !inserted) {
      parts.push(phys);
      inserted = true;
    }
    parts.push(png.subarray(chunk.start, chunk.end));
  }
  if (!inserted) throw new Error('PNG has no IDAT chunk');
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
