// The full app's Embed dialog: the code to paste follows the current state and the chosen options,
// copies to the clipboard, and its iframe address really opens the embed.
import { describe, expect, it } from 'vitest';
import { appOrigin, useBrowser, openApp, waitForMapReady } from './harness';
import { fingerDrag } from './support/finger';

const browser = useBrowser();

const iframeSrc = (code: string): URL => new URL(code.match(/<iframe src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));

describe('Embed dialog', () => {
  it('shows the code for the current view, updates it with the options, and copies it', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=en&sel=u:510100' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appOrigin() });
    await page.getByTestId('embed-open').click();
    const code = page.getByTestId('embed-code');
    let text = await code.inputValue();
    const src = iframeSrc(text);
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('sel')).toBe('u:510100');
    expect(src.searchParams.get('lang')).toBe('en');
    expect(text).toMatch(/title="Chengdu–Chongqing Economic Circle map" style="border:0" width="100%" height="\d+" loading="lazy" data-chengyu-embed><\/iframe>/);
    expect(text).toContain(`<script src="${new URL('embed.js', src).href}" async></script>`);
    expect(text).toContain(`<img src="${new URL('preview.svg', src).href}"`);
    // light is the default theme and is not written; the words are empty
    expect(src.searchParams.get('theme')).toBeNull();
    expect(text).toContain('<noscript><a href=');

    await page.getByTestId('embed-option-theme').selectOption('dark');
    await page.getByTestId('embed-option-legend').selectOption('closed');
    await page.getByTestId('embed-option-title').uncheck();
    await page.getByTestId('embed-option-hed').fill('Parks <b>along</b> the corridor');
    await page.getByTestId('embed-option-dek').fill('Where the\nnew zones are');
    await page.getByTestId('embed-option-credit').fill('Graphic: Li Wei');
    text = await code.inputValue();
    const changed = iframeSrc(text);
    expect(changed.searchParams.get('hed')).toBe('Parks <b>along</b> the corridor');
    expect(changed.searchParams.get('dek')).toBe('Where the new zones are');
    expect(changed.searchParams.get('credit')).toBe('Graphic: Li Wei');
    expect(changed.searchParams.get('note')).toBeNull();
    // the frame's title names the story; the fallback carries the words as escaped text
    expect(text).toContain('title="Map: Parks &lt;b&gt;along&lt;/b&gt; the corridor" style="border:0"');
    expect(text).toContain('<noscript><strong>Parks &lt;b&gt;along&lt;/b&gt; the corridor</strong><p>Where the new zones are</p><a href=');
    expect(text).toContain('<small>Graphic: Li Wei</small></noscript>');
    expect(await page.getByTestId('embed-option-hed').getAttribute('maxlength')).toBe('120');
    expect(changed.searchParams.get('theme')).toBe('dark');
    expect(changed.searchParams.get('legend')).toBe('closed');
    expect(changed.searchParams.get('title')).toBe('0');

    await page.getByTestId('embed-copy').click();
    await expect.poll(() => page.getByTestId('embed-copy-status').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    await page.keyboard.press('Escape');
    expect(await page.getByTestId('embed-dialog').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('embed-open');

    // The pasted address opens the embed with those options.
    await page.goto(changed.href);
    await waitForMapReady(page);
    expect(await page.getByTestId('embed').count()).toBe(1);
    expect(await page.getByTestId('embed-title').isVisible()).toBe(false);
    expect(await page.getByTestId('embed-dek').textContent()).toBe('Where the new zones are');
    expect(await page.getByTestId('embed-credit').textContent()).toBe('Graphic: Li Wei');
    expect(await page.locator('[data-testid="embed-legend"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selects the code for Ctrl+C when the clipboard is refused', async () => {
    const { page, context } = await openApp(browser, { query: '?lang=en' });
    await page.evaluate(() => {
      // A browser that refuses clipboard access (as some newsroom CMS previews do).
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.getByTestId('embed-open').click();
    await page.getByTestId('embed-copy').click();
    await expect.poll(() => page.getByTestId('embed-copy-status').textContent()).toContain('press Ctrl+C');
    const selected = await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid="embed-code"]')!;
      return document.activeElement === area && area.selectionStart === 0 && area.selectionEnd === area.value.length;
    });
    expect(selected).toBe(true);
    await context.close();
  });

  it('is comfortable on a phone (390×844) in both languages: nothing wider than the screen, 44 px controls, Copy by tap, scrolled to its end by a finger', async () => {
    const copied = { zh: '已复制', en: 'Copied' } as const;
    for (const lang of ['zh', 'en'] as const) {
      const { page, context, errors } = await openApp(browser, { query: `?lang=${lang}`, viewport: { width: 390, height: 844 }, touch: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appOrigin() });
      await page.getByTestId('embed-open').tap();
      const dialog = page.getByTestId('embed-dialog');
      await dialog.waitFor();

      const layout = await dialog.evaluate((box) => {
        const shown = [...box.querySelectorAll<HTMLElement>('*')].filter((element) => element.getClientRects().length > 0);
        const rect = (element: Element) => element.getBoundingClientRect();
        const name = (element: Element) => element.getAttribute('data-testid') ?? `${element.tagName.toLowerCase()} "${(element.textContent ?? '').slice(0, 20)}"`;
        // what a finger aims at: buttons, selects, text fields, and the labels holding a checkbox
        const targets = [...box.querySelectorAll<HTMLElement>('button, select, textarea, input:not([type="checkbox"]), label:has(input[type="checkbox"])')];
        return {
          wider: shown.filter((element) => rect(element).left < -0.5 || rect(element).right > innerWidth + 0.5).map(name),
          small: targets.filter((element) => rect(element).height < 44 - 0.5).map((element) => `${name(element)} ${Math.round(rect(element).height)} px`),
          narrowFields: [...box.querySelectorAll<HTMLElement>('input[type="text"], textarea')].filter((field) => rect(field).width < rect(box).width * 0.8).map(name),
          pageWidth: document.documentElement.scrollWidth,
        };
      });
      expect(layout.wider, lang).toEqual([]);
      expect(layout.small, lang).toEqual([]);
      // every text field and the code box take the dialog's width (the labels sit above them)
      expect(layout.narrowFields, lang).toEqual([]);
      expect(layout.pageWidth, lang).toBeLessThanOrEqual(390);

      // the code box scrolls inside itself rather than growing the dialog
      const code = page.getByTestId('embed-code');
      const codeBox = await code.evaluate((area) => ({ scroll: area.scrollHeight, client: area.clientHeight }));
      expect(codeBox.scroll, lang).toBeGreaterThan(codeBox.client);

      // a finger swipes the dialog up until it stops moving: its end comes into view, the page behind stays put
      const cdp = await context.newCDPSession(page);
      const scrollTop = () => dialog.evaluate((box) => box.scrollTop);
      const heading = page.locator('#embed-dialog-title');
      for (let swipe = 0; swipe < 12; swipe += 1) {
        const before = await scrollTop();
        await fingerDrag(cdp, { x: 60, y: 560 }, { x: 60, y: 160 });
        await expect.poll(async () => (await scrollTop()) !== before || (await dialog.evaluate((box) => box.scrollTop + box.clientHeight >= box.scrollHeight - 1))).toBe(true);
        if (await dialog.evaluate((box) => box.scrollTop + box.clientHeight >= box.scrollHeight - 1)) break;
      }
      const end = await dialog.evaluate((box) => {
        const bottom = (testId: string) => box.querySelector(`[data-testid="${testId}"]`)!.getBoundingClientRect().bottom;
        const actions = box.querySelector('.embed-dialog-actions')!.getBoundingClientRect();
        return {
          atEnd: box.scrollTop + box.clientHeight >= box.scrollHeight - 1,
          scrolled: box.scrollTop,
          codeBottom: bottom('embed-code'),
          actionsTop: actions.top,
          closeBottom: bottom('embed-close'),
          pageScroll: document.scrollingElement!.scrollTop,
        };
      });
      expect(end.atEnd, lang).toBe(true);
      expect(end.scrolled, lang).toBeGreaterThan(0);
      expect(await heading.evaluate((h) => h.getBoundingClientRect().bottom), lang).toBeLessThan(0);
      // the code box is whole above the buttons, the last control is on the screen
      expect(end.codeBottom, lang).toBeLessThanOrEqual(end.actionsTop + 0.5);
      expect(end.closeBottom, lang).toBeLessThanOrEqual(844);
      expect(end.pageScroll, lang).toBe(0);

      // Copy by tap
      await page.getByTestId('embed-copy').tap();
      await expect.poll(() => page.getByTestId('embed-copy-status').textContent()).toBe(copied[lang]);
      expect(await page.evaluate(() => navigator.clipboard.readText()), lang).toBe(await code.inputValue());
      expect(await page.getByTestId('embed-copy-status').isVisible(), lang).toBe(true);
      await page.getByTestId('embed-close').tap();
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(errors, lang).toEqual([]);
      await context.close();
    }
  });
});
