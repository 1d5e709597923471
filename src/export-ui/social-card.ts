// The social card: a 1200×630 PNG of what the embed shows (view, filters, selection, questions),
// headed with the newsroom's own words, for og:image and link previews. The same renderer as the
// Export dialog, so the card and the briefing PNG of one state are the same map.
import type { ExportLang } from '../export/export-input';
import { defaultSubtitle, defaultTitle, type ShownSummary } from './default-texts';
import type { ExportSnapshot, ExportTexts } from './build-input';
import type { ExportOptions } from './export-options';
import { runExport, type ExportFile } from './run-export';

/** The embed's words (hed, dek, note, credit) as the dialog has them: '' for none. */
export interface EmbedWords {
  hed: string;
  dek: string;
  note: string;
  credit: string;
}

export type SocialCardMaker = (words: EmbedWords, signal: AbortSignal) => Promise<ExportFile>;

export function socialCardOptions(lang: ExportLang): ExportOptions {
  return { preset: 'social', dpi: 96, format: 'png', lang };
}

/** The headline heads the card and the dek stands under it; without them the export's default texts (what is shown). */
export function socialCardTexts(words: EmbedWords, lang: ExportLang, summary: ShownSummary, permalink: string): ExportTexts {
  const note = [words.note, words.credit].filter((text) => text !== '').join(' · ');
  return {
    title: words.hed !== '' ? words.hed : defaultTitle(lang, summary),
    subtitle: words.dek !== '' ? words.dek : defaultSubtitle(lang, summary),
    ...(note !== '' ? { note } : {}),
    permalink,
  };
}

export interface SocialCardSource {
  snapshot(options: ExportOptions): ExportSnapshot;
  summary(): ShownSummary;
  ready(): Promise<void>;
}

export async function makeSocialCard(source: SocialCardSource, words: EmbedWords, lang: ExportLang, permalink: string, signal: AbortSignal): Promise<ExportFile> {
  await source.ready();
  const options = socialCardOptions(lang);
  return runExport({
    snapshot: source.snapshot(options),
    options,
    texts: socialCardTexts(words, lang, source.summary(), permalink),
    signal,
    // without the shipped font the card is drawn with the system's fonts: still a card
    onFontMissing: () => undefined,
  });
}
