#!/usr/bin/env node
// npm test: unit tests (Vitest under Node), then the production build, then the browser tests
// (Vitest + playwright-core driving Debian's Chromium). Stops at the first failing stage.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

function run(label, cmd, args) {
  console.log(`\n=== ${label} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error(`\n${label} failed (exit ${r.status ?? r.signal}).`);
    process.exit(r.status ?? 1);
  }
}

try {
  process.env.CHROME_PATH = ensureChromium();
} catch (err) {
  console.error(String(err instanceof Error ? err.message : err));
  process.exit(1);
}
run('unit tests', 'npx', ['vitest', 'run']);
run('build', 'npm', ['run', 'build']);
run('browser tests', 'npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts']);
