// The placed names as SVG: leader lines from labels set away from their symbol (under all the names,
// over the map, with the names' white halo), seat dots and names, project names with a white halo
// (bold for the selected one), and numbered markers for the projects named only in the key. Each
// group carries its box (data-box) so a reader's tools and the tests can check that none overlap and
// all stay on the page; a leader names its label (data-label) and carries that label's box.
import { escapeXml } from './escape.ts';
import type { ExportLabel } from './export-labels.ts';
import { fmt } from './svg-format.ts';

/** The leader's width and its halo's, in page units: a hairline, with the names' halo around it. */
const LEADER_WIDTH = 0.8;
const LEADER_HALO = 3;

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

/**
 * A label's leader, box edge to symbol edge: a thin dark line over a white halo as wide as the
 * names' halo, so it reads on any fill of the map.
 */
function leaderSvg(l: ExportLabel, unit: number): string {
  if (!l.leader) return '';
  const { from, to } = l.leader;
  const d = `M${fmt(from[0])},${fmt(from[1])}L${fmt(to[0])},${fmt(to[1])}`;
  return (
    `<g class="leader" data-label="${escapeXml(l.id)}" data-box="${box(l)}">` +
    `<path class="leader-halo" d="${d}" fill="none" stroke="#ffffff" stroke-width="${fmt(LEADER_HALO * unit)}" stroke-linecap="round"/>` +
    `<path class="leader-line" d="${d}" fill="none" stroke="#333333" stroke-width="${fmt(LEADER_WIDTH * unit)}"/>` +
    '</g>'
  );
}

function labelSvg(l: ExportLabel, unit: number): string {
  switch (l.kind) {
    case 'seat':
      return (
        `<g class="seat-label" data-adcode="${escapeXml(l.key)}" data-box="${box(l)}">` +
        `<circle cx="${fmt(l.dot![0])}" cy="${fmt(l.dot![1])}" r="${fmt(3 * unit)}" fill="#1a1a1a" stroke="#ffffff" stroke-width="${fmt(unit)}"/>` +
        textLines(l, unit) +
        '</g>'
      );
    case 'project':
      return `<g class="project-label" data-id="${escapeXml(l.key)}" data-box="${box(l)}">${textLines(l, unit)}</g>`;
    case 'number':
      return (
        `<g class="key-number" data-id="${escapeXml(l.key)}" data-box="${box(l)}">` +
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
  const leaders = labels.map((l) => leaderSvg(l, unit)).join('');
  return `<g class="labels">${leaders ? `<g class="leaders">${leaders}</g>` : ''}${body}</g>`;
}
