// scripts/budgets.mjs, run as the build runs it, against small fake dist folders.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'budgets.mjs');
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A dist folder whose files hold `kb` KB of random (incompressible) bytes each, and an optional Vite manifest. */
function fakeDist(files: Record<string, number>, manifest?: object): string {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  dirs.push(dist);
  for (const [path, kb] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), randomBytes(kb * 1024));
  }
  if (manifest) {
    mkdirSync(join(dist, '.vite'));
    writeFileSync(join(dist, '.vite', 'manifest.json'), JSON.stringify(manifest));
  }
  return dist;
}

function run(dist: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [script, dist], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** The shape Vite writes: the page entry, the full app loaded at once, a shared chunk, and lazy chunks. */
const manifest = {
  'index.html': { file: 'assets/index.js', src: 'index.html', isEntry: true, css: ['assets/index.css'], dynamicImports: ['src/full-app.ts', 'src/export.ts'] },
  'src/full-app.ts': { file: 'assets/full-app.js', src: 'src/full-app.ts', isDynamicEntry: true, imports: ['index.html', '_shared.js'], dynamicImports: ['src/charts.ts'], css: ['assets/full-app.css'] },
  '_shared.js': { file: 'assets/shared.js' },
  'src/charts.ts': { file: 'assets/charts.js', src: 'src/charts.ts', isDynamicEntry: true, imports: ['_shared.js'] },
  'src/export.ts': { file: 'assets/export.js', src: 'src/export.ts', isDynamicEntry: true, imports: ['index.html'] },
};
const data = { 'data/boundaries-base.json': 20, 'data/features.json': 10, 'data/boundaries-counties.json': 100 };

describe('scripts/budgets.mjs', () => {
  it('counts the static closure of the entry and the full app, not lazy chunks or the worker', () => {
    const r = run(fakeDist({
      'assets/index.js': 50, 'assets/index.css': 10, 'assets/full-app.js': 60, 'assets/full-app.css': 5, 'assets/shared.js': 20,
      'assets/charts.js': 200, 'assets/export.js': 200, 'assets/import-worker.js': 100, ...data,
    }, manifest));
    expect(r.status).toBe(0);
    // 50 + 10 + 60 + 5 + 20 + 20 + 10 = 175 KB (random bytes barely compress)
    expect(r.out).toMatch(/Full app first view: 17\d\.\d KB gzip of 300\.0 KB budget ok/);
    expect(r.out).toContain('assets/shared.js');
    // the embed: the entry and its CSS + data = 90 KB
    expect(r.out).toMatch(/Embed first view: (8\d|9\d)\.\d KB gzip of 250\.0 KB budget ok/);
    expect(r.out).not.toContain('assets/charts.js');
    expect(r.out).not.toContain('assets/export.js');
    expect(r.out).not.toContain('import-worker');
    expect(r.out).not.toContain('warning');
  });

  it('finds the full app when Vite keys its chunk by name (other chunks import from it)', () => {
    const { 'src/full-app.ts': fullApp, ...rest } = manifest;
    const renamed = { ...rest, '_full-app-abc.js': { ...fullApp, src: undefined, name: 'full-app' } };
    const r = run(fakeDist({
      'assets/index.js': 50, 'assets/index.css': 10, 'assets/full-app.js': 60, 'assets/full-app.css': 5, 'assets/shared.js': 20,
      'assets/charts.js': 200, 'assets/export.js': 200, ...data,
    }, renamed));
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/Full app first view: 17\d\.\d KB gzip/);
    expect(r.out).toContain('assets/full-app.js');
  });

  it('refuses to measure when the full app chunk is missing from the manifest', () => {
    const { 'src/full-app.ts': _fullApp, ...rest } = manifest;
    const r = run(fakeDist({ 'assets/index.js': 1, 'assets/index.css': 1, ...data }, rest));
    expect(r.status).toBe(1);
    expect(r.out).toContain('src/full-app.ts is not in .vite/manifest.json');
  });

  it('fails when a statically imported chunk pushes the full app over 300 KB, naming the files', () => {
    const r = run(fakeDist({
      'assets/index.js': 50, 'assets/index.css': 10, 'assets/full-app.js': 60, 'assets/full-app.css': 5, 'assets/shared.js': 160,
      'assets/charts.js': 1, 'assets/export.js': 1, ...data,
    }, manifest));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/Full app first view: .* OVER BUDGET/);
    expect(r.out).toMatch(/Embed first view: .* ok/);
    expect(r.out).toContain('data/features.json');
  });

  it('fails when the embed first view exceeds 250 KB', () => {
    const r = run(fakeDist({
      'assets/index.js': 240, 'assets/index.css': 1, 'assets/full-app.js': 1, 'assets/full-app.css': 1, 'assets/shared.js': 1,
      'assets/charts.js': 1, 'assets/export.js': 1, ...data,
    }, manifest));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/Embed first view: .* OVER BUDGET/);
  });

  it('without a manifest, warns and counts every JS and CSS file', () => {
    const r = run(fakeDist({ 'assets/index.js': 100, 'assets/lazy.js': 150, 'assets/index.css': 50, ...data }));
    expect(r.status).toBe(1);
    expect(r.out).toContain('warning: no .vite/manifest.json');
    expect(r.out).toMatch(/Full app first view: 3\d\d\.\d KB gzip of 300\.0 KB budget OVER BUDGET/);
  });

  it('fails when all boundary data exceeds 700 KB gzip', () => {
    const r = run(fakeDist({ 'assets/index.js': 10, 'assets/index.css': 1, 'assets/full-app.js': 1, 'assets/full-app.css': 1, 'assets/shared.js': 1, 'data/boundaries-base.json': 100, 'data/boundaries-counties.json': 650 }, manifest));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/Boundary data: .* OVER BUDGET/);
  });

  it('fails with a clear message when the build output is missing', () => {
    const r = run(fakeDist({ 'assets/index.js': 1 }));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/boundaries-base\.json.* not found; run npm run build first/);
  });
});
