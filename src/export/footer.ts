// Footer: the sources (in words, each said once), then the disclaimer, the date of the export, the
// day the project facts were last checked and the permalink that was given. Lines wrap; nothing
// is cut except the middle of a very long permalink, which stays whole in the link target.
import { unknownLabel } from '../i18n/domain-labels.ts';
import { bothLanguages } from '../i18n/translate.ts';
import { escapeXml } from './escape.ts';
import { pickLabel, type ExportLang } from './export-input.ts';
import type { PageLayout, PageMetrics } from './layout.ts';
import { fmt } from './svg-format.ts';
import { wrapText } from './text-measure.ts';

export const DISCLAIMER = bothLanguages('export.page.disclaimer');
const SOURCES_LABEL = bothLanguages('export.page.sources');
const MADE = bothLanguages('export.page.made');
const CHECKED = bothLanguages('export.page.checked');
// the domain's word for a value nobody has verified, as the app's details and table say it
const UNKNOWN = { zh: unknownLabel('zh'), en: unknownLabel('en') };
/** Longer permalinks are shown with their middle elided (the SVG and PDF link keeps the whole address). */
export const PERMALINK_MAX_CHARS = 96;

export interface FooterInput {
  lang: ExportLang;
  sources: string;
  date: string;
  /** YYYY-MM-DD, or null/undefined when unknown (shown as unknown, never guessed) */
  checkedOn?: string | null | undefined;
  permalink: string;
}

/** The permalink as printed: without the scheme, its middle elided when very long. */
export function displayPermalink(url: string): string {
  const bare = url.trim().replace(/^https?:\/\//i, '');
  if (bare.length <= PERMALINK_MAX_CHARS) return bare;
  const head = Math.ceil(PERMALINK_MAX_CHARS * 0.7);
  return `${bare.slice(0, head)}…${bare.slice(bare.length - (PERMALINK_MAX_CHARS - head - 1))}`;
}

export interface FooterLines {
  sources: string[];
  info: string[];
  /** the full permalink, for the link target; '' when none was given */
  href: string;
}

export function footerLines(input: FooterInput, metrics: PageMetrics): FooterLines {
  const { lang } = input;
  const label = (text: { zh: string; en: string }) => pickLabel(lang, text.zh, text.en);
  const checked = `${label(CHECKED)} ${input.checkedOn ?? label(UNKNOWN)}`;
  const info = [label(DISCLAIMER), `${label(MADE)} ${input.date}`, checked];
  if (input.permalink.trim() !== '') info.push(displayPermalink(input.permalink));
  const width = metrics.textWidth;
  return {
    sources: wrapText(`${label(SOURCES_LABEL)}${input.sources}`, width, metrics.footerSize),
    info: wrapText(info.join(' · '), width, metrics.footerSize),
    href: /^https?:\/\//i.test(input.permalink.trim()) ? input.permalink.trim() : '',
  };
}

export function footerLineCount(lines: FooterLines): number {
  return lines.sources.length + lines.info.length;
}

export function footerSvg(lines: FooterLines, layout: PageLayout): string {
  const size = layout.footerSize;
  const step = layout.lineHeight(size);
  const x = fmt(layout.margin);
  const tspans = (texts: string[], first: number) => texts.map((t, i) => `<tspan x="${x}" y="${fmt(layout.footerBaseline + (first + i) * step)}">${escapeXml(t)}</tspan>`).join('');
  const info = `<text class="info">${tspans(lines.info, lines.sources.length)}</text>`;
  return [
    `<g class="footer" font-size="${fmt(size)}" fill="#333333">`,
    `<text class="sources">${tspans(lines.sources, 0)}</text>`,
    lines.href ? `<a href="${escapeXml(lines.href)}">${info}</a>` : info,
    '</g>',
  ].join('');
}
