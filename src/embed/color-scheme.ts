// The embed's colour scheme: theme=light or dark as asked, theme=auto follows the reader's system
// setting (and its changes). Resolved here once, so the stylesheet has a single dark palette keyed on
// data-embed-scheme instead of one copy for theme=dark and another inside a prefers-color-scheme query.
import type { EmbedTheme } from '../state/embed-options';

export type ColorScheme = 'light' | 'dark';

export function resolveColorScheme(theme: EmbedTheme, systemPrefersDark: boolean): ColorScheme {
  if (theme === 'auto') return systemPrefersDark ? 'dark' : 'light';
  return theme;
}

/** Sets data-embed-scheme on <html> and keeps it in step with the system setting for theme=auto. */
export function applyColorScheme(theme: EmbedTheme, root: HTMLElement = document.documentElement): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => (root.dataset.embedScheme = resolveColorScheme(theme, query.matches));
  apply();
  if (theme !== 'auto') return () => undefined;
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}
