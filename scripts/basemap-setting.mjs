// The optional tile basemap: a deployer's setting, off by default. `npm run build` reads it from the
// environment and the data build writes it into dist/data/manifest.json (`basemap`); the app draws the
// tiles beneath everything else, and the serve script allows the tiles' origin in its
// Content-Security-Policy only when the setting is on. Plain ESM so the serve script can use it too.

/** The environment variables that switch the tile basemap on. */
export const BASEMAP_ENV = {
  url: 'VITE_BASEMAP_URL',
  attribution: 'VITE_BASEMAP_ATTRIBUTION',
  subdomains: 'VITE_BASEMAP_SUBDOMAINS',
};

/**
 * Checks a setting and returns it in its one shape. `where` names what is checked, so a message says
 * which variable or field is wrong.
 * @param {{ url?: unknown, attribution?: unknown, subdomains?: unknown }} value
 * @param {{ url: string, attribution: string, subdomains: string }} where
 * @returns {{ url: string, attribution: string, subdomains: string }}
 */
export function checkBasemap(value, where) {
  const { url, attribution, subdomains = '' } = value;
  if (typeof url !== 'string' || url.trim() === '') throw new Error(`${where.url}: the tile URL template is missing`);
  for (const part of ['{z}', '{x}', '{y}']) {
    if (!url.includes(part)) throw new Error(`${where.url}: the tile URL template "${url}" has no ${part}`);
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?:\/\//i.test(url)) throw new Error(`${where.url}: "${url}" is neither an http(s) address nor a path beside the app`);
  if (url.startsWith('//')) throw new Error(`${where.url}: "${url}" needs its scheme (https://…)`);
  if (typeof attribution !== 'string' || attribution.trim() === '') throw new Error(`${where.attribution}: the tiles' attribution is missing (the map must name where its tiles come from)`);
  if (typeof subdomains !== 'string' || !/^[a-z0-9]*$/i.test(subdomains)) throw new Error(`${where.subdomains}: subdomains are letters or digits, one per subdomain (e.g. "01234567")`);
  if (url.includes('{s}') && subdomains === '') throw new Error(`${where.subdomains}: the tile URL template has {s} but no subdomains are given`);
  return { url: url.trim(), attribution: attribution.trim(), subdomains };
}

/**
 * The setting from the environment, or null when VITE_BASEMAP_URL is not set (the default: no tiles).
 * @param {Record<string, string | undefined>} env
 */
export function basemapFromEnv(env) {
  const url = env[BASEMAP_ENV.url];
  if (url === undefined || url.trim() === '') return null;
  return checkBasemap({ url, attribution: env[BASEMAP_ENV.attribution], subdomains: env[BASEMAP_ENV.subdomains] ?? '' }, BASEMAP_ENV);
}

/**
 * The origins the tiles come from, for the policy's img-src: one per subdomain, none for tiles served
 * beside the app (a relative path is the app's own origin).
 * @param {{ url: string, subdomains: string } | null} setting
 * @returns {string[]}
 */
export function tileOrigins(setting) {
  if (!setting || !/^https?:\/\//i.test(setting.url)) return [];
  const subdomains = setting.url.includes('{s}') ? [...setting.subdomains] : [''];
  const origins = subdomains.map((s) => new URL(setting.url.replaceAll('{s}', s).replace(/\{[^}]*\}/g, '0')).origin);
  return [...new Set(origins)];
}
