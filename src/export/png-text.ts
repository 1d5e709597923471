// A page's title inside its PNG (an iTXt chunk with the registered keyword "Title", UTF-8 text), so
// an atlas page copied out of its folder still says what it shows, in Chinese or English, in any
// image viewer's properties.
import { chunks, makeChunk } from './png-phys.ts';

const TITLE = 'Title';

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Returns a copy of `png` with an uncompressed iTXt Title chunk before the first IDAT (replacing an earlier one). */
export function withTitle(png: Uint8Array, title: string): Uint8Array {
  // keyword, NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text
  const data = concat([new TextEncoder().encode(TITLE), new Uint8Array([0, 0, 0, 0, 0]), new TextEncoder().encode(title)]);
  const chunk = makeChunk('iTXt', data);
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  let inserted = false;
  for (const c of chunks(png)) {
    if (c.type === 'iTXt' && readKeyword(c.data) === TITLE) continue;
    if (c.type === 'IDAT' && !inserted) {
      parts.push(chunk);
      inserted = true;
    }
    parts.push(png.subarray(c.start, c.end));
  }
  if (!inserted) throw new Error('PNG has no IDAT chunk');
  return concat(parts);
}

function readKeyword(data: Uint8Array): string {
  const end = data.indexOf(0);
  return String.fromCharCode(...data.subarray(0, end < 0 ? data.length : end));
}
