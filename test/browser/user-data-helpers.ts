// Shared steps for the user-data browser tests: put a fixture file into the app the two ways a
// planner can (dropping it on the map, choosing it in the file picker) and read the layers panel.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

export const IMPORT_FIXTURES = new URL('../fixtures/import/', import.meta.url);
export const fixturePath = (name: string): string => fileURLToPath(new URL(name, IMPORT_FIXTURES));

/** Drops files on the map's drop zone with a real DataTransfer built in the page from the bytes. */
export async function dropFiles(page: Page, files: { name: string; bytes: Uint8Array }[]): Promise<void> {
  const payload = files.map(({ name, bytes }) => ({ name, base64: Buffer.from(bytes).toString('base64') }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const { name, base64 } of list) {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], name));
    }
    return transfer;
  }, payload);
  await page.dispatchEvent('[data-testid="drop-zone"]', 'dragenter', { dataTransfer });
  await page.dispatchEvent('[data-testid="drop-zone"]', 'drop', { dataTransfer });
}

export async function dropFixture(page: Page, name: string): Promise<void> {
  await dropFiles(page, [{ name, bytes: new Uint8Array(readFileSync(fixturePath(name))) }]);
  await confirmMappingSteps(page, [name]);
}

const TABLE_FILE = /\.(csv|tsv|txt|xlsx)$/i;

/** Tables (CSV, XLSX) stop at the mapping step; this imports them with the columns as recognised. */
export async function confirmMappingSteps(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names.filter((n) => TABLE_FILE.test(n))) {
    await page.locator(`[data-testid="import-mapping"][data-file="${name}"] [data-testid="import-mapping-confirm"]`).click();
  }
}

export async function chooseFixtures(page: Page, ...names: string[]): Promise<void> {
  await page.setInputFiles('[data-testid="user-layers-file"]', names.map(fixturePath));
  await confirmMappingSteps(page, names);
}

export const layerRows = (page: Page) => page.locator('[data-testid="user-layer"]');

export async function layerNames(page: Page): Promise<string[]> {
  return page.locator('[data-testid="user-layer-name"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** What IndexedDB holds, read straight from the database the app keeps its layers in. */
export async function storedLayerNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('chengyu-map');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('user-layers')) return resolve([]);
          const request = db.transaction('user-layers').objectStore('user-layers').getAll();
          request.onsuccess = () => resolve((request.result as { name: string }[]).map((layer) => layer.name).sort());
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/**
 * An init script: counts the import workers the page creates and ends, in `window.importWorkers`
 * (the browser's own Worker, watched; the app's code is untouched). A worker that holds the file's
 * parsed sheets until it ends is the one place the workbook is read.
 */
export function countImportWorkers(): void {
  const seen = { created: 0, ended: 0 };
  Object.assign(window, { importWorkers: seen });
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (!String(url).includes('import-worker')) return;
      seen.created += 1;
      const end = this.terminate.bind(this);
      this.terminate = () => {
        seen.ended += 1;
        end();
      };
    }
  };
}

/** What countImportWorkers saw so far. */
export function importWorkers(page: Page): Promise<{ created: number; ended: number }> {
  return page.evaluate(() => (window as unknown as { importWorkers: { created: number; ended: number } }).importWorkers);
}
