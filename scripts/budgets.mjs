#!/usr/bin/env node
// Size budgets, checked after `vite build`: what the first view downloads, and all boundary data.
// Sizes are gzip level 9, which is close to what a static host serves. Exits 1 when over budget.
//   node scripts/budgets.mjs [distDir]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const BUDGETS = {
  firstView: 300 * KB, // all JS + CSS + boundaries-base.json (+ features.json when present)
  boundaries: 700 * KB, // boundaries-base.json + boundaries-counties.json
};

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

export function gzipBytes(path) {
  return gzipSync(readFileSync(path), { level: 9 }).byteLength;
}

/** Sums gzip sizes; returns { total, rows } where rows are [relative path, bytes]. */
export function measure(distDir, paths) {
  const rows = paths.map((p) => [relative(distDir, p), gzipBytes(p)]);
  return { total: rows.reduce((sum, [, bytes]) => sum + bytes, 0), rows };
}

export function firstViewFiles(distDir) {
  const code = listFiles(distDir).filter((p) => /\.(js|css)$/.test(p) && !p.includes(`${join(distDir, 'data')}`));
  const data = ['boundaries-base.json', 'features.json'].map((f) => join(distDir, 'data', f)).filter(existsSync);
  return [...code, ...data];
}

export function boundaryFiles(distDir) {
  return ['boundaries-base.json', 'boundaries-counties.json'].map((f) => join(distDir, 'data', f));
}

function report(label, { total, rows }, budget) {
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log(`\n${label}: ${kb(total)} gzip of ${kb(budget)} budget ${total > budget ? 'OVER BUDGET' : 'ok'}`);
  for (const [path, bytes] of rows) console.log(`  ${path.padEnd(40)} ${kb(bytes).padStart(10)}`);
  return total <= budget;
}

function main() {
  const distDir = process.argv[2] ?? 'dist';
  const missing = boundaryFiles(distDir).filter((p) => !existsSync(p));
  if (!existsSync(distDir) || missing.length > 0) {
    console.error(`budgets: ${missing.length ? missing.join(', ') : distDir} not found; run npm run build first`);
    process.exit(1);
  }
  const firstOk = report('First view', measure(distDir, firstViewFiles(distDir)), BUDGETS.firstView);
  const boundariesOk = report('Boundary data', measure(distDir, boundaryFiles(distDir)), BUDGETS.boundaries);
  if (!firstOk || !boundariesOk) {
    console.error('\nbudgets: a size budget is exceeded (see above).');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
