#!/usr/bin/env node
// npm test: the import rules (no cycles, imports only down the layers: .dependency-cruiser.cjs), no
// unused files, exports or dependencies (knip, knip.json), then
// unit tests (Vitest under Node), then the production build, then the browser tests
// (Vitest + playwright-core driving Debian's Chromium). Stops at the first failing stage and prints
// how long each stage took, so a suite that grows slower shows where.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.mjs';

const timings = [];

function formatSeconds(ms) {
  const s = Math.round(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`;
}

function printTimings() {
  if (timings.length === 0) return;
  console.log('\nStage times:');
  for (const { label, ms, ok } of timings) console.log(`  ${label.padEnd(14)} ${formatSeconds(ms).padStart(10)}${ok ? '' : '  (failed)'}`);
}

function run(label, cmd, args) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  const ms = Date.now() - started;
  timings.push({ label, ms, ok: r.status === 0 });
  console.log(`=== ${label}: ${formatSeconds(ms)} ===`);
  if (r.status !== 0) {
    console.error(`\n${label} failed (exit ${r.status ?? r.signal}).`);
    printTimings();
    process.exit(r.status ?? 1);
  }
}

try {
  process.env.CHROME_PATH = ensureChromium();
} catch (err) {
  console.error(String(err instanceof Error ? err.message : err));
  process.exit(1);
}
run('import rules', 'npx', ['depcruise', 'src', '--config', '.dependency-cruiser.cjs']);
run('unused code', 'npx', ['knip', '--no-progress']);
run('unit tests', 'npx', ['vitest', 'run']);
run('build', 'npm', ['run', 'build']);
run('browser tests', 'npx', ['vitest', 'run', '--config', 'vitest.browser.config.ts']);
printTimings();
