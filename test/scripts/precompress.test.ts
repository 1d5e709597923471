// The build's compressed copies and the server that sends them: every text file of the build gets a
// Brotli and a gzip copy that decompress to the same bytes, and the server picks the one the browser
// accepts (with the same security headers), or the file itself for a browser that accepts neither.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { precompress } from '../../scripts/precompress.mjs';
// @ts-expect-error plain ESM script without type declarations
import { createAppServer } from '../../scripts/serve.mjs';

let dir = '';
let server: Server;
let origin = '';
const features = JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: 200 }, (_, i) => ({ type: 'Feature', id: `p${i}`, properties: { name_zh: `园区${i}` }, geometry: null })) });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chengyu-precompress-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'data', 'features.json'), features);
  writeFileSync(join(dir, 'data', 'tiny.json'), '{}');
  writeFileSync(join(dir, 'font.woff2'), Buffer.alloc(4096, 7));
  precompress(dir);
  server = createAppServer({ dir, base: '/' }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe('precompress', () => {
  it('writes .br and .gz copies of text files that decompress to the original bytes', () => {
    const file = join(dir, 'data', 'features.json');
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(features);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(features);
    expect(readFileSync(`${file}.br`).byteLength).toBeLessThan(features.length / 4);
  });

  it('leaves files under a kilobyte and already-compressed formats alone', () => {
    expect(existsSync(join(dir, 'data', 'tiny.json.br'))).toBe(false);
    expect(existsSync(join(dir, 'font.woff2.br'))).toBe(false);
    expect(existsSync(join(dir, 'font.woff2.gz'))).toBe(false);
  });
});

describe('the server', () => {
  const get = (path: string, acceptEncoding?: string) => fetch(`${origin}${path}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });

  it('sends the Brotli copy to a browser that accepts it, with the security headers', async () => {
    // Node's fetch decodes the body itself, so the text read back is the original file
    const response = await get('/data/features.json', 'br, gzip');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await response.text()).toBe(features);
  });

  it('sends gzip when only gzip is accepted, and the file itself when neither is', async () => {
    expect((await get('/data/features.json', 'gzip')).headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/data/features.json', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(features);
  });
});
