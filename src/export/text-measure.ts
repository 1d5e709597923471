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

/** Breaks before a CJK character or after a space; Latin words stay whole unless one alone is too wide. */
function breakUnits(text: string): string[] {
  return text.match(/[\u2e80-\uffff][\u3000-\u303f\uff00-\uffef]*|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [];
}

/**
 * Wraps `text` into lines no wider than `maxWidth` at `fontSize`, never dropping a character: a
 * word wider than a whole line is split between characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
  };
  for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim())) {
    if (estimateWidth((line + unit).trimEnd(), fontSize) <= maxWidth) {
      line += unit;
      continue;
    }
    push();
    if (estimateWidth(unit.trimEnd(), fontSize) <= maxWidth) {
      line = unit.trimStart();
      continue;
    }
    for (const ch of unit) {
      if (estimateWidth(line + ch, fontSize) > maxWidth) push();
      line += ch;
    }
  }
  push();
  return lines;
}

/** The largest size from `preferred` down to `minimum` at which `text` wraps into at most `maxLines`; at the minimum it may take more. */
export function wrapToLines(text: string, maxWidth: number, preferred: number, minimum: number, maxLines: number): { lines: string[]; fontSize: number } {
  for (let size = preferred; size > minimum; size *= 0.92) {
    const lines = wrapText(text, maxWidth, size);
    if (lines.length <= maxLines) return { lines, fontSize: size };
  }
  return { lines: wrapText(text, maxWidth, minimum), fontSize: minimum };
}
