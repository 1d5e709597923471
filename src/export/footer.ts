// Footer lines: sources; then the disclaimer, date and permalink.
import { escapeXml } from './escape.ts';
import { pickLabel, type ExportLang } from './export-input.ts';
import type { PageLayout } from './layout.ts';
import { fmt } from './svg-format.ts';

export const DISCLAIMER = { zh: '边界仅为示意，非官方地图', en: 'Boundaries illustrative, not an official map' };
const SOURCES_LABEL = { zh: '资料来源：', en: 'Sources: ' };

/** Cuts text that would overrun the line; the average glyph is taken as 0.55 em (wide CJK: 1 em). */
export function fitToWidth(text: string, maxWidth: number, fontSize: number): string {
  let width = 0;
  let out = '';
  for (const ch of text) {
    width += (ch.codePointAt(0)! > 0x2e80 ? 1 : 0.55) * fontSize;
    if (width > maxWidth) return `${out.trimEnd()}…`;
    out += ch;
  }
  return out;
}

export function footerSvg(layout: PageLayout, lang: ExportLang, sources: string, date: string, permalink: string): string {
  const maxWidth = layout.width - 2 * layout.margin;
  const size = layout.footerSize;
  const sourcesLine = fitToWidth(`${pickLabel(lang, SOURCES_LABEL.zh, SOURCES_LABEL.en)}${sources}`, maxWidth, size);
  const infoLine = fitToWidth([pickLabel(lang, DISCLAIMER.zh, DISCLAIMER.en), date, permalink].join(' · '), maxWidth, size);
  const [y1, y2] = layout.footerBaselines;
  return [
    `<g class="footer" font-size="${fmt(size)}" fill="#333333">`,
    `<text class="sources" x="${fmt(layout.margin)}" y="${fmt(y1)}">${escapeXml(sourcesLine)}</text>`,
    `<text class="info" x="${fmt(layout.margin)}" y="${fmt(y2)}">${escapeXml(infoLine)}</text>`,
    '</g>',
  ].join('');
}
