// The HTML a newsroom pastes: the iframe, the host script that sizes it, and a no-script fallback
// linking a static preview image. Pure; every value is attribute-escaped.
export interface EmbedCodeInput {
  /** the embed's address (the app URL with embed=1 and the chosen options) */
  embedUrl: string;
  /** the same state without embed=1: where the fallback links */
  fullUrl: string;
  /** the app's base address ending in "/", where embed.js and preview.svg are served */
  appBase: string;
  title: string;
  /** starting height in CSS pixels before the embed reports its own */
  height: number;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedCode(input: EmbedCodeInput): string {
  const title = escapeAttribute(input.title);
  const base = escapeAttribute(input.appBase);
  return [
    `<iframe src="${escapeAttribute(input.embedUrl)}" title="${title}" width="100%" height="${Math.round(input.height)}" loading="lazy" data-chengyu-embed></iframe>`,
    `<script src="${base}embed.js" async></script>`,
    `<noscript><a href="${escapeAttribute(input.fullUrl)}"><img src="${base}preview.svg" alt="${title}" width="600"></a></noscript>`,
  ].join('\n');
}

/** The app base of a page address: everything up to the last "/" of the path, no query or hash. */
export function appBaseOf(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  return url.href;
}
