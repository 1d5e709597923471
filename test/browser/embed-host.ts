// A newsroom page on another origin with the embed in an iframe and public/embed.js, for the embed
// browser tests. The host server is a second tiny HTTP server on its own port.
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { appOrigin, appURL } from './harness';
import { perFile } from './support/per-file';
import { openWatchedPage } from './support/watched-page';

export interface HostServer {
  origin: string;
  close(): Promise<void>;
}

/** The test file's host server: started before its first test, closed after its last. Call at top level. */
export function useHostServer(): HostServer {
  return perFile('host server', startHostServer, (host) => host.close());
}

/**
 * Serves `/?…` as a page whose iframe shows the embed with the query given in `embed`.
 * `below=1` puts the iframe several screens down the article (below the fold), `lazy=1` gives it
 * loading="lazy" as the Embed dialog's code does.
 */
export async function startHostServer(): Promise<HostServer> {
  const server: Server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host.invalid');
    const embedQuery = url.searchParams.get('embed') ?? 'embed=1';
    const sandbox = url.searchParams.get('sandbox') === '1' ? ' sandbox="allow-scripts allow-same-origin allow-popups"' : '';
    const lazy = url.searchParams.get('lazy') === '1' ? ' loading="lazy"' : '';
    const before = url.searchParams.get('below') === '1' ? `<p>${'Paragraph of the story. '.repeat(40)}</p>`.repeat(30) : '';
    const src = `${appURL()}?${embedQuery}`.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    const steps = Number(url.searchParams.get('scrolly') ?? '0');
    if (steps > 0) {
      res.end(scrollyPage(src, steps, sandbox));
      return;
    }
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head><body>
<h1>News story</h1><p id="before">${'Paragraph of the story. '.repeat(40)}</p>${before}
<iframe id="embed" src="${src}" title="Map" width="100%" height="300"${lazy} data-chengyu-embed${sandbox}></iframe>
<p id="after">${'More of the story. '.repeat(400)}</p>
<script src="${appURL()}embed.js" async></script>
</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * A scrolling story as the README shows it: the embed sticks to the top of the screen while the
 * article's blocks marked data-chengyu-step scroll over it.
 */
function scrollyPage(src: string, steps: number, sandbox: string): string {
  const blocks = Array.from({ length: steps }, (_, i) => `<div class="step" id="step-${i + 1}" data-chengyu-step="${i + 1}"><p>Paragraph for step ${i + 1}. ${'The story goes on. '.repeat(6)}</p></div>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>
<style>
.scrolly { position: relative; display: flow-root; }
.scrolly iframe { position: sticky; top: 0; display: block; }
.step { position: relative; z-index: 1; max-width: 30rem; margin: 0 auto 90vh; padding: 8px 12px; background: #fff; border: 1px solid #ccc; }
</style></head><body>
<h1>News story</h1><p id="before">${'Paragraph of the story. '.repeat(40)}</p>
<div class="scrolly">
<iframe id="embed" src="${src}" title="Map" style="border:0" width="100%" height="300" data-chengyu-embed${sandbox}></iframe>
${blocks}
</div>
<p id="after">${'More of the story. '.repeat(400)}</p>
<script src="${appURL()}embed.js" async></script>
</body></html>`;
}

export interface HostPage {
  context: BrowserContext;
  page: Page;
  frame: Frame;
  errors: string[];
  foreignRequests: string[];
}

export async function openHostPage(
  browser: Browser,
  host: HostServer,
  options: {
    embedQuery?: string;
    sandbox?: boolean;
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    touch?: boolean;
    /** the iframe several screens below the fold, with loading="lazy" as in the pasted code */
    belowFold?: boolean;
    /** wait for the embed to be ready (default true) */
    waitForEmbed?: boolean;
    /** a scrolling story page with this many step blocks after the (sticky) embed */
    scrollySteps?: number;
    /** runs in every frame before its scripts */
    initScript?: () => void;
  } = {},
): Promise<HostPage> {
  const { context, page, errors, foreignRequests } = await openWatchedPage(browser, {
    context: {
      viewport: options.viewport ?? { width: 1024, height: 768 },
      locale: 'en-GB',
      colorScheme: options.colorScheme ?? 'light',
      ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    },
    ownOrigins: [appOrigin(), host.origin],
    initScript: options.initScript,
  });
  const query = new URLSearchParams({ embed: options.embedQuery ?? 'embed=1&lang=en', sandbox: options.sandbox ? '1' : '0' });
  if (options.scrollySteps) query.set('scrolly', String(options.scrollySteps));
  if (options.belowFold) {
    query.set('below', '1');
    query.set('lazy', '1');
  }
  await page.goto(`${host.origin}/?${query}`);
  const frameElement = await page.waitForSelector('#embed');
  const frame = await frameElement.contentFrame();
  if (!frame) throw new Error('the embed iframe has no frame');
  if (options.waitForEmbed !== false) await frame.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return { context, page, frame, errors, foreignRequests };
}

export const iframeHeight = (page: Page): Promise<number> => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height);

/** Width on screen of Chengdu's outline: it grows when the map zooms in. */
export const chengduWidth = (frame: Frame): Promise<number> =>
  frame.evaluate(() => document.querySelector('path[data-adcode="510100"]')!.getBoundingClientRect().width);

/** Metres per screen pixel from the scale bar's label and width: smaller when the map zooms in. */
export const metresPerPixel = (frame: Frame): Promise<number> =>
  frame.evaluate(() => {
    const line = document.querySelector<HTMLElement>('.leaflet-control-scale-line')!;
    const [, value, unit] = /([\d.]+)\s*(k?m)/.exec(line.textContent ?? '')!;
    return (Number(value) * (unit === 'km' ? 1000 : 1)) / line.getBoundingClientRect().width;
  });

const SETTLED = 'test:host-settled';

/**
 * Posts `message` to the host page from `sender` (the embed's frame, or the host page itself) and
 * resolves once the host page has handled it: the sender posts a marker right after it, messages from
 * one sender arrive in order, and every listener (embed.js's among them) runs for one message before
 * the next is dispatched, so when the marker arrives the message has been handled, whatever it did.
 */
export async function postToHost(page: Page, sender: Page | Frame, message: unknown): Promise<void> {
  await awaitMarker(page);
  await sender.evaluate(
    ({ data, marker }) => {
      window.parent.postMessage(data, '*');
      window.parent.postMessage(marker, '*');
    },
    { data: message, marker: SETTLED },
  );
  await page.evaluate(() => (window as unknown as { hostSettled: Promise<void> }).hostSettled);
}

/** The host page starts listening for the marker (window.hostSettled resolves when it arrives). */
async function awaitMarker(page: Page): Promise<void> {
  await page.evaluate((marker) => {
    (window as unknown as { hostSettled: Promise<void> }).hostSettled = new Promise<void>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.data !== marker) return;
        window.removeEventListener('message', onMessage);
        resolve();
      };
      window.addEventListener('message', onMessage);
    });
  }, SETTLED);
}

/**
 * Resolves once the host page has handled every height message the embed has posted so far: the frame
 * posts a marker after them, and messages from one sender arrive in order (see postToHost), so when the
 * marker arrives any height the embed reported has reached the host page's log.
 */
export async function heightReportsHandled(page: Page, frame: Frame): Promise<void> {
  await awaitMarker(page);
  await frame.evaluate((marker) => window.parent.postMessage(marker, '*'), SETTLED);
  await page.evaluate(() => (window as unknown as { hostSettled: Promise<void> }).hostSettled);
}
