// The legend lists exactly the layers the caller passes in (the visible ones), with counts.
import { escapeXml } from './escape.ts';
import { pickLabel, type ExportLang, type LegendItem } from './export-input.ts';
import { LEGEND_METRICS, type PageLayout } from './layout.ts';
import { swatchSvg } from './symbol-svg.ts';
import { fmt } from './svg-format.ts';
import { fitToWidth } from './text-measure.ts';

const HEADING = { zh: '图例', en: 'Legend' };
const APPROXIMATE_NOTE = { zh: '空心/虚线：近似位置', en: 'Hollow/dashed: approximate location' };

/** Rows the legend needs: one per item, plus the note when approximate features are shown. */
export function legendRowCount(items: LegendItem[], hasApproximate: boolean): number {
  return items.length + (hasApproximate ? 1 : 0);
}

export function legendSvg(items: LegendItem[], hasApproximate: boolean, layout: PageLayout, lang: ExportLang): string {
  const { legend: box, unit, bodySize } = layout;
  const columns = layout.legendPlacement === 'below' ? 2 : 1;
  const rowsPerColumn = Math.ceil(legendRowCount(items, hasApproximate) / columns);
  const columnWidth = box.width / columns;
  const swatchWidth = 34 * unit;
  const rowY = (row: number) => box.y + (LEGEND_METRICS.header + (row + 0.5) * LEGEND_METRICS.row) * unit;
  const parts = [
    '<g class="legend">',
    `<text x="${fmt(box.x)}" y="${fmt(box.y + 28 * unit)}" font-size="${fmt(bodySize * 1.15)}" font-weight="700">${escapeXml(pickLabel(lang, HEADING.zh, HEADING.en))}</text>`,
  ];
  items.forEach((item, i) => {
    const x = box.x + Math.floor(i / rowsPerColumn) * columnWidth;
    const y = rowY(i % rowsPerColumn);
    const label = fitToWidth(`${pickLabel(lang, item.label_zh, item.label_en)} (${item.count})`, columnWidth - swatchWidth - 16 * unit, bodySize);
    parts.push(
      `<g class="legend-item" data-key="${escapeXml(item.key)}" data-count="${item.count}">`,
      swatchSvg(item.symbol, x + swatchWidth / 2, y, swatchWidth, unit),
      `<text x="${fmt(x + swatchWidth + 12 * unit)}" y="${fmt(y + bodySize * 0.35)}" font-size="${fmt(bodySize)}">${escapeXml(label)}</text>`,
      '</g>',
    );
  });
  if (hasApproximate) {
    const i = items.length;
    const x = box.x + Math.floor(i / rowsPerColumn) * columnWidth;
    const y = rowY(i % rowsPerColumn);
    parts.push(
      `<text class="legend-note" x="${fmt(x)}" y="${fmt(y + bodySize * 0.35)}" font-size="${fmt(bodySize * 0.85)}" fill="#444444">${escapeXml(fitToWidth(pickLabel(lang, APPROXIMATE_NOTE.zh, APPROXIMATE_NOTE.en), columnWidth, bodySize * 0.85))}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}
