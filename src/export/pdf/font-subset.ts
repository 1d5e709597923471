// A glyph subset of the shipped TrueType font for one PDF: every table is kept, glyph ids do not
// change, and only the outlines of the glyphs the page shows stay in `glyf` (the others become
// empty). Keeping the ids means the font's own cmap and metrics stay right without rewriting them,
// and the file shrinks from about 2 MB to the few hundred glyphs used.
// Runs in the browser and in Node (DecompressionStream for WOFF's zlib tables).

export type Tables = Map<string, Uint8Array>;

function tagAt(view: DataView, offset: number): string {
  return String.fromCharCode(view.getUint8(offset), view.getUint8(offset + 1), view.getUint8(offset + 2), view.getUint8(offset + 3));
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The tables of a WOFF 1.0 file with TrueType outlines. */
export async function readWoff(bytes: Uint8Array): Promise<Tables> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 44 || tagAt(view, 0) !== 'wOFF') throw new Error('the PDF font is not a WOFF file (signature wOFF)');
  if (view.getUint32(4) !== 0x00010000) throw new Error('the PDF font needs TrueType outlines (WOFF flavour 0x00010000)');
  const count = view.getUint16(12);
  const tables: Tables = new Map();
  for (let i = 0; i < count; i++) {
    const entry = 44 + i * 20;
    const tag = tagAt(view, entry);
    const offset = view.getUint32(entry + 4);
    const compressed = view.getUint32(entry + 8);
    const original = view.getUint32(entry + 12);
    const data = bytes.subarray(offset, offset + compressed);
    tables.set(tag, compressed < original ? await inflate(data) : data.slice());
  }
  return tables;
}

function table(tables: Tables, tag: string): DataView {
  const data = tables.get(tag);
  if (!data) throw new Error(`the PDF font has no "${tag}" table`);
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** Glyph id of each code point, from the cmap's format 12 (full Unicode) or format 4 (BMP) subtable. */
export function glyphIdsFor(tables: Tables, codePoints: Iterable<number>): Map<number, number> {
  const cmap = table(tables, 'cmap');
  const subtables = cmap.getUint16(2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < subtables; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const format = cmap.getUint16(offset);
    if (platform === 3 || platform === 0) {
      if (format === 12) format12 = offset;
      else if (format === 4) format4 = offset;
    }
  }
  const ids = new Map<number, number>();
  for (const cp of codePoints) {
    let gid = 0;
    if (format12 >= 0) {
      const groups = cmap.getUint32(format12 + 12);
      for (let lo = 0, hi = groups - 1; lo <= hi; ) {
        const mid = (lo + hi) >> 1;
        const at = format12 + 16 + mid * 12;
        const start = cmap.getUint32(at);
        const end = cmap.getUint32(at + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else {
          gid = cmap.getUint32(at + 8) + (cp - start);
          break;
        }
      }
    } else if (format4 >= 0 && cp <= 0xffff) {
      const segments = cmap.getUint16(format4 + 6) / 2;
      const ends = format4 + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        if (cp > cmap.getUint16(ends + s * 2)) continue;
        const start = cmap.getUint16(starts + s * 2);
        if (cp < start) break;
        const delta = cmap.getInt16(deltas + s * 2);
        const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
        if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
        else {
          const glyph = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2);
          gid = glyph === 0 ? 0 : (glyph + delta) & 0xffff;
        }
        break;
      }
    }
    if (gid !== 0) ids.set(cp, gid);
  }
  return ids;
}

function glyphRanges(tables: Tables): { offsets: number[]; glyf: Uint8Array } {
  const head = table(tables, 'head');
  const long = head.getInt16(50) === 1;
  const numGlyphs = table(tables, 'maxp').getUint16(4);
  const loca = table(tables, 'loca');
  const offsets: number[] = [];
  for (let i = 0; i <= numGlyphs; i++) offsets.push(long ? loca.getUint32(i * 4) : loca.getUint16(i * 2) * 2);
  return { offsets, glyf: tables.get('glyf')! };
}

/** Adds the components of composite glyphs to `keep`. */
function addComponents(keep: Set<number>, offsets: number[], glyf: Uint8Array): void {
  const view = new DataView(glyf.buffer, glyf.byteOffset, glyf.byteLength);
  const queue = [...keep];
  while (queue.length > 0) {
    const gid = queue.pop()!;
    const start = offsets[gid]!;
    if (offsets[gid + 1]! - start < 10 || view.getInt16(start) >= 0) continue;
    let at = start + 10;
    for (;;) {
      const flags = view.getUint16(at);
      const component = view.getUint16(at + 2);
      if (!keep.has(component)) {
        keep.add(component);
        queue.push(component);
      }
      at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
      if (!(flags & 0x0020)) break;
    }
  }
}

function checksum(data: Uint8Array): number {
  const padded = new Uint8Array((data.byteLength + 3) & ~3);
  padded.set(data);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** Writes tables as a TrueType (sfnt) file with a correct directory and checksums. */
export function writeSfnt(tables: Tables): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const headerSize = 12 + count * 16;
  let size = headerSize;
  for (const tag of tags) size += (tables.get(tag)!.byteLength + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = headerSize;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    if (tag === 'head') {
      headOffset = offset;
      new DataView(data.buffer, data.byteOffset, data.byteLength).setUint32(8, 0);
    }
    for (let c = 0; c < 4; c++) out[12 + i * 16 + c] = tag.charCodeAt(c);
    view.setUint32(12 + i * 16 + 4, checksum(data));
    view.setUint32(12 + i * 16 + 8, offset);
    view.setUint32(12 + i * 16 + 12, data.byteLength);
    out.set(data, offset);
    offset += (data.byteLength + 3) & ~3;
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** A TrueType font keeping only the outlines of the glyphs that show `text` (plus .notdef). */
export function subsetForText(tables: Tables, text: string): Uint8Array {
  const codePoints = new Set<number>();
  for (const ch of text) codePoints.add(ch.codePointAt(0)!);
  const keep = new Set<number>([0, ...glyphIdsFor(tables, codePoints).values()]);
  const { offsets, glyf } = glyphRanges(tables);
  addComponents(keep, offsets, glyf);
  const numGlyphs = offsets.length - 1;
  let size = 0;
  for (const gid of keep) size += (offsets[gid + 1]! - offsets[gid]! + 3) & ~3;
  const newGlyf = new Uint8Array(size);
  const loca = new Uint8Array((numGlyphs + 1) * 4);
  const locaView = new DataView(loca.buffer);
  let at = 0;
  for (let gid = 0; gid < numGlyphs; gid++) {
    locaView.setUint32(gid * 4, at);
    if (!keep.has(gid)) continue;
    const data = glyf.subarray(offsets[gid]!, offsets[gid + 1]!);
    newGlyf.set(data, at);
    at += (data.byteLength + 3) & ~3;
  }
  locaView.setUint32(numGlyphs * 4, at);
  const head = tables.get('head')!.slice();
  new DataView(head.buffer).setInt16(50, 1); // long loca offsets
  const out: Tables = new Map(tables);
  out.set('glyf', newGlyf);
  out.set('loca', loca);
  out.set('head', head);
  return writeSfnt(out);
}
