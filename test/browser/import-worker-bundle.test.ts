// The import worker carries the import's own words and none of the page's: it runs a planner's file in
// the built app, then reads every script the worker can load and looks for the UI table's sentences.
import { describe, expect, it } from 'vitest';
import { openApp, openTab, useBrowser } from './harness';
import { chooseFixtures } from './user-data-helpers';
import { enStrings, zhStrings } from '../../src/i18n/strings.ts';
import { importProblemsEn, importProblemsZh } from '../../src/i18n/tables/import-problems.ts';

const browser = useBrowser();

/** The worker's script and every chunk it imports, statically or on first use, as text. */
async function workerScripts(entry: string): Promise<Map<string, string>> {
  const scripts = new Map<string, string>();
  const queue = [entry];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (scripts.has(url)) continue;
    const response = await fetch(url);
    expect(response.ok, url).toBe(true);
    const text = await response.text();
    scripts.set(url, text);
    for (const [, specifier] of text.matchAll(/["'](\.\.?\/[^"']+\.js)["']/g)) queue.push(new URL(specifier!, url).href);
  }
  return scripts;
}

/** Sentences a bundler keeps as they are (no quotes or backslashes to escape) and long enough to be unique. */
const sentences = (...tables: Record<string, string>[]) =>
  [...new Set(tables.flatMap((table) => Object.values(table)))].filter((text) => text.length >= 12 && !/["'`\\\n]/.test(text));

describe('the import worker bundle', () => {
  it('words a problem it finds, and carries the import words but none of the UI table', async () => {
    const { page, context, errors } = await openApp(browser, { query: '?lang=zh' });
    await openTab(page, 'mydata');
    const workerURL = new Promise<string>((resolve) => page.once('worker', (worker) => resolve(worker.url())));
    await chooseFixtures(page, 'coordinate-abc.geojson');
    // The worker found the bad latitude; the page words it in Chinese.
    const alert = page.locator('[data-testid="import-alert"][data-file="coordinate-abc.geojson"]');
    await expect.poll(() => alert.textContent()).toContain('第 1 个要素（编号 P-02）');
    expect(await alert.textContent()).toContain('不是数字（"abc"）');

    const scripts = await workerScripts(await workerURL);
    const code = [...scripts.values()].join('\n');
    const importWords = sentences(importProblemsZh, importProblemsEn);
    // (a UI sentence that is part of an import sentence, such as "names only a province", is not the UI's alone)
    const importText = [...Object.values(importProblemsZh), ...Object.values(importProblemsEn)].join('\n');
    const uiWords = sentences(zhStrings, enStrings).filter((text) => !importText.includes(text));
    // The check sees words at all: the worker holds its own table, in both languages.
    expect(importWords.length).toBeGreaterThan(100);
    expect(importWords.filter((text) => !code.includes(text))).toEqual([]);
    expect(uiWords.length).toBeGreaterThan(400);
    expect(uiWords.filter((text) => code.includes(text))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
