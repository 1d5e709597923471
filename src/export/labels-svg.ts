// The placed names as SVG: seat dots and names, project names with a white halo (bold for the
// selected one), leader lines to labels set away from their symbol, and numbered markers for the
// projects named only in the key. Each group carries its box (data-box) so a reader's tools and the
// tests can check that none overlap and all stay on the page.
import { escapeXml } from './escape.ts';
import type { ExportLabel } from './export-labels.ts';
import { fmt } from './svg-format.ts';
import { leaderEnd } from '../cartography/project-labels.ts';

const box = (l: ExportLabel) => `${fmt(l.x - l.width / 2)} ${fmt(l.y - l.height / 2)} ${fmt(l.width)} ${fmt(l.height)}`;


/** The text block: each line from the edge its alignment names (the side facing its symbol). */
function textLines(l: ExportLabel, unit: number): string {
  const top = l.y - l.height / 2;
  const x = l.align === 'start' ? l.x - l.width / 2 : l.align === 'end' ? l.x + l.width / 2 : l.x;
  const spans = l.lines.map((line, i) => `<tspan x="${fmt(x)}" y="${fmt(top + l.fontSize * (0.95 + 1.2 * i))}">${escapeXml(line)}</tspan>`).join('');
  const weight = l.bold ? ' font-weight="700"' : '';
  const anchorAttr = l.align === 'middle' ? ' text-anchor="middle"' : l.align === 'end' ? ' text-anchor="end"' : '';
  return `<text font-size="${fmt(l.fontSize)}"${weight}${anchorAttr} stroke="#ffffff" stroke-width="${fmt(3 * unit)}" paint-order="stroke">${spans}</text>`;
}

function labelSvg(l: ExportLabel, unit: number): string {
  const leader = l.leaderTo
    ? (() => {
        const [ex, ey] = leaderEnd({ x: l.x - l.width / 2, y: l.y - l.height / 2, width: l.width, height: l.height }, l.leaderTo);
        return `<path class="leader" d="M${fmt(l.leaderTo[0])},${fmt(l.leaderTo[1])}L${fmt(ex)},${fmt(ey)}" fill="none" stroke="#555555" stroke-width="${fmt(1.2 * unit)}"/>`;
      })()
    : '';
  switch (l.kind) {
    case 'seat':
      return (
        `<g class="seat-label" data-adcode="${escapeXml(l.key)}" data-box="${box(l)}">` +
        `<circle cx="${fmt(l.dot![0])}" cy="${fmt(l.dot![1])}" r="${fmt(3 * unit)}" fill="#1a1a1a" stroke="#ffffff" stroke-width="${fmt(unit)}"/>` +
        textLines(l, unit) +
        '</g>'
      );
    case 'project':
      return `<g class="project-label" data-id="${escapeXml(l.key)}" data-box="${box(l)}">${leader}${textLines(l, unit)}</g>`;
    case 'number':
      return (
        `<g class="key-number" data-id="${escapeXml(l.key)}" data-box="${box(l)}">${leader}` +
        `<rect x="${fmt(l.x - l.width / 2)}" y="${fmt(l.y - l.height / 2)}" width="${fmt(l.width)}" height="${fmt(l.height)}" fill="#ffffff" stroke="#1a1a1a" stroke-width="${fmt(unit)}"/>` +
        `<text x="${fmt(l.x)}" y="${fmt(l.y + l.fontSize * 0.35)}" font-size="${fmt(l.fontSize)}" font-weight="700" text-anchor="middle">${escapeXml(l.lines[0] ?? '')}</text>` +
        '</g>'
      );
  }
}

export function labelsSvg(labels: readonly ExportLabel[], unit: number): string {
  if (labels.length === 0) return '';
  // seats under projects under numbers, so the more specific mark is on top
  const order = { seat: 0, project: 1, number: 2 } as const;
  const body = [...labels].sort((a, b) => order[a.kind] - order[b.kind]).map((l) => labelSvg(l, unit)).join('');
  return `<g class="labels">${body}</g>`;
}
