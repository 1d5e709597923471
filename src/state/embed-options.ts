import type { StoryStep } from '../story/story';

// Options of the news embed, carried in the URL like the rest of the state (see state/embed-codecs.ts).
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** 'auto' (the default, not written in the URL): open on wide frames, closed on phones. */
export const EMBED_LEGEND_MODES = ['auto', 'open', 'closed'] as const;
export type EmbedLegendMode = (typeof EMBED_LEGEND_MODES)[number];

/** Below this frame width an 'auto' legend starts closed so the map keeps the room. */
export const NARROW_EMBED_PX = 600;

export function legendStartsOpen(mode: EmbedLegendMode, frameWidth: number): boolean {
  if (mode === 'auto') return frameWidth >= NARROW_EMBED_PX;
  return mode === 'open';
}

/** The newsroom's own words: headline, dek (standfirst), note under the map, credit/byline. */
export const EMBED_TEXT_FIELDS = ['embedHed', 'embedDek', 'embedNote', 'embedCredit'] as const;
export type EmbedTextField = (typeof EMBED_TEXT_FIELDS)[number];

/** Longest text each field takes, in characters (code points): a headline is a line, a dek two or three. */
export const EMBED_TEXT_LIMITS: Readonly<Record<EmbedTextField, number>> = {
  embedHed: 120,
  embedDek: 280,
  embedNote: 400,
  embedCredit: 120,
};

/** The embed's fields of AppState at their defaults (spread into defaultState()).
 * The light theme is the default: an article page is light whatever the reader's system says;
 * 'auto' (follow the system) is an explicit choice. */
export const EMBED_DEFAULTS = {
  embed: false,
  embedTitle: true,
  embedLegend: 'auto' as EmbedLegendMode,
  embedTheme: 'light' as EmbedTheme,
  embedHed: '',
  embedDek: '',
  embedNote: '',
  embedCredit: '',
  /** play=1: the timeline plays once from its year (or 2000) when the embed comes into view */
  embedPlay: false,
  /** a map story: the steps readers move through (src/story/) */
  story: [] as readonly StoryStep[],
};
