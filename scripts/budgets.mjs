#!/usr/bin/env node
// Size budgets, checked after `vite build`: what each first view downloads, and all boundary data.
// Sizes are gzip level 9, which is close to what a static host serves. Exits 1 when over budget.
//   node scripts/budgets.mjs [distDir]
//
// A first view is the static import closure (JS and CSS) of the chunks that run at the start, read
// from Vite's manifest, plus the data drawn at the start. Lazy chunks (export, charts, questions,
// the import worker…) load on demand and are not counted. Without a manifest every JS and CSS file
// is counted, which over-counts but never under-counts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;
export const BUDGETS = {
  fullFirstView: 300 * KB, // issue 2: the full app's JS + CSS + the data drawn at the start
  embedFirstView: 250 * KB, // issue 7: the embed's JS + CSS + the data drawn at the start
  boundaries: 700 * KB, // boundaries-base.json + boundaries-counties.json
};

/** The chunk every first view starts from: the page's own script. */
const ENTRY_SOURCE = 'index.html';
/** Loaded by main.ts right away when the page is the full app (not the embed). */
export const FULL_APP_START = ['src/full-app.ts'];
/** Loaded right away in embed mode, if the embed's start is ever split into its own chunk. */
export const EMBED_START = ['src/embed/start-embed.ts'];
const START_DATA = ['boundaries-base.json', 'features.json'];

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

export function readManifest(distDir) {
  const path = join(distDir, '.vite', 'manifest.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** Files (relative to dist) of the given manifest keys and everything they import statically. */
export function staticClosure(manifest, keys) {
  const seen = new Set();
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...files];
}

/**
 * The manifest keys of a source module's chunk. Vite keys a dynamic entry by its source path, but
 * when other chunks import from it the key becomes "_<name>-<hash>.js" with only its name left.
 */
export function chunkKeysOf(manifest, source) {
  if (manifest[source]) return [source];
  const name = source.replace(/^.*\//, '').replace(/\.[cm]?[jt]sx?$/, '');
  return Object.keys(manifest).filter((key) => manifest[key].src === source || (manifest[key].isDynamicEntry && manifest[key].name === name));
}

function entryKey(manifest) {
  if (manifest[ENTRY_SOURCE]) return ENTRY_SOURCE;
  return Object.keys(manifest).find((key) => manifest[key].isEntry);
}

function startData(distDir) {
  return START_DATA.map((f) => join(distDir, 'data', f)).filter(existsSync);
}

function allCode(distDir) {
  return listFiles(distDir).filter((p) => /\.(js|css)$/.test(p) && !p.startsWith(join(distDir, 'data')));
}

/** { full, embed, fromManifest }: the files of each first view, code then data. */
export function firstViewFiles(distDir) {
  const manifest = readManifest(distDir);
  const data = startData(distDir);
  if (!manifest) {
    const code = allCode(distDir);
    return { full: [...code, ...data], embed: [...code, ...data], fromManifest: false };
  }
  const entry = entryKey(manifest);
  const fullStart = FULL_APP_START.flatMap((source) => {
    const keys = chunkKeysOf(manifest, source);
    // counting without it would under-count the full app: refuse instead
    if (keys.length === 0) throw new Error(`${source} is not in .vite/manifest.json; update FULL_APP_START in scripts/budgets.mjs`);
    return keys;
  });
  const embedStart = EMBED_START.flatMap((source) => chunkKeysOf(manifest, source));
  const withCode = (keys) => [...staticClosure(manifest, [entry, ...keys]).map((f) => join(distDir, f)), ...data];
  return { full: withCode(fullStart), embed: withCode(embedStart), fromManifest: true };
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
  let views;
  try {
    views = firstViewFiles(distDir);
  } catch (error) {
    console.error(`budgets: ${error.message}`);
    process.exit(1);
  }
  if (!views.fromManifest) {
    console.warn('budgets: warning: no .vite/manifest.json (build.manifest off?); counting every JS and CSS file as first view');
  }
  const results = [
    report('Full app first view', measure(distDir, views.full), BUDGETS.fullFirstView),
    report('Embed first view', measure(distDir, views.embed), BUDGETS.embedFirstView),
    report('Boundary data', measure(distDir, boundaryFiles(distDir)), BUDGETS.boundaries),
  ];
  if (results.includes(false)) {
    console.error('\nbudgets: a size budget is exceeded (see above).');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
