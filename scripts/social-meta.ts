// Build step: the link-preview tags of the full app's index.html (Open Graph and X/Twitter cards),
// so a shared link shows the map's title, a description and the shipped social card image.
// og:image must be an absolute URL, and the app is built with relative asset URLs (it may be served
// from any folder), so the site's public address is a build setting: PUBLIC_SITE_URL, e.g.
//   PUBLIC_SITE_URL=https://maps.example.org/chengyu/ npm run build
// Without it the image and og:url tags are left out (a preview then shows the title and text only).
import type { Plugin } from 'vite';

/** The shipped 1200×630 PNG of the default state (public/, so at the site's root); made by scripts/make-social-card.ts. */
export const SOCIAL_CARD_FILE = 'social-card.png';
export const SITE_URL_SETTING = 'PUBLIC_SITE_URL';

const TITLE = '成渝地区双城经济圈项目地图 · Chengdu–Chongqing Economic Circle map';
const DESCRIPTION =
  '成渝地区双城经济圈的通道、试验区、产业园区和合作平台，附来源与精度。Corridors, pilot zones, industrial parks and cooperation platforms of the Chengdu–Chongqing Economic Circle, each with its source and precision.';
const IMAGE_ALT = '成渝地区双城经济圈项目地图：四川省与重庆市的项目分布 · Map of the Chengdu–Chongqing Economic Circle projects across Sichuan and Chongqing';

/** The site's address as a folder URL (ending in "/"); throws naming the setting when it is not an absolute http(s) URL. */
export function siteFolderUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`${SITE_URL_SETTING}="${raw}" is not an absolute URL: give the address the site is served from, e.g. https://maps.example.org/chengyu/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`${SITE_URL_SETTING}="${raw}" must start with https:// or http://`);
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The <meta> tags, one per line; siteUrl '' or undefined leaves out og:image and og:url. */
export function socialMetaTags(siteUrl: string | undefined): string {
  const tags: [string, string, string][] = [
    ['name', 'description', DESCRIPTION],
    ['property', 'og:type', 'website'],
    ['property', 'og:title', TITLE],
    ['property', 'og:description', DESCRIPTION],
    ['property', 'og:locale', 'zh_CN'],
    ['property', 'og:locale:alternate', 'en_US'],
    ['name', 'twitter:card', 'summary_large_image'],
  ];
  if (siteUrl !== undefined && siteUrl.trim() !== '') {
    const folder = siteFolderUrl(siteUrl);
    tags.push(
      ['property', 'og:url', folder.href],
      ['property', 'og:image', new URL(SOCIAL_CARD_FILE, folder).href],
      ['property', 'og:image:type', 'image/png'],
      ['property', 'og:image:width', '1200'],
      ['property', 'og:image:height', '630'],
      ['property', 'og:image:alt', IMAGE_ALT],
    );
  }
  return tags.map(([key, name, content]) => `<meta ${key}="${name}" content="${attribute(content)}" />`).join('\n    ');
}

/** Vite plugin: writes the tags into index.html's <head> from the PUBLIC_SITE_URL the build runs with. */
export function socialMeta(siteUrl: string | undefined = process.env[SITE_URL_SETTING]): Plugin {
  // checked when the config loads, so a bad address stops the build before it starts
  const tags = socialMetaTags(siteUrl);
  return {
    name: 'chengyu-social-meta',
    transformIndexHtml: (html) => html.replace('</title>', `</title>\n    ${tags}`),
  };
}
