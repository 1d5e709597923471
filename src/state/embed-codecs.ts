// URL parameters of the news embed: embed=1, title=0|1, legend=open|closed, theme=auto|light|dark,
// and the newsroom's words hed, dek, note and credit (plain text, each with a length limit).
// Defaults are left out of the URL, so a plain permalink stays short.
import { EMBED_TEXT_LIMITS, EMBED_THEMES, type EmbedLegendMode, type EmbedTextField, type EmbedTheme } from './embed-options';
import { parseEmbedText } from './embed-text';
import { MAX_STORY_STEPS, parseStory, serializeStory, type StoryStep } from '../story/story';
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
  expected: { zh: '主题（light、dark 或 auto）', en: 'theme (light, dark or auto)' },
  parse: (raw): EmbedTheme | undefined => ((EMBED_THEMES as readonly string[]).includes(raw) ? (raw as EmbedTheme) : undefined),
  // light is the default; auto (follow the reader's system) is written out.
  serialize: (theme) => (theme === 'light' ? null : theme),
});

function textCodec(field: EmbedTextField, param: string, what: { zh: string; en: string }): FieldCodec {
  const limit = EMBED_TEXT_LIMITS[field];
  return defineFieldCodec({
    field,
    param,
    history: 'push',
    expected: { zh: `${what.zh}（纯文本，最多 ${limit} 个字符）`, en: `${what.en} (plain text, at most ${limit} characters)` },
    parse: (raw): string | undefined => parseEmbedText(raw, limit),
    serialize: (text: string) => (text === '' ? null : text),
  });
}

export const embedHedCodec = textCodec('embedHed', 'hed', { zh: '标题', en: 'headline' });
export const embedDekCodec = textCodec('embedDek', 'dek', { zh: '导语', en: 'dek' });
export const embedNoteCodec = textCodec('embedNote', 'note', { zh: '注释', en: 'note' });
export const embedCreditCodec = textCodec('embedCredit', 'credit', { zh: '署名', en: 'credit' });

export const embedPlayCodec = defineFieldCodec({
  field: 'embedPlay',
  param: 'play',
  history: 'push',
  expected: { zh: '时间轴自动播放（1）', en: 'timeline autoplay (1)' },
  parse: (raw): boolean | undefined => (raw === '1' ? true : undefined),
  serialize: (play) => (play ? '1' : null),
});

export const storyCodec = defineFieldCodec({
  field: 'story',
  param: 'story',
  history: 'push',
  expected: { zh: `地图故事（JSON：[[地址参数, 文字], …]，最多 ${MAX_STORY_STEPS} 步）`, en: `map story (JSON: [[query, text], …], at most ${MAX_STORY_STEPS} steps)` },
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
