#!/usr/bin/env node
// Static server for the production build (dist/), with the strict Content-Security-Policy as headers.
// Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--base /sub/path/] [--dir dist]
// --base mounts the app under a sub-path, as a newsroom host would. With a tile basemap in the build's
// data/manifest.json, the policy allows the tiles' origin (and only then).
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { checkBasemap } from './basemap-setting.mjs';
import { contentSecurityPolicy } from './csp.mjs';

/** The tile basemap the build was made with (manifest.json `basemap`), or null. */
export function buildBasemap(root) {
  const file = resolve(root, 'data', 'manifest.json');
  if (!existsSync(file)) return null;
  const basemap = JSON.parse(readFileSync(file, 'utf8')).basemap;
  if (basemap === undefined || basemap === null) return null;
  const field = (name) => `${file}: basemap.${name}`;
  return checkBasemap(basemap, { url: field('url'), attribution: field('attribution'), subdomains: field('subdomains') });
}

export function createAppServer({ dir = 'dist', base = '/' } = {}) {
  const root = resolve(dir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: run "npm run build" first`);
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const policy = contentSecurityPolicy(buildBasemap(root));
  // The build ships .br and .gz copies (scripts/precompress.mjs); sirv serves the one the browser accepts.
  const assets = sirv(root, { dev: false, etag: true, gzip: true, brotli: true });
  // Permalinks with drawn polygons or long lists run past Node's default 16 KB header limit.
  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    const url = req.url ?? '/';
    if (url === prefix.slice(0, -1)) {
      res.writeHead(301, { Location: prefix });
      res.end();
      return;
    }
    if (!url.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`Not found. The app is served at ${prefix}`);
      return;
    }
    req.url = `/${url.slice(prefix.length)}`;
    assets(req, res, () => {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    });
  });
  // Beyond even that limit Node would answer 431 with an empty body, a blank page: say why instead.
  server.on('clientError', (error, socket) => {
    if (!socket.writable) return;
    if (error.code === 'HPE_HEADER_OVERFLOW') socket.end(rawResponse('431 Request Header Fields Too Large', TOO_LONG_PAGE, policy));
    else socket.end(rawResponse('400 Bad Request', 'Bad request', policy));
  });
  return server;
}

export const MAX_HEADER_BYTES = 256 * 1024;

const TOO_LONG_PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>链接太长 · Link too long</title>
<h1>链接太长 · This link is too long</h1>
<p>这个地图链接超过 ${MAX_HEADER_BYTES / 1024} KB，服务器无法读取。请减少链接中的参数（例如绘制的多边形的顶点数），或从地图首页重新打开。</p>
<p lang="en">This map link is longer than ${MAX_HEADER_BYTES / 1024} KB, more than the server reads. Shorten it (for example, draw a polygon with fewer corners) or open the map from its first page.</p>
</html>`;

function rawResponse(status, body, policy) {
  const bytes = Buffer.byteLength(body);
  const type = body.startsWith('<!doctype') ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
  return `HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\nContent-Length: ${bytes}\r\nContent-Security-Policy: ${policy}\r\nConnection: close\r\n\r\n${body}`;
}

function argValue(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const port = Number(argValue(args, '--port', process.env.PORT ?? '4173'));
  const host = argValue(args, '--host', '127.0.0.1');
  const base = argValue(args, '--base', '/');
  const server = createAppServer({ dir: argValue(args, '--dir', 'dist'), base });
  server.listen(port, host, () => {
    const addr = server.address();
    console.log(`Chengdu–Chongqing map served at http://${host}:${addr.port}${base}`);
  });
}
