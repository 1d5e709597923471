// The newsroom's words arrive in the URL as plain text: control characters (including line breaks)
// become spaces, runs of white space one space, and the ends are trimmed. Nothing here is HTML:
// the embed shows these strings with textContent only.

/** Length in characters as a reader counts them (code points, so 汉字 and emoji count one each). */
export function textLength(text: string): number {
  return [...text].length;
}

export function cleanEmbedText(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The cleaned text, or undefined when it is longer than `limit` characters. */
export function parseEmbedText(raw: string, limit: number): string | undefined {
  const text = cleanEmbedText(raw);
  return textLength(text) <= limit ? text : undefined;
}
