// Tests await events, selectors and expect.poll, never a fixed sleep: a sleep is either too short on
// a busy machine (a flaky failure) or longer than needed (a slow suite).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const TESTS = join(__dirname, '..');
// this file names the sleeps it forbids
const SELF = relative(TESTS, __filename);

/** Ways of sleeping: Playwright's, and a timer that resolves a promise, in the test or in the page. */
const SLEEPS: { name: string; pattern: RegExp }[] = [
  { name: 'waitForTimeout', pattern: /waitForTimeout\(/ },
  { name: 'a promise resolved by a timer', pattern: /new Promise\b.*\bsetTimeout\(/ },
  { name: 'a timer handed a resolve function', pattern: /setTimeout\(\s*(resolve|res|r|done|wake)\s*,/ },
];

/** `file:line (kind)` for every sleep in the given files. */
function sleepsIn(files: { name: string; text: string }[]): string[] {
  return files.flatMap(({ name, text }) =>
    text.split('\n').flatMap((line, index) => SLEEPS.filter(({ pattern }) => pattern.test(line)).map((sleep) => `${name}:${index + 1} (${sleep.name})`)),
  );
}

describe('tests, in the browser and under Node', () => {
  it('contain no fixed sleep', () => {
    const names = readdirSync(TESTS, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts') && name !== SELF);
    expect(names).toContain(join('browser', 'questions.test.ts'));
    const files = names.map((name) => ({ name, text: readFileSync(join(TESTS, name), 'utf8') }));
    expect(sleepsIn(files)).toEqual([]);
  });

  it('recognise the sleeps they forbid, and leave awaited events alone', () => {
    const file = (text: string) => [{ name: 'x.test.ts', text }];
    expect(sleepsIn(file('    await page.waitForTimeout(300);'))).toEqual(['x.test.ts:1 (waitForTimeout)']);
    expect(sleepsIn(file('    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));'))).toHaveLength(2);
    expect(sleepsIn(file('await new Promise<void>((done) => setTimeout(() => done(), 100));'))).toEqual(['x.test.ts:1 (a promise resolved by a timer)']);
    expect(sleepsIn(file("await page.waitForSelector('body[data-ready=\"true\"]');\nwindow.setTimeout = ((handler: TimerHandler) => {"))).toEqual([]);
  });
});
