// The shipped CJK font, ready to embed in an export SVG. An SVG drawn through <img> (the PNG
// path) cannot load external fonts, so the font travels inside it as a data: URI.
import type { EmbeddedFont } from './export-input.ts';

/** Path of the shipped subset, relative to the app's base URL (public/fonts/). */
export const SHIPPED_FONT_PATH = 'fonts/noto-sans-sc-subset.woff2';
export const SHIPPED_FONT_FAMILY = 'Noto Sans CJK SC';
/** The same subset with TrueType outlines, for the PDF writer's per-document subset (public/fonts/README.md). */
export const PDF_FONT_PATH = 'fonts/noto-sans-sc-subset-tt.woff';

/** Base64 without Buffer, so the same code runs in the browser and under Node. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000; // keeps String.fromCharCode's argument list well under engine limits
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function embeddedFontFromWoff2(bytes: Uint8Array, family = SHIPPED_FONT_FAMILY): EmbeddedFont {
  const signature = String.fromCharCode(...bytes.subarray(0, 4));
  if (signature !== 'wOF2') throw new Error(`expected a WOFF2 font (signature wOF2); got "${signature}"`);
  return { family, woff2Base64: toBase64(bytes) };
}
