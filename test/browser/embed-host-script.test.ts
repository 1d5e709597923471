// public/embed.js on the host page accepts only well-formed height messages from its own iframe:
// the same cases as the unit test of src/embed/message-guard.ts, sent for real through postMessage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './harness';
import { openHostPage, startHostServer, type HostServer } from './embed-host';
import { HEIGHT_MESSAGE_CASES } from '../embed/height-message-cases';

let browser: Browser;
let host: HostServer;
beforeAll(async () => {
  browser = await launchBrowser();
  host = await startHostServer();
});
afterAll(async () => {
  await browser.close();
  await host.close();
});

describe('embed.js message validation', () => {
  it('applies exactly the heights acceptedHeight accepts, and only from the embed', async () => {
    const { context, page, frame } = await openHostPage(browser, host);
    const heightAttribute = () => page.evaluate(() => document.getElementById('embed')!.getAttribute('height'));
    await expect.poll(heightAttribute).not.toBe('300');
    for (const { label, data, expected } of HEIGHT_MESSAGE_CASES) {
      // A known starting point, sent the legitimate way.
      await frame.evaluate(() => window.parent.postMessage({ type: 'chengyu-embed:height', height: 321 }, '*'));
      await expect.poll(heightAttribute).toBe('321');
      await frame.evaluate((message) => window.parent.postMessage(message, '*'), data);
      // A later valid message proves the one under test has been handled, whatever it did.
      if (expected === null) {
        await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
        expect(await heightAttribute(), label).toBe('321');
      } else {
        await expect.poll(heightAttribute, { message: label }).toBe(String(expected));
      }
    }
    // A valid message from anyone but the iframe (here the host page itself) is ignored.
    await page.evaluate(() => window.postMessage({ type: 'chengyu-embed:height', height: 999 }, '*'));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await heightAttribute()).toBe('321');
    await context.close();
  });
});
