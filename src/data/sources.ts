// Splits the curator's `source` text into separate references with their first link, so the app
// can show each source as a link without parsing free text in the browser.
import type { SourceRef } from '../types.ts';

const URL_PATTERN = /https?:\/\/[^\s;,()（）"'<>《》]+/;

/** Parts are separated by ";" (the convention in features.csv); empty parts are dropped. */
export function splitSources(text: string): SourceRef[] {
  return text
    .split(/;|；/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = URL_PATTERN.exec(part);
      // a trailing full stop belongs to the sentence, not the address
      const url = match ? match[0].replace(/[.。]+$/, '') : null;
      return { text: part, url };
    });
}
