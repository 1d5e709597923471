#!/usr/bin/env node
// Builds public/fonts/noto-sans-sc-subset.woff2: the Simplified Chinese face of Noto Sans CJK
// (SIL OFL 1.1) cut down to the characters the app and its exports can show. The result is
// committed, so a machine without the source font can still build and export.
//
// Source: the Debian package fonts-noto-cjk (NotoSansCJK-Regular.ttc, face "Noto Sans CJK SC").
//   apt-get install fonts-noto-cjk && node scripts/make-font-subset.mjs [--source path/to.ttc]
// Characters kept: every character of the text files in data/ and src/, printable ASCII and
// Latin-1, common punctuation, CJK punctuation, full-width forms, and the 3,755 level-1 hanzi of
// GB2312 so that most titles a user types render in the shipped font.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, extname } from 'node:path';
import subsetFont from 'subset-font';

const DEFAULT_SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const FACE_NAME = 'Noto Sans CJK SC';
const OUTPUT = 'public/fonts/noto-sans-sc-subset.woff2';
const TEXT_EXTENSIONS = new Set(['.csv', '.geojson', '.json', '.md', '.ts', '.txt']);

/** The 3,755 level-1 hanzi of GB2312: rows 16-55 of the code table, row 55 ends at 0xF9. */
export function gb2312Level1() {
  const decoder = new TextDecoder('gbk');
  let out = '';
  for (let lead = 0xb0; lead <= 0xd7; lead++) {
    const lastTrail = lead === 0xd7 ? 0xf9 : 0xfe;
    for (let trail = 0xa1; trail <= lastTrail; trail++) {
      out += decoder.decode(new Uint8Array([lead, trail]));
    }
  }
  return out;
}

function rangeText(from, to) {
  let out = '';
  for (let cp = from; cp <= to; cp++) out += String.fromCodePoint(cp);
  return out;
}

function textOfTree(dir) {
  let out = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out += textOfTree(path);
    else if (TEXT_EXTENSIONS.has(extname(name))) out += readFileSync(path, 'utf8');
  }
  return out;
}

/** A TrueType collection holds several faces; copy the one named `faceName` into a plain sfnt. */
export function extractFace(ttc, faceName) {
  const view = new DataView(ttc.buffer, ttc.byteOffset, ttc.byteLength);
  if (view.getUint32(0) !== 0x74746366) return ttc; // not 'ttcf': already a single face
  const numFonts = view.getUint32(8);
  for (let i = 0; i < numFonts; i++) {
    const face = sfntFromCollection(ttc, view, view.getUint32(12 + 4 * i));
    if (faceFamily(face) === faceName) return face;
  }
  throw new Error(`face "${faceName}" not found in the collection`);
}

function sfntFromCollection(ttc, view, dirOffset) {
  const numTables = view.getUint16(dirOffset + 4);
  const headerLength = 12 + 16 * numTables;
  const tables = [];
  for (let t = 0; t < numTables; t++) {
    const rec = dirOffset + 12 + 16 * t;
    tables.push({ rec, offset: view.getUint32(rec + 8), length: view.getUint32(rec + 12) });
  }
  let size = headerLength;
  for (const table of tables) size += (table.length + 3) & ~3;
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(ttc.subarray(dirOffset, dirOffset + headerLength), 0);
  let cursor = headerLength;
  tables.forEach((table, t) => {
    out.set(ttc.subarray(table.offset, table.offset + table.length), cursor);
    // Table checksums stay valid: they cover the table bytes, which are copied unchanged.
    outView.setUint32(12 + 16 * t + 8, cursor);
    cursor += (table.length + 3) & ~3;
  });
  return out;
}

/** Family name (name id 1, Windows Unicode) of a single-face sfnt. */
function faceFamily(sfnt) {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const numTables = view.getUint16(4);
  for (let t = 0; t < numTables; t++) {
    const rec = 12 + 16 * t;
    if (String.fromCharCode(...sfnt.subarray(rec, rec + 4)) !== 'name') continue;
    const base = view.getUint32(rec + 8);
    const count = view.getUint16(base + 2);
    const strings = base + view.getUint16(base + 4);
    for (let r = 0; r < count; r++) {
      const nr = base + 6 + 12 * r;
      if (view.getUint16(nr) !== 3 || view.getUint16(nr + 6) !== 1) continue;
      const length = view.getUint16(nr + 8);
      const start = strings + view.getUint16(nr + 10);
      let name = '';
      for (let k = 0; k < length; k += 2) name += String.fromCharCode(view.getUint16(start + k));
      return name;
    }
  }
  return null;
}

async function main() {
  const args = process.argv.slice(2);
  const sourceAt = args.indexOf('--source');
  const source = sourceAt >= 0 ? args[sourceAt + 1] : DEFAULT_SOURCE;
  const text =
    rangeText(0x20, 0x7e) +
    rangeText(0xa0, 0xff) +
    rangeText(0x2010, 0x2027) +
    '°±×÷²³µ·←↑→↓℃№' +
    rangeText(0x3000, 0x303f) +
    rangeText(0xff01, 0xff5e) +
    gb2312Level1() +
    textOfTree('data') +
    textOfTree('src');
  const unique = [...new Set(text)].filter((ch) => ch >= ' ').join('');
  const face = extractFace(new Uint8Array(readFileSync(source)), FACE_NAME);
  const woff2 = await subsetFont(Buffer.from(face), unique, { targetFormat: 'woff2' });
  mkdirSync('public/fonts', { recursive: true });
  writeFileSync(OUTPUT, woff2);
  console.log(`${OUTPUT}: ${unique.length} characters, ${(woff2.length / 1024).toFixed(0)} KiB`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
