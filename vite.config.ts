import { defineConfig } from 'vite';
import { socialMeta } from './scripts/social-meta';

// base './' makes every asset URL relative, so dist/ works from any sub-path of any static host
// (newsrooms serve it under their own paths) without rebuilding.
export default defineConfig({
  base: './',
  // og:title, og:description, og:image (absolute: PUBLIC_SITE_URL) and twitter:card in index.html
  plugins: [socialMeta()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Keep the module-preload polyfill out of an inline script: the embed runs under script-src 'self'.
    modulePreload: { polyfill: false },
    // .vite/manifest.json: scripts/budgets.mjs reads which chunks each first view loads statically.
    manifest: true,
  },
  // The import worker is a module worker ({ type: 'module' }) that loads the .xlsx reader with
  // import() on first use, so its bundle is split into chunks, which needs ES module output.
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    environment: 'node',
    globalSetup: ['test/setup/served-data.ts'],
  },
});
