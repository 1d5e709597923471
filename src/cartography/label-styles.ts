// The kinds of map label, their type sizes and the order in which they claim space. Shared by the
// map (CSS classes map-label--<style>) and the export (SVG font sizes), so both draw the same names.
import type { Lang } from '../types';

/** `user`: a feature of an imported or published layer */
export type LabelKind = 'seat' | 'project' | 'corridor' | 'area' | 'county' | 'river' | 'user';

/** Type styles: capitals and prefecture seats largest, context names (counties, rivers) smallest. */
export const LABEL_STYLES = {
  capital: { size: 15, weight: 700, italic: false },
  seat: { size: 13, weight: 600, italic: false },
  district: { size: 12, weight: 400, italic: false },
  project: { size: 12, weight: 500, italic: false },
  corridor: { size: 12, weight: 600, italic: true },
  area: { size: 12, weight: 400, italic: true },
  county: { size: 11, weight: 400, italic: false },
  river: { size: 11, weight: 400, italic: true },
} as const;

export type LabelStyleName = keyof typeof LABEL_STYLES;

/** Line height of a label as a multiple of its font size. */
export const LINE_HEIGHT = 1.2;

/** How wide a line of text is in this style, in pixels (the map measures with the browser, the export estimates). */
export type MeasureText = (text: string, style: LabelStyleName) => number;

/**
 * Tiers of priority (larger claims space first). A tier is a band of 1e7 so the rank inside it (a
 * seat's area, a subtype's rank) never reaches the next tier.
 */
export const TIER = {
  selected: 100,
  capital: 90,
  prefectureSeat: 70,
  nationalProject: 60,
  nationalCorridor: 55,
  /** a national zone's name: with the national projects, before every lesser project's name */
  nationalArea: 52,
  districtSeat: 50,
  otherProject: 45,
  otherCorridor: 42,
  area: 40,
  river: 35,
  county: 30,
} as const;

export const tierPriority = (tier: number, rank = 0): number => tier * 1e7 + Math.max(0, Math.min(rank, 9_999_999));

/**
 * Splits a long English name into two lines at the space nearest its middle; Chinese names and short
 * names stay on one line.
 */
export function labelLines(text: string, lang: Lang, maxChars = 24): string[] {
  if (lang !== 'en' || text.length <= maxChars) return [text];
  const middle = text.length / 2;
  let best = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  }
  return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

/** A corridor's name on the map without its bracketed qualifier (成渝高速铁路（成渝客专） → 成渝高速铁路); the full name is in its details. */
export function lineLabelText(name: string): string {
  const short = name.replace(/\s*[（(][^（）()]*[）)]\s*$/u, '').trim();
  return short === '' ? name : short;
}
