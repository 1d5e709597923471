// Options of the news embed, carried in the URL like the rest of the state (see state/embed-codecs.ts).
export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** 'auto' (the default, not written in the URL): open on wide frames, closed on phones. */
export const EMBED_LEGEND_MODES = ['auto', 'open', 'closed'] as const;
export type EmbedLegendMode = (typeof EMBED_LEGEND_MODES)[number];

export interface EmbedOptions {
  showTitle: boolean;
  legend: EmbedLegendMode;
  theme: EmbedTheme;
}

/** Below this frame width an 'auto' legend starts closed so the map keeps the room. */
export const NARROW_EMBED_PX = 600;

export function legendStartsOpen(mode: EmbedLegendMode, frameWidth: number): boolean {
  if (mode === 'auto') return frameWidth >= NARROW_EMBED_PX;
  return mode === 'open';
}

/** The embed's fields of AppState at their defaults (spread into defaultState()). */
export const EMBED_DEFAULTS = {
  embed: false,
  embedTitle: true,
  embedLegend: 'auto' as EmbedLegendMode,
  embedTheme: 'auto' as EmbedTheme,
};
