import { describe, expect, it } from 'vitest';
import { renderExportSvg } from '../../src/export/render-svg.ts';
import type { Annotation } from '../../src/annotations/annotation.ts';
import { sampleInput } from '../fixtures/export/sample-input.ts';

type Box = [number, number, number, number];
const boxesOf = (svg: string, cls: string): Box[] => [...svg.matchAll(new RegExp(`<g class="${cls}"[^>]*data-box="([^"]+)"`, 'g'))].map((m) => m[1]!.split(' ').map(Number) as Box);
const overlap = (a: Box, b: Box) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];

const marks: Annotation[] = [
  { kind: 'area', ring: [[104.0, 30.9], [104.6, 30.9], [104.3, 31.3]] },
  { kind: 'circle', centre: [106.55, 29.56], radiusKm: 30 },
  { kind: 'arrow', from: [105.0, 31.0], to: [106.4, 29.8] },
  { kind: 'note', at: [104.07, 30.66], text: '成都东站扩建 <b>&amp; "new"</b>' },
];

describe('annotations on the exported page', () => {
  const svg = renderExportSvg(sampleInput({ preset: 'a4-landscape', dpi: 150, annotations: marks }));
  const mapPart = svg.slice(svg.indexOf('<g class="map"'), svg.indexOf('</g>\n<rect class="map-frame"'));

  it('draws the area, circle, arrow and note inside the map, above the features and below the legend', () => {
    expect(mapPart).toContain('<path class="annotation-area"');
    expect(mapPart).toContain('<circle class="annotation-circle"');
    expect(mapPart).toContain('<g class="annotation-arrow">');
    expect(mapPart).toContain('<g class="annotation-note"');
    expect(svg.indexOf('class="annotations"')).toBeGreaterThan(svg.indexOf('class="features"') >= 0 ? svg.indexOf('class="features"') : svg.indexOf('<g class="map"'));
    expect(svg.indexOf('<g class="annotation-notes">')).toBeLessThan(svg.indexOf('<g class="legend"'));
  });

  it("writes the note's text as escaped text, never as markup", () => {
    const note = mapPart.slice(mapPart.indexOf('<g class="annotation-note"'));
    const text = [...note.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
    expect(text).toBe('成都东站扩建 &lt;b&gt;&amp;amp; &quot;new&quot;&lt;/b&gt;');
    expect(mapPart).not.toContain('<b>');
  });

  it('sizes a 30 km circle true to the scale bar', () => {
    // the scale bar's pixels per km at the centre, from its drawn length and its label
    const [, km, barPx] = svg.match(/<g class="scale-bar" data-km="([\d.]+)" data-px="([\d.]+)"/)!.map(Number) as [number, number, number];
    const r = Number(mapPart.match(/class="annotation-circle" cx="[\d.]+" cy="[\d.]+" r="([\d.]+)"/)![1]);
    // Mercator: the scale at 29.56° N is within a few per cent of the centre's
    expect(r / 30).toBeGreaterThan((barPx / km) * 0.9);
    expect(r / 30).toBeLessThan((barPx / km) * 1.15);
  });

  it('keeps the note inside the frame and no name on top of it', () => {
    const [note] = boxesOf(svg, 'annotation-note');
    expect(note).toBeDefined();
    const labels = [...boxesOf(svg, 'seat-label'), ...boxesOf(svg, 'project-label'), ...boxesOf(svg, 'key-number')];
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(overlap(note!, label)).toBe(false);
  });

  it('moves a note at the frame edge back inside', () => {
    const edge = renderExportSvg(sampleInput({ preset: 'a4-landscape', dpi: 150, bounds: [[28.2, 102.4], [32.6, 109.4]], annotations: [{ kind: 'note', at: [109.3, 32.5], text: 'A note near the corner with some words' }] }));
    const frame = edge.match(/<clipPath id="export-map-frame"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/)!.slice(1).map(Number);
    const [x, y, w, h] = boxesOf(edge, 'annotation-note')[0]!;
    expect(x).toBeGreaterThanOrEqual(frame[0]!);
    expect(y).toBeGreaterThanOrEqual(frame[1]!);
    expect(x + w).toBeLessThanOrEqual(frame[0]! + frame[2]! + 0.01);
    expect(y + h).toBeLessThanOrEqual(frame[1]! + frame[3]! + 0.01);
  });

  it('leaves the page as it was without marks', () => {
    expect(renderExportSvg(sampleInput({ annotations: [] }))).toBe(renderExportSvg(sampleInput()));
  });
});
