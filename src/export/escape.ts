// Every string that reaches the SVG (titles typed by a user, names and sources from data files)
// goes through here: data is never markup.

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// Control characters other than tab/newline/CR are not allowed in XML 1.0 at all.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for use as XML character data or inside a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]!);
}
