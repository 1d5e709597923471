// Helpers for figures measured in a real browser: the production build served as in production
// (scripts/serve.mjs, with its CSP headers) and Debian's Chromium driven by playwright-core.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error plain ES module without type declarations
import { createAppServer } from '../scripts/serve.mjs';
import { CHROMIUM_ARGS, chromiumExecutable } from '../scripts/chromium-args.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));


/** Browser figures measure the production build; build it once if dist/ is missing. */
export function ensureProductionBuild(): void {
  if (existsSync(`${ROOT}dist/index.html`)) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed: browser figures need dist/');
}

export interface AppServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  close: () => Promise<void>;
}

/** Serve dist/ on a free port (port 0) of the loopback interface (offered to browser figures by bench/README.md). @public */
export async function startAppServer(base = '/'): Promise<AppServer> {
  ensureProductionBuild();
  const server = createAppServer({ dir: `${ROOT}dist`, base }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
}
