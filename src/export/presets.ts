// Output sizes for the briefing export. Screen presets are fixed pixel sizes at the CSS 96 dpi;
// paper presets are A4 or A3 at a chosen print resolution, so their pixel size follows from the dpi.

export const PRESET_NAMES = ['slide-16x9', 'a4-landscape', 'a4-portrait', 'a3-landscape', 'a3-portrait', 'square', 'social'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** A link preview (social card): the 1.91:1 image Facebook, LinkedIn, X and WeChat show for a shared link. */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

export const PAPER_DPIS = [150, 300] as const;
export const SCREEN_DPI = 96;
const MM_PER_INCH = 25.4;
const A4_LONG_MM = 297;
const A4_SHORT_MM = 210;
const A3_LONG_MM = 420;
const A3_SHORT_MM = 297;

export interface ExportSize {
  preset: PresetName;
  widthPx: number;
  heightPx: number;
  dpi: number;
  /** physical size for paper presets; null for screen presets */
  widthMm: number | null;
  heightMm: number | null;
}

function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

function screen(preset: PresetName, widthPx: number, heightPx: number, dpi: number | undefined): ExportSize {
  if (dpi !== undefined && dpi !== SCREEN_DPI) {
    throw new Error(`Preset "${preset}" is a screen size at ${SCREEN_DPI} dpi; got dpi ${dpi}. Valid dpi: ${SCREEN_DPI}.`);
  }
  return { preset, widthPx, heightPx, dpi: SCREEN_DPI, widthMm: null, heightMm: null };
}

function paper(preset: PresetName, widthMm: number, heightMm: number, dpi: number | undefined): ExportSize {
  const chosen = dpi ?? PAPER_DPIS[PAPER_DPIS.length - 1]!;
  if (!(PAPER_DPIS as readonly number[]).includes(chosen)) {
    throw new Error(`Preset "${preset}" supports dpi ${PAPER_DPIS.join(' or ')}; got ${dpi}.`);
  }
  return {
    preset,
    widthPx: mmToPx(widthMm, chosen),
    heightPx: mmToPx(heightMm, chosen),
    dpi: chosen,
    widthMm,
    heightMm,
  };
}

/**
 * Pixel and physical size of a preset. `dpi` may be omitted (screen: 96, paper: 300).
 * Throws an error naming the valid presets or dpi values when either is unknown.
 */
export function resolvePreset(name: string, dpi?: number): ExportSize {
  if (!isPresetName(name)) {
    throw new Error(`Unknown export preset "${name}". Valid presets: ${PRESET_NAMES.join(', ')}.`);
  }
  switch (name) {
    case 'slide-16x9':
      return screen(name, 1920, 1080, dpi);
    case 'square':
      return screen(name, 1080, 1080, dpi);
    case 'social':
      // the size social networks crop link previews to (og:image, twitter summary_large_image)
      return screen(name, SOCIAL_CARD.width, SOCIAL_CARD.height, dpi);
    case 'a4-landscape':
      return paper(name, A4_LONG_MM, A4_SHORT_MM, dpi);
    case 'a4-portrait':
      return paper(name, A4_SHORT_MM, A4_LONG_MM, dpi);
    case 'a3-landscape':
      return paper(name, A3_LONG_MM, A3_SHORT_MM, dpi);
    case 'a3-portrait':
      return paper(name, A3_SHORT_MM, A3_LONG_MM, dpi);
  }
}
