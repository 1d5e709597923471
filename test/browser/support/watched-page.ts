// A new browser context and page whose console errors, uncaught errors, CSP violations and requests
// to other origins are collected, so a test can assert there are none. The full app (harness.ts) and
// the embed's host page (embed-host.ts) both open their pages this way.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** console.error messages and uncaught page errors (CSP violations among them) */
  errors: string[];
  /** every request whose origin is none of `ownOrigins` */
  foreignRequests: string[];
  /** every URL the page requested, in order */
  requests: string[];
}

export async function openWatchedPage(
  browser: Browser,
  options: { context: BrowserContextOptions; ownOrigins: string[]; initScript?: () => void },
): Promise<WatchedPage> {
  const context = await browser.newContext(options.context);
  // Runs in every frame, so "no console error" also means "nothing was blocked", in an embed too.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
    });
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (!options.ownOrigins.some((origin) => url.startsWith(origin))) foreignRequests.push(url);
  });
  return { context, page, errors, foreignRequests, requests };
}
