// Rough text widths without a font engine (the renderer also runs under Node): CJK and
// full-width characters take 1 em, others about 0.55 em, which errs on the wide side for the
// shipped Noto Sans CJK SC so text stays inside the page.

function emWidth(ch: string): number {
  return ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.55;
}

export function estimateWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += emWidth(ch);
  return em * fontSize;
}

/** The font size, at most `preferred` and at least `minimum`, at which `text` fits `maxWidth`. */
export function fitFontSize(text: string, maxWidth: number, preferred: number, minimum: number): number {
  const width = estimateWidth(text, preferred);
  // 0.99 leaves room for rounding, so fitToWidth at the returned size keeps the whole text.
  return width <= maxWidth ? preferred : Math.max(minimum, (0.99 * preferred * maxWidth) / width);
}

/** Cuts text that would overrun `maxWidth` and marks the cut with an ellipsis. */
export function fitToWidth(text: string, maxWidth: number, fontSize: number): string {
  let width = 0;
  let out = '';
  for (const ch of text) {
    width += emWidth(ch) * fontSize;
    if (width > maxWidth) return `${out.trimEnd()}…`;
    out += ch;
  }
  return out;
}
