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

// Where a line may break: before and after each CJK character (Chinese has no spaces; closing
// punctuation and a closing quote stay with the character before it, an opening bracket or quote with
// the one after it: “人口” never breaks after its “), after
// a space, and after a hyphen or a dash inside a Latin word ("Chongqing-Guiyang-Nanning" breaks as
// "Chongqing-" "Guiyang-" …). Never inside a Latin word ("Nan" / "ning"), nor inside a run with a
// slash or a query character (an address, "Hollow/dashed:"), which stays whole.
const BREAK_UNIT = /[\u2018\u201c\u3008\u300a\u300c\u300e\u3010\u3014\u3016\uff08\uff3b\uff5b]*[\u2e80-\uffff](?:(?![\u3008\u300a\u300c\u300e\u3010\u3014\u3016\uff08\uff3b\uff5b])[\u2019\u201d\u3000-\u303f\uff00-\uffef])*|[^\s\u2e80-\uffff]*[/?&=][^\s\u2e80-\uffff]*\s*|[^\s\u2e80-\uffff]+?(?:[-\u2010-\u2014]+|(?=[\s\u2e80-\uffff]|$))\s*|\s+/g;

/** The pieces a line may break between (see BREAK_UNIT). */
function breakUnits(text: string): string[] {
  return text.match(BREAK_UNIT) ?? [];
}

/**
 * Wraps `text` into lines no wider than `maxWidth` at `fontSize`, never dropping a character and
 * never breaking inside a Latin word: a word wider than a whole line gets a line of its own and
 * overruns it (callers measure the lines they get).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const unit of breakUnits(text.replace(/\s+/g, ' ').trim())) {
    if (line === '' || estimateWidth((line + unit).trimEnd(), fontSize) <= maxWidth) {
      line += unit;
      continue;
    }
    lines.push(line.trimEnd());
    line = unit.trimStart();
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
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

const OPENING = '(（[【《「';
const CLOSING = ')）]】》」';
/** Punctuation after which a phrase ends. */
const PHRASE_END = /[，、；：,;:]/;
const CJK = /[\u2e80-\uffff]/;
const HYPHEN = /[-\u2010-\u2014]/;

/** No bracket is left open in `text` (a cut there does not end inside a parenthesis). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (OPENING.includes(ch)) depth++;
    else if (CLOSING.includes(ch)) depth = Math.max(0, depth - 1);
  }
  return depth === 0;
}

/**
 * Wraps `text` into at most `maxLines` lines. A text that needs more is cut where a phrase or word
 * ends and marked with an ellipsis: first before a parenthesis it would leave open, or after a
 * phrase's punctuation or a word (never inside one; in Chinese, which has no spaces, between two
 * characters); inside a parenthesis only when no such place fits. "Xi'an-Chongqing High-Speed Railway (called 渝西高铁 in Chongqing)" in two short
 * lines becomes "Xi'an-Chongqing High-Speed / Railway…", not "…(called 渝西高铁 in".
 */
export function wrapClamped(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const lines = wrapText(text, maxWidth, fontSize);
  if (lines.length <= maxLines || maxLines <= 0) return lines.slice(0, Math.max(0, maxLines));
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  const prefix = (i: number) => chars.slice(0, i).join('').replace(/[\s，、；：,;:\-–—/]+$/u, '');
  const fits = (cut: string) => cut !== '' && wrapText(`${cut}…`, maxWidth, fontSize).length <= maxLines;
  const atWord = (i: number) => chars[i] === ' ' || OPENING.includes(chars[i]!) || PHRASE_END.test(chars[i - 1]!) || HYPHEN.test(chars[i - 1]!);
  const atCharacter = (i: number) => CJK.test(chars[i - 1]!) || CJK.test(chars[i]!);
  // Chinese writes no spaces: there every character ends a word
  const chinese = !clean.includes(' ');
  const atWordHere = (i: number) => atWord(i) || (chinese && atCharacter(i));
  const tiers: ((i: number) => boolean)[] = [(i) => atWordHere(i) && balanced(prefix(i)), atWordHere, atCharacter];
  for (const boundary of tiers) {
    for (let i = chars.length - 1; i > 0; i--) {
      if (!boundary(i)) continue;
      const cut = prefix(i);
      if (fits(cut)) return wrapText(`${cut}…`, maxWidth, fontSize);
    }
  }
  // Not even the first word fits: it stays whole and overruns rather than being cut inside.
  const first = chars.findIndex((_, i) => i > 0 && atWord(i));
  return first > 0 ? [`${prefix(first)}…`] : [clean];
}
