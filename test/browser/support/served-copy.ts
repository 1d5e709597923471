// A deployer's variant of the built app for one test file: a copy of dist/ (or APP_DIST) whose data/
// folder `prepare` changes (another manifest setting, data rebuilt with published layers), served on
// its own port from before the file's first test until after its last. The data's compressed copies
// are written again afterwards, as `npm run build` does, because the server prefers them.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM script without type declarations
import { createAppServer } from '../../../scripts/serve.mjs';
// @ts-expect-error plain ESM script without type declarations
import { precompress } from '../../../scripts/precompress.mjs';
import { APP_BASE_PATH } from '../global-setup';
import { perFile } from './per-file';

export interface ServedCopy {
  /** the copy's app address, as appURL() is the default build's */
  url: string;
  /** the copy's folder: what APP_DIST names for the command-line export of this variant */
  dir: string;
  close(): Promise<void>;
}

/**
 * The test file's served copy of the app. Call at top level; `prepare` receives the copy's data folder.
 * When `prepare` names another server (a tile server in the manifest), declare that one first: the
 * files' hooks run in the order they were declared.
 */
export function useServedCopy(name: string, prepare: (dataDir: string) => void | Promise<void>, timeout?: number): ServedCopy {
  return perFile(name, () => serveCopy(name, prepare), (copy) => copy.close(), timeout);
}

async function serveCopy(name: string, prepare: (dataDir: string) => void | Promise<void>): Promise<ServedCopy> {
  const dir = mkdtempSync(join(tmpdir(), `chengyu-${name.replace(/\W+/g, '-')}-`));
  try {
    cpSync(process.env.APP_DIST || 'dist', dir, { recursive: true });
    await prepare(join(dir, 'data'));
    precompress(join(dir, 'data'));
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const server = createAppServer({ dir, base: APP_BASE_PATH }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${APP_BASE_PATH}`,
    dir,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
