// Footer lines: sources; then the disclaimer, date and permalink.
import { escapeXml } from './escape.ts';
import { pickLabel, type ExportLang } from './export-input.ts';
import type { PageLayout } from './layout.ts';
import { fmt } from './svg-format.ts';
import { fitFontSize, fitToWidth } from './text-measure.ts';

export const DISCLAIMER = { zh: '边界仅为示意，非官方地图', en: 'Boundaries illustrative, not an official map' };
const SOURCES_LABEL = { zh: '资料来源：', en: 'Sources: ' };

export function footerSvg(layout: PageLayout, lang: ExportLang, sources: string, date: string, permalink: string): string {
  const maxWidth = layout.width - 2 * layout.margin;
  const size = layout.footerSize;
  const sourcesLine = fitToWidth(`${pickLabel(lang, SOURCES_LABEL.zh, SOURCES_LABEL.en)}${sources}`, maxWidth, size);
  // The permalink is only useful whole, so the line shrinks before it is cut.
  const info = [pickLabel(lang, DISCLAIMER.zh, DISCLAIMER.en), date, permalink].join(' · ');
  const infoSize = fitFontSize(info, maxWidth, size, size * 0.7);
  const infoLine = fitToWidth(info, maxWidth, infoSize);
  const [y1, y2] = layout.footerBaselines;
  return [
    `<g class="footer" font-size="${fmt(size)}" fill="#333333">`,
    `<text class="sources" x="${fmt(layout.margin)}" y="${fmt(y1)}">${escapeXml(sourcesLine)}</text>`,
    `<text class="info" x="${fmt(layout.margin)}" y="${fmt(y2)}" font-size="${fmt(infoSize)}">${escapeXml(infoLine)}</text>`,
    '</g>',
  ].join('');
}
