// One of a thing per browser test file: opened in the file's beforeAll and closed in its afterAll.
// The returned object stands for it from the start, so a file writes `const browser = useBrowser();`
// at its top level and passes `browser` around as before; used before beforeAll has run (at import
// time) it says so instead of failing somewhere inside Playwright.
import { afterAll, beforeAll } from 'vitest';

/** `timeout` (ms) is the opening's, for a thing slower to open than a hook's default allows. */
export function perFile<T extends object>(name: string, open: () => Promise<T>, close: (thing: T) => Promise<void>, timeout?: number): T {
  let opened: T | undefined;
  beforeAll(async () => {
    opened = await open();
  }, timeout);
  afterAll(async () => {
    if (opened) await close(opened);
    opened = undefined;
  });
  return new Proxy({} as T, {
    get(_, key) {
      if (!opened) throw new Error(`the ${name} is opened in the test file's beforeAll: use it inside a test or a hook`);
      const value: unknown = Reflect.get(opened, key, opened);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(opened) : value;
    },
  });
}
