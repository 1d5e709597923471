// The HTML a newsroom pastes: the borderless iframe with a title naming the map (for a scrolling
// story: sticky, followed by one article block per step), the host script that sizes it and moves
// the story, and a no-script fallback with the headline, dek, a static preview image linking to
// the full map, the note and the credit. Pure; every value is escaped, so a headline is only text.
export interface EmbedCodeInput {
  /** the embed's address (the app URL with embed=1 and the chosen options) */
  embedUrl: string;
  /** the same state without embed=1: where the fallback links */
  fullUrl: string;
  /** the app's base address ending in "/", where embed.js and preview.svg are served */
  appBase: string;
  /** the iframe's title, read by screen readers: what the frame holds */
  title: string;
  /** starting height in CSS pixels before the embed reports its own */
  height: number;
  /** the newsroom's words ('' = none) */
  hed?: string;
  dek?: string;
  note?: string;
  credit?: string;
  /** a scrolling story: one article block per step text, the map sticking to the top of the screen */
  scrollSteps?: readonly string[];
}

// Inline styles so the pasted code works as it is; the newsroom may restyle the blocks.
const STICKY_STYLE = 'border:0;position:sticky;top:0;display:block';
const STEP_STYLE = 'position:relative;z-index:1;max-width:30rem;margin:0 auto 80vh;padding:8px 12px;background:#fff;color:#222;border:1px solid #ccc';

/** Escapes text for an attribute value or element content (&, ", <, >). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function embedCode(input: EmbedCodeInput): string {
  const title = escapeAttribute(input.title);
  const base = escapeAttribute(input.appBase);
  const paragraph = (text: string | undefined, tag = 'p') => (text ? `<${tag}>${escapeAttribute(text)}</${tag}>` : '');
  const fallback = [
    paragraph(input.hed, 'strong'),
    paragraph(input.dek),
    `<a href="${escapeAttribute(input.fullUrl)}"><img src="${base}preview.svg" alt="${title}" width="600"></a>`,
    paragraph(input.note),
    paragraph(input.credit, 'small'),
  ].join('');
  const steps = input.scrollSteps ?? [];
  const iframe = (style: string) =>
    `<iframe src="${escapeAttribute(input.embedUrl)}" title="${title}" style="${style}" width="100%" height="${Math.round(input.height)}" loading="lazy" data-chengyu-embed></iframe>`;
  // embed.js sends step N to the map when the block data-chengyu-step="N" crosses the middle of the screen.
  const frame =
    steps.length === 0
      ? [iframe('border:0')]
      : [
          // flow-root: the last block's bottom margin stays inside, so the map stays stuck while it is read.
          '<div style="position:relative;display:flow-root">',
          iframe(STICKY_STYLE),
          ...steps.map((text, index) => `<div data-chengyu-step="${index + 1}" style="${STEP_STYLE}"><p style="margin:0">${escapeAttribute(text)}</p></div>`),
          '</div>',
        ];
  return [...frame, `<script src="${base}embed.js" async></script>`, `<noscript>${fallback}</noscript>`].join('\n');
}

/** The app base of a page address: everything up to the last "/" of the path, no query or hash. */
export function appBaseOf(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/[^/]*$/, '');
  return url.href;
}
