// A browser test file gets its browser from the harness (useBrowser in test/browser/harness.ts), one
// per file, launched with the project's Chromium and switches; it never launches or connects to one
// itself, so the launch options, the per-file lifetime and the cleanup live in one place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDER = join(__dirname, '..', 'browser');
const HARNESS = 'harness.ts';
// files still on the old per-file launch while they move over in batches; this list only shrinks
const NOT_YET_MOVED = [
  'go-to.test.ts',
  'import-worker-bundle.test.ts',
  'layer-permalink.test.ts',
  'layout.test.ts',
  'lazy-parts.test.ts',
  'lifecycle.test.ts',
  'list.test.ts',
  'map-labels.test.ts',
  'map-load.test.ts',
  'panel-tabs.test.ts',
  'permalink.test.ts',
  'scene.test.ts',
  'search.test.ts',
  'tile-basemap.test.ts',
  'timeline.test.ts',
  'url-notices.test.ts',
  'user-data-storage.test.ts',
  'user-layers-first-class.test.ts',
  'user-symbols.test.ts',
];

/** Ways of getting a browser without the harness. */
const OWN_LAUNCHES: { name: string; pattern: RegExp }[] = [
  { name: "playwright's chromium/firefox/webkit", pattern: /import\s*\{[^}]*\b(chromium|firefox|webkit)\b[^}]*\}\s*from\s*'playwright(-core)?'/ },
  { name: 'a launch', pattern: /\.(launch|launchPersistentContext|launchServer)\(/ },
  { name: 'a connection to a running browser', pattern: /\.(connect|connectOverCDP)\(/ },
  { name: 'the old per-file launch', pattern: /\blaunchBrowser\(/ },
];

/** `file:line (kind)` for every place a file gets a browser by itself. */
function ownLaunchesIn(files: { name: string; text: string }[]): string[] {
  return files.flatMap(({ name, text }) =>
    text.split('\n').flatMap((line, index) => OWN_LAUNCHES.filter(({ pattern }) => pattern.test(line)).map((launch) => `${name}:${index + 1} (${launch.name})`)),
  );
}

describe('browser test files', () => {
  const names = readdirSync(FOLDER, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts') && name !== HARNESS);

  it('get their browser from the harness, never by launching one', () => {
    expect(names).toContain('questions.test.ts');
    const files = names.filter((name) => !NOT_YET_MOVED.includes(name)).map((name) => ({ name, text: readFileSync(join(FOLDER, name), 'utf8') }));
    expect(ownLaunchesIn(files)).toEqual([]);
  });

  it('that open pages take the one browser per file the harness gives', () => {
    const opening = names.filter((name) => name.endsWith('.test.ts') && !NOT_YET_MOVED.includes(name) && /\b(openApp|openHostPage)\(/.test(readFileSync(join(FOLDER, name), 'utf8')));
    expect(opening.filter((name) => (readFileSync(join(FOLDER, name), 'utf8').match(/\buseBrowser\(\)/g) ?? []).length !== 1)).toEqual([]);
  });

  it('recognise a browser launched or reached outside the harness', () => {
    const file = (text: string) => [{ name: 'x.test.ts', text }];
    expect(ownLaunchesIn(file("import { chromium } from 'playwright-core';"))).toEqual(["x.test.ts:1 (playwright's chromium/firefox/webkit)"]);
    expect(ownLaunchesIn(file('  browser = await chromium.launch({ executablePath });'))).toEqual(['x.test.ts:1 (a launch)']);
    expect(ownLaunchesIn(file("const browser = await chromium.connectOverCDP('http://127.0.0.1:9222');"))).toEqual(['x.test.ts:1 (a connection to a running browser)']);
    expect(ownLaunchesIn(file('  browser = await launchBrowser();'))).toEqual(['x.test.ts:1 (the old per-file launch)']);
    expect(ownLaunchesIn(file("import type { Browser, Page } from 'playwright-core';\nconst browser = useBrowser();\nawait openApp(browser, { query: '?lang=en' });"))).toEqual([]);
  });
});
