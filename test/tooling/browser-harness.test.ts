// A browser test file gets its browser from the harness (useBrowser in test/browser/harness.ts), one
// per file, launched with the project's Chromium and switches; it never launches or connects to one
// itself, so the launch options, the per-file lifetime and the cleanup live in one place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FOLDER = join(__dirname, '..', 'browser');
const HARNESS = 'harness.ts';

/** Ways of getting a browser without the harness. */
const OWN_LAUNCHES: { name: string; pattern: RegExp }[] = [
  { name: "playwright's chromium/firefox/webkit", pattern: /import\s*\{[^}]*\b(chromium|firefox|webkit)\b[^}]*\}\s*from\s*'playwright(-core)?'/ },
  { name: 'a launch', pattern: /\.(launch|launchPersistentContext|launchServer)\(/ },
  { name: 'a connection to a running browser', pattern: /\.(connect|connectOverCDP)\(/ },
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
    const files = names.map((name) => ({ name, text: readFileSync(join(FOLDER, name), 'utf8') }));
    expect(ownLaunchesIn(files)).toEqual([]);
  });

  it('that open pages take the one browser per file the harness gives', () => {
    const opening = names.filter((name) => name.endsWith('.test.ts') && /\b(openApp|openHostPage)\(/.test(readFileSync(join(FOLDER, name), 'utf8')));
    expect(opening.filter((name) => (readFileSync(join(FOLDER, name), 'utf8').match(/\buseBrowser\(\)/g) ?? []).length !== 1)).toEqual([]);
  });

  it('recognise a browser launched or reached outside the harness', () => {
    const file = (text: string) => [{ name: 'x.test.ts', text }];
    expect(ownLaunchesIn(file("import { chromium } from 'playwright-core';"))).toEqual(["x.test.ts:1 (playwright's chromium/firefox/webkit)"]);
    expect(ownLaunchesIn(file('  browser = await chromium.launch({ executablePath });'))).toEqual(['x.test.ts:1 (a launch)']);
    expect(ownLaunchesIn(file("const browser = await chromium.connectOverCDP('http://127.0.0.1:9222');"))).toEqual(['x.test.ts:1 (a connection to a running browser)']);
    expect(ownLaunchesIn(file("import type { Browser, Page } from 'playwright-core';\nconst browser = useBrowser();\nawait openApp(browser, { query: '?lang=en' });"))).toEqual([]);
  });
});
