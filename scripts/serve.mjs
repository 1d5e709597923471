#!/usr/bin/env node
// Static server for the production build (dist/), with the strict Content-Security-Policy as headers.
// Usage: node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--base /sub/path/] [--dir dist]
// --base mounts the app under a sub-path, as a newsroom host would.
import http from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { CONTENT_SECURITY_POLICY } from './csp.mjs';

export function createAppServer({ dir = 'dist', base = '/' } = {}) {
  const root = resolve(dir);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: run "npm run build" first`);
  }
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const assets = sirv(root, { dev: false, etag: true, gzip: false, brotli: false });
  return http.createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
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
