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

/** A dist folder whose files hold `kb` KB of random (incompressible) bytes each. */
function fakeDist(files: Record<string, number>): string {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  dirs.push(dist);
  for (const [path, kb] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), randomBytes(kb * 1024));
  }
  return dist;
}

function run(dist: string): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [script, dist], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('scripts/budgets.mjs', () => {
  it('passes and prints both totals when within budget', () => {
    const r = run(fakeDist({ 'assets/index.js': 100, 'data/boundaries-base.json': 50, 'data/boundaries-counties.json': 200 }));
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/First view: 15\d\.\d KB gzip of 300\.0 KB budget ok/);
    expect(r.out).toMatch(/Boundary data: 25\d\.\d KB gzip of 700\.0 KB budget ok/);
  });

  it('fails when JS + CSS + base boundaries + features exceed 300 KB gzip', () => {
    const r = run(fakeDist({
      'assets/index.js': 150, 'assets/index.css': 50, 'data/features.json': 80,
      'data/boundaries-base.json': 40, 'data/boundaries-counties.json': 10,
    }));
    expect(r.status).toBe(1);
    expect(r.out).toContain('OVER BUDGET');
    expect(r.out).toContain('data/features.json');
  });

  it('fails when all boundary data exceeds 700 KB gzip', () => {
    const r = run(fakeDist({ 'assets/index.js': 10, 'data/boundaries-base.json': 100, 'data/boundaries-counties.json': 650 }));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/Boundary data: .* OVER BUDGET/);
  });

  it('fails with a clear message when the build output is missing', () => {
    const r = run(fakeDist({ 'assets/index.js': 1 }));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/boundaries-base\.json.* not found; run npm run build first/);
  });
});
