// Switches for every headless Chromium the project starts (browser tests, benchmarks, the export
// CLI). Without the background-networking ones Chromium keeps calling Google's hosts, which a closed
// network refuses; --no-sandbox because CI runs as root.
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** CHROME_PATH when set, else Debian's Chromium. */
export function chromiumExecutable() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}
