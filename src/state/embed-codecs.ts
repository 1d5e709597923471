// URL parameters of the news embed: embed=1, title=0|1, legend=open|closed, theme=auto|light|dark.
// Defaults are left out of the URL, so a plain permalink stays short.
import { EMBED_THEMES, type EmbedLegendMode, type EmbedTheme } from '../embed/embed-options';
import { defineFieldCodec, type FieldCodec, type UrlIssue } from './url-codec';

export const embedCodec = defineFieldCodec({
  field: 'embed',
  param: 'embed',
  history: 'push',
  expected: { zh: '嵌入模式（1）', en: 'embed mode (1)' },
  parse: (raw): boolean | undefined => (raw === '1' ? true : raw === '0' ? false : undefined),
  serialize: (embed) => (embed ? '1' : null),
});

export const embedTitleCodec = defineFieldCodec({
  field: 'embedTitle',
  param: 'title',
  history: 'push',
  expected: { zh: '标题开关（0 或 1）', en: 'title switch (0 or 1)' },
  parse: (raw): boolean | undefined => (raw === '1' ? true : raw === '0' ? false : undefined),
  serialize: (show) => (show ? null : '0'),
});

export const embedLegendCodec = defineFieldCodec({
  field: 'embedLegend',
  param: 'legend',
  history: 'push',
  expected: { zh: '图例（open 或 closed）', en: 'legend (open or closed)' },
  // 'auto' is the default and has no spelling of its own in the URL.
  parse: (raw): EmbedLegendMode | undefined => (raw === 'open' || raw === 'closed' ? raw : undefined),
  serialize: (mode) => (mode === 'auto' ? null : mode),
});

export const embedThemeCodec = defineFieldCodec({
  field: 'embedTheme',
  param: 'theme',
  history: 'push',
  expected: { zh: '主题（auto、light 或 dark）', en: 'theme (auto, light or dark)' },
  parse: (raw): EmbedTheme | undefined => ((EMBED_THEMES as readonly string[]).includes(raw) ? (raw as EmbedTheme) : undefined),
  serialize: (theme) => (theme === 'auto' ? null : theme),
});

/** Register with coreUrlCodec.with(...embedCodecs). */
export const embedCodecs: readonly FieldCodec[] = [embedCodec, embedTitleCodec, embedLegendCodec, embedThemeCodec];

/** The embed's own options in a link that does not open the embed: named, since they do nothing there. */
export function embedOnlyIssues(search: string, embed: boolean): UrlIssue[] {
  if (embed) return [];
  const options = new Set([embedTitleCodec.param, embedLegendCodec.param, embedThemeCodec.param]);
  const issues: UrlIssue[] = [];
  for (const [param, value] of new URLSearchParams(search)) if (options.has(param)) issues.push({ reason: 'embed-only', param, value });
  return issues;
}
