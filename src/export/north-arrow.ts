// North arrow. The export uses an unrotated Mercator, so north is straight up.
import { translate } from '../i18n/translate.ts';
import { fmt } from './svg-format.ts';
import type { ExportLang } from './export-input.ts';

export function northArrowSvg(cx: number, top: number, unit: number, lang: ExportLang): string {
  const h = 44 * unit;
  const w = 16 * unit;
  const letter = translate(lang === 'zh' ? 'zh' : 'en', 'export.page.north');
  const base = top + 24 * unit;
  return [
    '<g class="north-arrow">',
    `<text x="${fmt(cx)}" y="${fmt(top + 18 * unit)}" font-size="${fmt(20 * unit)}" font-weight="700" text-anchor="middle">${letter}</text>`,
    `<path d="M${fmt(cx)},${fmt(base)}L${fmt(cx + w)},${fmt(base + h)}L${fmt(cx)},${fmt(base + h * 0.72)}Z" fill="#000000"/>`,
    `<path d="M${fmt(cx)},${fmt(base)}L${fmt(cx - w)},${fmt(base + h)}L${fmt(cx)},${fmt(base + h * 0.72)}Z" fill="#ffffff" stroke="#000000" stroke-width="${fmt(1.2 * unit)}"/>`,
    '</g>',
  ].join('');
}
