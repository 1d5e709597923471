import { describe, expect, it } from 'vitest';
import { renderExportSvg } from '../../src/export/render-svg.ts';
import type { ExportSeat } from '../../src/export/export-input.ts';
import { boundaries, sampleInput } from '../fixtures/export/sample-input.ts';

const seat = (adcode: string, name_zh: string, name_en: string, lon: number, lat: number, priority: number): ExportSeat => ({ adcode, name_zh, name_en, lon, lat, priority });
const chengdu = seat('510100', '成都市', 'Chengdu', 104.07, 30.67, 3e6);
const chongqing = seat('500103', '渝中区', 'Yuzhong', 106.57, 29.55, 3e6);

const labelled = (svg: string) => [...svg.matchAll(/<g class="seat-label" data-adcode="(\d+)">/g)].map((m) => m[1]);
const exportWith = (seats: ExportSeat[], lang: 'zh' | 'en' = 'zh') => renderExportSvg(sampleInput({ lang, boundaries: { ...boundaries, seats } }));

describe('seat labels in the export', () => {
  it('names the seats in the export language', () => {
    const zh = exportWith([chengdu, chongqing]);
    expect(labelled(zh).sort()).toEqual(['500103', '510100']);
    expect(zh).toContain('>成都市</text>');
    expect(exportWith([chengdu], 'en')).toContain('>Chengdu</text>');
  });

  it('moves a less important seat name aside, and drops it only when no place around its seat is free', () => {
    const nearby = seat('510104', '锦江区', 'Jinjiang', 104.08, 30.66, 1e6);
    expect(labelled(exportWith([nearby, chengdu])).sort()).toEqual(['510100', '510104']);
    // six seats on one point: a name beside it on each side at most, the most important kept
    const crowd = [1, 2, 3, 4, 5, 6].map((i) => seat(`51010${i}`, `区${i}`, `District ${i}`, 104.07, 30.67, 1e6 + i));
    const shown = labelled(exportWith(crowd));
    expect(shown).toContain('510106');
    expect(shown.length).toBeLessThan(6);
  });

  it('leaves out seats outside the map frame and escapes names', () => {
    const lhasa = seat('540100', '拉萨市', 'Lhasa', 91.1, 29.65, 2e6);
    const odd = seat('510700', '<绵阳>', 'Mianyang', 104.68, 31.47, 2e6);
    const svg = exportWith([lhasa, odd]);
    expect(labelled(svg)).toEqual(['510700']);
    expect(svg).toContain('>&lt;绵阳&gt;</text>');
  });

  it('draws nothing without seats, so older inputs give the same picture', () => {
    expect(exportWith([])).toBe(renderExportSvg(sampleInput({ lang: 'zh' })));
  });
});

describe('the selected unit in the export', () => {
  it('is outlined as on the map when it is among the drawn boundaries', () => {
    const svg = renderExportSvg(sampleInput({ selectedUnit: '510100' }));
    expect(svg).toMatch(/<path class="selected-unit" data-adcode="510100" d="M/);
  });

  it('is not drawn when its outline is not on the map (a county below the county zoom)', () => {
    expect(renderExportSvg(sampleInput({ selectedUnit: '510104' }))).not.toContain('selected-unit');
  });
});
