#!/usr/bin/env node
// Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible file of the build, so a
// static host serves the app compressed without compressing on each request: scripts/serve.mjs
// (sirv) picks the copy the browser accepts, as nginx's gzip_static/brotli_static or a CDN would.
// On a phone's slow network the first view is a third of its raw size (issue 19 item 5).
// Usage: node scripts/precompress.mjs [dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats; fonts (woff2) and images are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|xml|webmanifest)$/;
/** Below this a compressed copy saves less than a packet. */
const MIN_BYTES = 1024;

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function precompress(dir) {
  let written = 0;
  for (const path of listFiles(dir)) {
    if (!COMPRESSIBLE.test(path)) continue;
    const raw = readFileSync(path);
    if (raw.byteLength < MIN_BYTES) continue;
    const brotli = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength },
    });
    // a copy that isn't smaller is never worth serving
    if (brotli.byteLength < raw.byteLength) writeFileSync(`${path}.br`, brotli);
    const gzip = gzipSync(raw, { level: 9 });
    if (gzip.byteLength < raw.byteLength) writeFileSync(`${path}.gz`, gzip);
    written += 1;
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  console.log(`precompressed ${precompress(dir)} files in ${dir} (.br and .gz beside each)`);
}
