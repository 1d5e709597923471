// URL parameters of the news embed: embed=1, title=0|1, legend=open|closed, theme=auto|light|dark,
// and the newsroom's words hed, dek, note and credit (plain text, each with a length limit).
// Defaults are left out of the URL, so a plain permalink stays short.
import type { StringKey } from '../i18n/strings';
import { bothLanguages, translate } from '../i18n/translate';
import { EMBED_TEXT_LIMITS, EMBED_THEMES, type EmbedLegendMode, type EmbedTextField, type EmbedTheme } from './embed-options';
import { parseEmbedText } from './embed-text';
import { MAX_STORY_STEPS, parseStory, serializeStory, type StoryStep } from '../story/story';
import { defineFieldCodec, type FieldCodec, type UrlIssue } from './url-codec';

export const embedCodec = defineFieldCodec({
  field: 'embed',
  param: 'embed',
  history: 'push',
  expected: bothLanguages('url.expected.embed'),
  parse: (raw): boolean | undefined => (raw === '1' ? true : raw === '0' ? false : undefined),
  serialize: (embed) => (embed ? '1' : null),
});

export const embedTitleCodec = defineFieldCodec({
  field: 'embedTitle',
  param: 'title',
  history: 'push',
  expected: bothLanguages('url.expected.embedTitle'),
  parse: (raw): boolean | undefined => (raw === '1' ? true : raw === '0' ? false : undefined),
  serialize: (show) => (show ? null : '0'),
});

export const embedLegendCodec = defineFieldCodec({
  field: 'embedLegend',
  param: 'legend',
  history: 'push',
  expected: bothLanguages('url.expected.embedLegend'),
  // 'auto' is the default and has no spelling of its own in the URL.
  parse: (raw): EmbedLegendMode | undefined => (raw === 'open' || raw === 'closed' ? raw : undefined),
  serialize: (mode) => (mode === 'auto' ? null : mode),
});

export const embedThemeCodec = defineFieldCodec({
  field: 'embedTheme',
  param: 'theme',
  history: 'push',
  expected: bothLanguages('url.expected.embedTheme'),
  parse: (raw): EmbedTheme | undefined => ((EMBED_THEMES as readonly string[]).includes(raw) ? (raw as EmbedTheme) : undefined),
  // light is the default; auto (follow the reader's system) is written out.
  serialize: (theme) => (theme === 'light' ? null : theme),
});

function textCodec(field: EmbedTextField, param: string, what: StringKey): FieldCodec {
  const limit = EMBED_TEXT_LIMITS[field];
  return defineFieldCodec({
    field,
    param,
    history: 'push',
    expected: {
      zh: translate('zh', 'url.expected.embedText', { what: translate('zh', what), limit }),
      en: translate('en', 'url.expected.embedText', { what: translate('en', what), limit }),
    },
    parse: (raw): string | undefined => parseEmbedText(raw, limit),
    serialize: (text: string) => (text === '' ? null : text),
  });
}

export const embedHedCodec = textCodec('embedHed', 'hed', 'url.expected.embedHed');
export const embedDekCodec = textCodec('embedDek', 'dek', 'url.expected.embedDek');
export const embedNoteCodec = textCodec('embedNote', 'note', 'url.expected.embedNote');
export const embedCreditCodec = textCodec('embedCredit', 'credit', 'url.expected.embedCredit');

export const embedPlayCodec = defineFieldCodec({
  field: 'embedPlay',
  param: 'play',
  history: 'push',
  expected: bothLanguages('url.expected.embedPlay'),
  parse: (raw): boolean | undefined => (raw === '1' ? true : undefined),
  serialize: (play) => (play ? '1' : null),
});

export const storyCodec = defineFieldCodec({
  field: 'story',
  param: 'story',
  history: 'push',
  expected: bothLanguages('url.expected.story', { max: MAX_STORY_STEPS }),
  parse: (raw): readonly StoryStep[] | undefined => parseStory(raw),
  serialize: (steps: readonly StoryStep[]) => serializeStory(steps),
});

/** Register with coreUrlCodec.with(...embedCodecs). */
export const embedCodecs: readonly FieldCodec[] = [
  embedCodec,
  embedTitleCodec,
  embedLegendCodec,
  embedThemeCodec,
  embedHedCodec,
  embedDekCodec,
  embedNoteCodec,
  embedCreditCodec,
  embedPlayCodec,
  storyCodec,
];

/** The embed's own options in a link that does not open the embed: named, since they do nothing there. */
export function embedOnlyIssues(search: string, embed: boolean): UrlIssue[] {
  if (embed) return [];
  const options = new Set([embedTitleCodec, embedLegendCodec, embedThemeCodec, embedHedCodec, embedDekCodec, embedNoteCodec, embedCreditCodec].map((codec) => codec.param));
  const issues: UrlIssue[] = [];
  for (const [param, value] of new URLSearchParams(search)) if (options.has(param)) issues.push({ reason: 'embed-only', param, value });
  return issues;
}
