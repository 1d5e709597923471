// Some unit tests read the served data (public/data/), which `npm run data` generates and git ignores.
// On a fresh clone it is not there yet: build it once before the tests run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const SERVED = ['public/data/features.json', 'public/data/boundaries-base.json', 'public/data/boundaries-counties.json'];

export function setup(): void {
  if (SERVED.every((path) => existsSync(path))) return;
  console.log('public/data is missing: running npm run data first');
  const build = spawnSync('npx', ['tsx', 'data/build/index.ts'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run data failed: the unit tests that read public/data cannot run');
}
