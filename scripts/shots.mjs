#!/usr/bin/env node
// Screenshots of the production build at the three reference sizes in both languages, so anyone can
// look at the map before merging. Serves dist/ (run `npm run build` first) on a free port.
// Usage: node scripts/shots.mjs [--out shots] [--query "&tab=list"]
// Writes <out>/<view>-<width>x<height>-<lang>.png; shots/ is ignored by git.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from './chromium-args.mjs';
import { createAppServer } from './serve.mjs';

export const SHOT_SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
];

// The views a reviewer looks at: the default view, a selected project with its details, the list,
// the charts and a zoomed-in view over Chengdu.
export const SHOT_VIEWS = [
  { name: 'default', query: '' },
  { name: 'details', query: '&sel=f:airport-chengdu-tianfu' },
  { name: 'list', query: '&tab=list' },
  { name: 'charts', query: '&tab=charts' },
  { name: 'chengdu-z10', query: '&v=30.66,104.06,10' },
];

function argValue(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

async function main() {
  const args = process.argv.slice(2);
  const out = resolve(argValue(args, '--out', 'shots'));
  const only = argValue(args, '--views', '');
  const extra = argValue(args, '--query', '');
  mkdirSync(out, { recursive: true });
  const server = createAppServer({ dir: process.env.APP_DIST || 'dist', base: '/' });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
  try {
    const views = only ? SHOT_VIEWS.filter((view) => only.split(',').includes(view.name)) : SHOT_VIEWS;
    for (const size of SHOT_SIZES) {
      for (const lang of ['zh', 'en']) {
        const context = await browser.newContext({ viewport: size, locale: lang === 'zh' ? 'zh-CN' : 'en-GB', hasTouch: size.width <= 640, isMobile: size.width <= 640 });
        const page = await context.newPage();
        for (const view of views) {
          await page.goto(`http://127.0.0.1:${port}/?lang=${lang}${view.query}${extra}`);
          await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
          // let lazily loaded parts (counties, charts) and the map's tiles of SVG settle
          await page.waitForLoadState('networkidle');
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const file = `${out}/${view.name}-${size.width}x${size.height}-${lang}.png`;
          await page.screenshot({ path: file });
          console.log(file);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
