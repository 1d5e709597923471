// embed-first-view-gzip: bytes of JS, CSS and data the embed's first view requests, each response
// body gzip-compressed (level 9, about what a static host serves) in Node. Recorded in the browser,
// so only what the embed really loads counts (not the full app's lazy chunk, the import worker or
// the county file). Target: ≤ 250 KB.
import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import type { SizeFigure } from '../figure';
import { startEmbedBench, stopEmbedBench } from './embed-first-render';

const COUNTED = new Set(['script', 'stylesheet', 'fetch', 'xhr']);
/** by type, and by name too: a preload of the data (`<link rel="preload" as="fetch">`) is typed "other" */
const counted = (response: Response) => COUNTED.has(response.request().resourceType()) || /\.(js|css|json)$/.test(new URL(response.url()).pathname);

export const figure: SizeFigure = {
  kind: 'size',
  id: 'embed-first-view-gzip',
  title: 'embed: gzip bytes of JS, CSS and data requested for the first view',
  measure: async () => {
    const bench = await startEmbedBench();
    try {
      const context = await bench.browser.newContext({ viewport: { width: 640, height: 720 } });
      const page = await context.newPage();
      const responses: Response[] = [];
      page.on('response', (response) => {
        if (counted(response)) responses.push(response);
      });
      await page.goto(bench.url);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      let total = 0;
      for (const response of responses) {
        const bytes = gzipSync(await response.body(), { level: 9 }).byteLength;
        console.log(`  ${new URL(response.url()).pathname.padEnd(50)} ${(bytes / 1024).toFixed(1)} KB`);
        total += bytes;
      }
      await context.close();
      return total;
    } finally {
      await stopEmbedBench(bench);
    }
  },
};
