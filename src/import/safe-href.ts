// Imported data may carry links. A link is only ever made from an absolute http(s) URL: anything
// else (javascript:, data:, vbscript:, protocol-relative "//host", or a scheme hidden behind
// whitespace, control or invisible characters that browsers silently strip) gives no link at all.

const MAX_URL_LENGTH = 2048;
// C0 controls, space, DEL, C1 controls, zero-width and bidirectional formatting characters, BOM.
const SUSPICIOUS = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/;

/** The URL, normalised, when it is a plain absolute http(s) URL; otherwise null. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '' || text.length > MAX_URL_LENGTH || SUSPICIOUS.test(text)) return null;
  if (!/^https?:\/\/[^/\\]/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // "https://trusted.example@evil.example" shows one host and opens another.
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
