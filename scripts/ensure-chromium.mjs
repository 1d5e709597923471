#!/usr/bin/env node
// Finds the Chromium the browser tests drive: CHROME_PATH, else Debian's /usr/bin/chromium.
// When it is missing and we are root with apt-get, installs Debian's chromium package (and the CJK
// font the exports need); otherwise stops with a message that says how. Never skips the tests.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

function haveAptGet() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH is set to ${path}, but no file is there.`);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !haveAptGet()) {
    throw new Error(
      'Chromium is needed for the browser tests and was not found at /usr/bin/chromium.\n' +
        'Install it with:  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
  }
  console.log('Chromium not found: installing Debian packages chromium and fonts-noto-cjk ...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
    stdio: 'inherit',
  });
  if (!existsSync(path)) throw new Error(`apt-get finished but ${path} is still missing.`);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
  } catch (err) {
    console.error(String(err instanceof Error ? err.message : err));
    process.exit(1);
  }
}
