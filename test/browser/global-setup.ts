import type { TestProject } from 'vitest/node';
// @ts-expect-error plain ESM script without type declarations
import { createAppServer } from '../../scripts/serve.mjs';
import type { Server } from 'node:http';

// The app is served from a sub-path, as a newsroom would host it, so every test also proves that
// dist/ works away from the site root.
export const APP_BASE_PATH = '/news/maps/chengyu/';

// APP_DIST lets several builds be tested side by side (default: dist/).
let server: Server | undefined;

export async function setup(project: TestProject): Promise<void> {
  server = createAppServer({ dir: process.env.APP_DIST || 'dist', base: APP_BASE_PATH }) as Server;
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  project.provide('appOrigin', `http://127.0.0.1:${address.port}`);
  project.provide('appURL', `http://127.0.0.1:${address.port}${APP_BASE_PATH}`);
}

export async function teardown(): Promise<void> {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    appOrigin: string;
    appURL: string;
  }
}
