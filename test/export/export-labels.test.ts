import { describe, expect, it } from 'vitest';
import { renderExportPages, renderExportSvg } from '../../src/export/render-svg.ts';
import type { ExportSeat } from '../../src/export/export-input.ts';
import { boundaries, sampleInput } from '../fixtures/export/sample-input.ts';
import { keyRowsOf, labelClashes, leadersOf, namesIn } from './read-labels.ts';
import { layoutExportLabels } from '../../src/export/export-labels.ts';
import { labelsSvg } from '../../src/export/labels-svg.ts';
import { fitProjection } from '../../src/export/map-projection.ts';

const seat = (adcode: string, name_zh: string, name_en: string, lon: number, lat: number, priority: number): ExportSeat => ({ adcode, name_zh, name_en, lon, lat, priority });
const chengdu = seat('510100', '成都市', 'Chengdu', 104.07, 30.67, 3e6);
const chongqing = seat('500103', '渝中区', 'Yuzhong', 106.57, 29.55, 3e6);

const labelled = (svg: string) => [...svg.matchAll(/<g class="seat-label" data-adcode="(\d+)"/g)].map((m) => m[1]).sort();
const exportWith = (seats: ExportSeat[], lang: 'zh' | 'en' = 'zh', overrides = {}) => renderExportSvg(sampleInput({ lang, boundaries: { ...boundaries, seats }, ...overrides }));

describe('seat labels in the export', () => {
  it('names the seats in the export language', () => {
    const zh = exportWith([chengdu, chongqing]);
    expect(labelled(zh)).toEqual(['500103', '510100']);
    expect(zh).toContain('>成都市</tspan></text>');
    expect(exportWith([chengdu], 'en')).toContain('>Chengdu</tspan></text>');
  });

  it('gives the more important of two crowded seats its first place (right of its dot) and keeps the other clear of it, as the map does', () => {
    const nearby = seat('510104', '锦江区', 'Jinjiang', 104.08, 30.66, 1e6);
    // no corridor from Chengdu here: the line would send the name to another side (next test)
    const svg = exportWith([nearby, chengdu], 'zh', { features: sampleInput().features.filter((f) => f.geometry.type === 'Point') });
    expect(labelled(svg)).toContain('510100');
    const group = (adcode: string) => svg.match(new RegExp(`<g class="seat-label" data-adcode="${adcode}" data-box="([^"]+)"><circle cx="([\\d.]+)"`));
    const [, box, dotX] = group('510100')!;
    const [x] = box!.split(' ').map(Number);
    expect(x!).toBeGreaterThan(Number(dotX));
    const other = group('510104');
    if (other) {
      const [a, b] = [box!, other[1]!].map((s) => s.split(' ').map(Number)) as [number[], number[]];
      expect(a[0]! < b[0]! + b[2]! && b[0]! < a[0]! + a[2]! && a[1]! < b[1]! + b[3]! && b[1]! < a[1]! + a[3]!).toBe(false);
    }
  });

  it('keeps names off the corridor lines where another place is free: Chengdu\'s name clear of the railway leaving it', () => {
    const segmentsOf = (svg: string, id: string) => {
      const d = svg.match(new RegExp(`<path class="feature line" data-id="${id}" d="([^"]+)"`))![1]!;
      const points = [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      return points.slice(1).map((b, i) => [points[i]!, b] as const);
    };
    const crosses = (box: number[], segments: ReturnType<typeof segmentsOf>) =>
      segments.some(([a, b]) => {
        const steps = Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]));
        return Array.from({ length: steps + 1 }, (_, k) => [a[0] + ((b[0] - a[0]) * k) / steps, a[1] + ((b[1] - a[1]) * k) / steps]).some(
          ([x, y]) => x! > box[0]! && x! < box[0]! + box[2]! && y! > box[1]! && y! < box[1]! + box[3]!,
        );
      });
    for (const lang of ['zh', 'en'] as const) {
      const svg = exportWith([chengdu, chongqing], lang);
      const lines = [...svg.matchAll(/<path class="feature line" data-id="([^"]+)"/g)].flatMap((m) => segmentsOf(svg, m[1]!));
      const box = (adcode: string) => svg.match(new RegExp(`<g class="seat-label" data-adcode="${adcode}" data-box="([^"]+)"`))![1]!.split(' ').map(Number);
      expect(crosses(box('510100'), lines), lang).toBe(false);
      expect(crosses(box('500103'), lines), lang).toBe(false);
    }
  });

  it('gives a corridor\'s long name whole beside its line, wrapped at spaces and hyphens, never cut with an ellipsis', () => {
    // lsc-chengdu-luzhou-baise's names (data/facts/features.csv), on the sample's railway line
    const [zh, en] = ['西部陆海新通道（成都—泸州（宜宾）—百色—北部湾）', 'New Western Land-Sea Corridor: Chengdu-Luzhou (Yibin)-Baise-Beibu Gulf'];
    const features = sampleInput().features.map((f) => (f.id === 'hsr-chengdu-chongqing' ? { ...f, properties: { ...f.properties, name_zh: zh, name_en: en } } : f));
    for (const lang of ['en', 'zh', 'both'] as const) {
      const svg = renderExportSvg(sampleInput({ features, lang, preset: 'a4-landscape', dpi: 300 }));
      const group = svg.match(/<g class="project-label" data-id="hsr-chengdu-chongqing"[^>]*>(.*?)<\/g>/)?.[1];
      expect(group, lang).toBeDefined();
      const lines = [...group!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
      const expected = lang === 'en' ? en : lang === 'zh' ? zh : `${zh}${en}`;
      expect(lines.join('').replace(/\s/g, ''), lang).toBe(expected.replace(/\s/g, ''));
      expect(lines.join(' '), lang).not.toContain('…');
      // English breaks only at a space or after a hyphen
      for (const line of lines.filter((l) => /^[ -~]+$/.test(l)).slice(0, -1)) expect(en, line).toMatch(new RegExp(`${line.replace(/[().]/g, '\\$&')}(?: |$)|${line.replace(/[().]/g, '\\$&')}(?<=-)`));
    }
  });

  it('leaves out seats outside the map frame and escapes names', () => {
    const lhasa = seat('540100', '拉萨市', 'Lhasa', 91.1, 29.65, 2e6);
    const odd = seat('511100', '<乐山>', 'Leshan', 103.76, 29.55, 2e6);
    const svg = exportWith([lhasa, odd]);
    expect(labelled(svg)).toEqual(['511100']);
    expect(svg).toContain('>&lt;乐山&gt;</tspan></text>');
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

/**
 * The numbered key, number → name, read from the legend's rows or, when the key runs on under the
 * map as a paragraph ("编号所指项目：1 名称；2 名称…" / "Numbered projects: 1 Name; 2 Name…"), from that.
 */
/** The key's rows: number → the ids of the projects it stands for, the numbered one first. */
const keyMembers = (svg: string): Map<number, string[]> => new Map(keyRowsOf(svg).map((row) => [row.number, row.ids] as const));

function keyEntries(svg: string): Map<number, string> {
  const spans = (group: string) => [...group.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  const rows = [...svg.matchAll(/<g class="key-row" data-number="(\d+)" data-ids="[^"]*">(.*?)<\/g>/g)].map((m) => [Number(m[1]), spans(m[2]!).join(' ')] as const);
  const paragraph = svg.match(/<text class="key-paragraph"[^>]*>(.*?)<\/text>/);
  if (!paragraph) return new Map(rows);
  // lines broke after a space between two Latin words, else (at a Chinese character, after a hyphen) within the text
  const cjk = /[\u2e80-\uffff]/;
  const text = spans(paragraph[1]!)
    .reduce((all, line) => (all === '' ? line : cjk.test(all.at(-1)!) || cjk.test(line[0]!) || /[-–—]$/.test(all) ? all + line : `${all} ${line}`), '')
    .replace(/^[^：:]*[：:]\s*/, '');
  return new Map(text.split(/；|; /).map((entry) => { const m = entry.match(/^(\d+) ?(.*)$/)!; return [Number(m[1]), m[2]!] as const; }));
}

describe('project labels, leaders and the numbered key', () => {
  type Box = [number, number, number, number];
  const boxes = (svg: string, cls: string): Box[] => [...svg.matchAll(new RegExp(`<g class="${cls}"[^>]*data-box="([^"]+)"`, 'g'))].map((m) => m[1]!.split(' ').map(Number) as Box);
  const allBoxes = (svg: string) => [...boxes(svg, 'seat-label'), ...boxes(svg, 'project-label'), ...boxes(svg, 'key-number')];
  const frameOf = (svg: string) => svg.match(/<clipPath id="export-map-frame"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/)!.slice(1).map(Number) as Box;
  const overlap = (a: Box, b: Box) => a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  const base = sampleInput();
  const park = base.features[5]!;
  // 30 parks around Chengdu, five of them stacked on one spot: more than fit beside their symbols
  const crowd = Array.from({ length: 30 }, (_, i) => ({
    ...park,
    id: `park-${i}`,
    properties: { ...park.properties, id: `park-${i}`, name_zh: `成都第${i}产业园`, name_en: `Chengdu park ${i}`, level: 'provincial' as const },
    geometry: { type: 'Point' as const, coordinates: i < 5 ? [104.06, 30.66] : [103.9 + (i % 6) * 0.06, 30.5 + Math.floor(i / 6) * 0.05] },
  }));
  const crowded = (overrides = {}) => renderExportSvg(sampleInput({ features: [...base.features, ...crowd], boundaries: { ...boundaries, seats: [chengdu, chongqing] }, lang: 'zh', ...overrides }));

  it.each([['slide-16x9', undefined], ['a4-landscape', 150], ['a4-portrait', 300], ['square', undefined], ['social', undefined]])('%s: no two label boxes overlap and every one stays inside the map frame', (preset, dpi) => {
    const svg = crowded({ preset, ...(dpi ? { dpi } : {}) });
    const all = allBoxes(svg);
    const [fx, fy, fw, fh] = frameOf(svg);
    // names keep clear of each symbol's whole drawn shape and of leader lines: ten or more on the crowded page
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const [i, a] of all.entries()) {
      expect(a[0]).toBeGreaterThanOrEqual(fx);
      expect(a[1]).toBeGreaterThanOrEqual(fy);
      expect(a[0] + a[2]).toBeLessThanOrEqual(fx + fw + 0.1);
      expect(a[1] + a[3]).toBeLessThanOrEqual(fy + fh + 0.1);
      for (const b of all.slice(i + 1)) expect(overlap(a, b), `${a} overlaps ${b}`).toBe(false);
    }
  });

  it('names the shown projects in the export language, the selected one in bold', () => {
    const svg = renderExportSvg(sampleInput({ lang: 'en', selectedId: 'mianyang-hitech' }));
    expect(svg).toMatch(/<g class="project-label" data-id="mianyang-hitech"[^>]*><text [^>]*font-weight="700"[^>]*><tspan[^>]*>Mianyang Hi-tech Zone<\/tspan>/);
    expect(svg).toMatch(/<g class="project-label" data-id="liangjiang-new-area"[^>]*><text [^>]*>(<tspan[^>]*>[^<]*<\/tspan>)+<\/text>/);
    expect(svg).not.toContain('成渝高速铁路');
  });

  it('numbers the projects it cannot name beside their symbol, and the key lists each number with its name and those of the neighbours sharing it', () => {
    const svg = crowded({ preset: 'a4-landscape', dpi: 150 });
    const numbers = [...svg.matchAll(/<g class="key-number" data-id="([^"]+)"[^>]*>.*?<text [^>]*font-size="([\d.]+)"[^>]*>(\d+)<\/text><\/g>/g)].map((m) => ({ id: m[1]!, size: Number(m[2]), n: Number(m[3]) }));
    expect(numbers.length).toBeGreaterThan(0);
    const keyText = keyEntries(svg);
    const members = keyMembers(svg);
    expect([...keyText.keys()].sort((a, b) => a - b)).toEqual(numbers.map(({ n }) => n).sort((a, b) => a - b));
    const nameOf = (id: string) => crowd.find((f) => f.id === id)?.properties.name_zh ?? base.features.find((f) => f.id === id)!.properties.name_zh;
    const symbols = symbolsOf(svg);
    const at = (id: string) => symbols.find((s) => s.id === id)!;
    for (const { id, n, size } of numbers) {
      const ids = members.get(n)!;
      // the row lists the numbered project first, then each neighbour sharing its number, by name
      expect(ids[0]).toBe(id);
      expect(namesIn(keyText.get(n)!)).toEqual(ids.map((member) => nameOf(member).replace(/\s/g, '')));
      expect(ids.length).toBeLessThanOrEqual(10);
      // a neighbour shares a number only when its symbol is close to the numbered one's: four label
      // sizes, or eight where the only other choice was a leader crossing other labels
      for (const other of ids.slice(1)) expect(Math.hypot(at(other).x - at(id).x, at(other).y - at(id).y), other).toBeLessThanOrEqual((8 * size) / 0.9 + 0.5);
    }
    // crowded parks share numbers: fewer numbers than numbered projects
    expect([...members.values()].flat().length).toBeGreaterThan(numbers.length);
    // a project is named on the map or listed in the key, never both, never twice
    const named = new Set([...svg.matchAll(/<g class="project-label" data-id="([^"]+)"/g)].map((m) => m[1]));
    const listed = [...members.values()].flat();
    expect(new Set(listed).size).toBe(listed.length);
    for (const id of listed) expect(named.has(id)).toBe(false);
  });

  it('gives each of the five parks stacked on one spot a name (with a leader where needed) or a place in the key', () => {
    const svg = crowded({ preset: 'a4-landscape', dpi: 300 });
    const named = [...svg.matchAll(/<g class="project-label" data-id="(park-[0-4])"/g)].map((m) => m[1]!);
    const listed = [...keyMembers(svg).values()].flat().filter((id) => /^park-[0-4]$/.test(id));
    expect(new Set([...named, ...listed]).size).toBe(5);
    expect(leadersOf(svg).length).toBeGreaterThan(0);
  });

  it('cuts a long name on its label where a phrase ends, with an ellipsis, and gives it whole in the key', () => {
    // the longest names in data/facts/features.csv
    const names = [
      ['西渝高速铁路（渝西高铁）', "Xi'an-Chongqing High-Speed Railway (called 渝西高铁 in Chongqing)"],
      ['城宣万革命老区振兴发展示范区', 'Chengkou-Xuanhan-Wanyuan Old Revolutionary Base Revitalisation Demonstration Zone'],
      ['成资渝高速公路（天府机场—潼南川渝界段）', 'Chengdu-Ziyang-Chongqing Expressway (Tianfu Airport-Tongnan border section)'],
      ['中国（四川）自由贸易试验区成都青白江铁路港片区', 'Sichuan Pilot FTZ - Chengdu Qingbaijiang Railway Port section'],
    ] as const;
    const long = crowd.map((f, i) => ({ ...f, properties: { ...f.properties, name_zh: names[i % 4]![0], name_en: names[i % 4]![1] } }));
    // the PDF's pages, whose key lists every number
    const svg = renderExportPages(sampleInput({ features: long, boundaries: { ...boundaries, seats: [] }, lang: 'both', preset: 'a4-landscape', dpi: 150 }), { continueKey: true }).join('\n');
    const spans = (group: string) => [...group.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    const whole = new Set(names.map(([zh, en]) => `${zh}${en}`.replace(/\s/g, '')));
    const labels = [...svg.matchAll(/<g class="project-label" data-id="[^"]+"[^>]*>(.*?)<\/g>/g)].map((m) => spans(m[1]!));
    expect(labels.length).toBeGreaterThan(3);
    for (const lines of labels) {
      expect(lines.length).toBeLessThanOrEqual(4);
      const text = lines.join(' ');
      if (whole.has(text.replace(/\s/g, ''))) continue;
      // cut: with an ellipsis, no parenthesis left open, not after a dangling "in"
      expect(text).toMatch(/…$/);
      expect(text.split('(').length).toBe(text.split(')').length);
      expect(text.split('（').length).toBe(text.split('）').length);
      expect(text).not.toMatch(/ in…$/);
    }
    expect(labels.some((lines) => lines.join(' ').endsWith('…'))).toBe(true);
    const keyNames = [...keyEntries(svg).values()].flatMap(namesIn).map((text) => text.replace(/\s/g, ''));
    expect(keyNames.length).toBeGreaterThan(0);
    for (const name of keyNames) expect(whole.has(name), name).toBe(true);
  });

  // The drawn point symbols, read from the SVG: each one's centre (its translate) and how far its
  // outline reaches (the largest coordinate in its path, half its stroke added).
  const symbolsOf = (svg: string) =>
    [...svg.matchAll(/<path transform="translate\(([\d.-]+),([\d.-]+)\)" d="([^"]+)"[^>]*stroke-width="([\d.]+)" class="feature point" data-id="([^"]+)"/g)].map((m) => {
      const reach = Math.max(...m[3]!.match(/-?[\d.]+/g)!.map((n) => Math.abs(Number(n)))) + Number(m[4]) / 2;
      return { id: m[5]!, x: Number(m[1]), y: Number(m[2]), reach };
    });

  it.each([['a4-landscape', 150, 'zh'], ['a4-portrait', 300, 'en'], ['slide-16x9', undefined, 'both']] as const)('%s %s: no name or number covers a point symbol, and every leader line runs from its own symbol to its label', (preset, dpi, lang) => {
    const svg = crowded({ preset, lang, ...(dpi ? { dpi } : {}) });
    const symbols = symbolsOf(svg);
    expect(symbols.length).toBe(base.features.filter((f) => f.geometry.type === 'Point').length + crowd.length);
    for (const box of allBoxes(svg)) {
      for (const s of symbols) expect(overlap(box, [s.x - s.reach, s.y - s.reach, 2 * s.reach, 2 * s.reach]), `${box} covers ${s.id}`).toBe(false);
    }
    const leaders = leadersOf(svg).filter((l) => !l.label.startsWith('seat:'));
    expect(leaders.length).toBeGreaterThan(0);
    for (const { label, box, from, to } of leaders) {
      const id = label.replace(/^(project|number):/, '');
      const own = symbols.find((s) => s.id === id);
      // a corridor's number points at the middle of its line, which has no point symbol
      if (!own) {
        expect(base.features.find((f) => f.id === id)?.geometry.type, id).toBe('LineString');
        continue;
      }
      // ends on its own symbol's edge (one decimal in the SVG)
      expect(Math.abs(Math.hypot(to[0] - own.x, to[1] - own.y) - own.reach), id).toBeLessThan(0.5);
      // starts on the edge of its label's box
      const [bx, by, bw, bh] = box;
      const [ex, ey] = from;
      // one decimal in the SVG: each number rounded by 0.05, a sum of two by 0.1
      expect(ex >= bx - 0.15 && ex <= bx + bw + 0.15 && ey >= by - 0.15 && ey <= by + bh + 0.15, `${id} ${box} ${from}`).toBe(true);
      expect(Math.min(Math.abs(ex - bx), Math.abs(ex - bx - bw), Math.abs(ey - by), Math.abs(ey - by - bh)), id).toBeLessThan(0.25);
    }
  });

  it.each(['zh', 'en'] as const)('loses no project (%s): with 90 parks each is named, or numbered with its key entry in the PDF', (lang) => {
    const many = Array.from({ length: 90 }, (_, i) => ({
      ...park,
      id: `many-${i}`,
      properties: { ...park.properties, id: `many-${i}`, name_zh: `成都第${i}产业园`, name_en: `Chengdu park ${i}`, level: 'provincial' as const },
      geometry: { type: 'Point' as const, coordinates: [103.8 + (i % 10) * 0.05, 30.4 + Math.floor(i / 10) * 0.05] },
    }));
    const svg = renderExportPages(sampleInput({ features: [...base.features, ...many], boundaries: { ...boundaries, seats: [chengdu, chongqing] }, lang, preset: 'a4-landscape', dpi: 300 }), { continueKey: true }).join('\n');
    const named = new Set([...svg.matchAll(/<g class="project-label" data-id="([^"]+)"/g)].map((m) => m[1]));
    const numbers = new Map([...svg.matchAll(/<g class="key-number" data-id="([^"]+)"[^>]*>.*?<text [^>]*>(\d+)<\/text><\/g>/g)].map((m) => [m[1]!, Number(m[2])]));
    const key = keyEntries(svg);
    const members = keyMembers(svg);
    expect([...key.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: numbers.size }, (_, i) => i + 1));
    const nameOf = (id: string) => {
      const props = [...base.features, ...many].find((f) => f.id === id)!.properties;
      return lang === 'zh' ? props.name_zh : props.name_en;
    };
    for (const [id, n] of numbers) {
      expect(members.get(n)![0]).toBe(id);
      expect(namesIn(key.get(n)!)).toEqual(members.get(n)!.map((member) => nameOf(member).replace(/\s/g, '')));
    }
    const listed = [...members.values()].flat().length;
    const shown = [...base.features, ...many].filter((f) => f.geometry.type === 'Point').length + 2; // and the two corridors
    expect(named.size + listed).toBe(shown);
    expect(svg).not.toContain('key-unlisted');
    // the numbers read top to bottom, left to right: each numbered point lies no higher than the one before,
    // and on the same row not to its left (which projects get numbers goes by priority; their numbers do not)
    const position = (id: string) => {
      const geometry = [...base.features, ...many].find((f) => f.id === id)!.geometry;
      return geometry.type === 'Point' ? (geometry.coordinates as [number, number]) : null;
    };
    const sequence = [...numbers].sort((a, b) => a[1] - b[1]).flatMap(([id]) => {
      const at = position(id);
      return at ? [at] : [];
    });
    expect(sequence.length).toBeGreaterThan(5);
    sequence.slice(1).forEach(([lon, lat], i) => {
      const [previousLon, previousLat] = sequence[i]!;
      expect(lat < previousLat || (lat === previousLat && lon >= previousLon), `number ${i + 2} after ${i + 1}`).toBe(true);
    });
  });

});

describe('leader lines of names set away from their symbol', () => {
  const frame = { x: 40, y: 60, width: 1000, height: 800 };
  const unit = 2;
  const fontSize = 20;
  const projection = fitProjection([[29, 103], [32, 108]], frame);
  const mianyang = seat('510700', '绵阳市', 'Mianyang', 104.68, 31.47, 2e6);
  const leshan = seat('511100', '乐山市', 'Leshan', 103.76, 29.55, 2e6);
  const layout = (overrides: Partial<Parameters<typeof layoutExportLabels>[0]> = {}) =>
    layoutExportLabels({ features: [], selectedId: null, seats: [mianyang, leshan], lang: 'zh', projection, frame, unit, fontSize, obstacles: [], ...overrides });
  const dotOf = (s: ExportSeat) => projection([s.lon, s.lat])!;
  const boxOf = (l: { x: number; y: number; width: number; height: number }) => ({ x: l.x - l.width / 2, y: l.y - l.height / 2, width: l.width, height: l.height });
  /** the space between a label's box and a point */
  const gap = (l: { x: number; y: number; width: number; height: number }, [px, py]: readonly [number, number]) => {
    const b = boxOf(l);
    return Math.hypot(Math.max(b.x - px, 0, px - b.x - b.width), Math.max(b.y - py, 0, py - b.y - b.height));
  };
  const onEdge = (l: { x: number; y: number; width: number; height: number }, [px, py]: readonly [number, number]) => {
    const b = boxOf(l);
    const inside = px >= b.x - 0.01 && px <= b.x + b.width + 0.01 && py >= b.y - 0.01 && py <= b.y + b.height + 0.01;
    return inside && Math.min(Math.abs(px - b.x), Math.abs(px - b.x - b.width), Math.abs(py - b.y), Math.abs(py - b.y - b.height)) < 0.01;
  };

  it('joins a seat\'s name pushed off its dot to the dot by one leader, box to dot, and gives a name beside its dot none', () => {
    // something in the way of every place beside Mianyang's dot (as furniture or a crowd of names
    // would be), leaving the place one ring farther right, and the way to it, free
    const [mx, my] = dotOf(mianyang);
    const u = unit;
    const blocks = [
      { x: mx - 200, y: my - 200, width: 200 - 2 * u, height: 400 },
      { x: mx - 2 * u, y: my - 200, width: 300, height: 200 - 8 * u },
      { x: mx - 2 * u, y: my + 8 * u, width: 300, height: 200 },
      { x: mx + 6 * u, y: my - 7.5 * u, width: 7.5 * u, height: 5 * u },
      { x: mx + 6 * u, y: my + 2.5 * u, width: 7.5 * u, height: 5 * u },
    ];
    const { labels } = layout({ obstacles: blocks });
    const moved = labels.find((l) => l.id === 'seat:510700')!;
    const beside = labels.find((l) => l.id === 'seat:511100')!;
    // beyond its usual place (3 units clear of its 3-unit dot): more than 9 units from the dot's edge
    expect(gap(moved, [mx, my]) - 3 * unit).toBeGreaterThan(9 * unit);
    expect(moved.leader).toBeDefined();
    // from the nearest point of its box to the edge of the seat's dot (3 units across, as drawn)
    expect(onEdge(moved, moved.leader!.from)).toBe(true);
    expect(Math.hypot(moved.leader!.to[0] - mx, moved.leader!.to[1] - my)).toBeCloseTo(3 * unit, 5);
    expect(Math.hypot(moved.leader!.from[0] - moved.leader!.to[0], moved.leader!.from[1] - moved.leader!.to[1])).toBeCloseTo(gap(moved, [mx, my]) - 3 * unit, 5);
    // Leshan's name is at its usual place beside its dot: no leader
    expect(gap(beside, dotOf(leshan))).toBeLessThanOrEqual((3 + 3) * unit + 0.01);
    expect(beside.leader).toBeUndefined();
    // drawn once, under the names, box to dot
    const svg = labelsSvg(labels, unit);
    const leaders = leadersOf(svg);
    expect(leaders.map((l) => l.label)).toEqual(['seat:510700']);
    expect(svg.indexOf('class="leaders"')).toBeLessThan(svg.indexOf('class="seat-label"'));
    expect(leaders[0]!.from[0]).toBeCloseTo(moved.leader!.from[0], 1);
    expect(leaders[0]!.to[1]).toBeCloseTo(moved.leader!.to[1], 1);
  });

  it('gives a seat\'s name beside a project symbol drawn over its dot no leader: it names that mark', () => {
    const park = sampleInput().features.find((f) => f.id === 'mianyang-hitech')!;
    const onSeat = { ...park, geometry: { type: 'Point' as const, coordinates: [mianyang.lon, mianyang.lat] } };
    const { labels } = layout({ features: [onSeat] });
    const seatLabel = labels.find((l) => l.id === 'seat:510700')!;
    // farther from the dot than a name beside a bare dot, but just clear of the symbol over it
    expect(gap(seatLabel, dotOf(mianyang))).toBeGreaterThan((3 + 3) * unit + 0.01);
    expect(seatLabel.leader).toBeUndefined();
  });

  it('gives every name or number a leader exactly when it sits beyond its usual place, starting on its box and ending on its symbol, crossing no other label', () => {
    const base = sampleInput();
    const park = base.features[5]!;
    const crowd = Array.from({ length: 24 }, (_, i) => ({
      ...park,
      id: `p-${i}`,
      properties: { ...park.properties, id: `p-${i}`, name_zh: `绵阳第${i}园`, name_en: `Park ${i}`, level: 'provincial' as const },
      geometry: { type: 'Point' as const, coordinates: [104.55 + (i % 6) * 0.06, 31.35 + Math.floor(i / 6) * 0.06] },
    }));
    const { labels } = layout({ features: [...base.features, ...crowd] });
    const symbolAt = new Map([...crowd, ...base.features].filter((f) => f.geometry.type === 'Point').map((f) => [f.id, projection(f.geometry.coordinates as [number, number])!]));
    const withLeader = labels.filter((l) => l.leader);
    expect(withLeader.length).toBeGreaterThan(0);
    for (const l of labels) {
      if (l.kind === 'seat') continue;
      const at = symbolAt.get(l.key);
      if (!at) continue;
      const reach = gap(l, at);
      // beside its symbol (the usual clearance: its radius and 3 units) it has none; farther out, one
      if (!l.leader) {
        expect(reach, l.id).toBeLessThan(fontSize * 1.5);
        continue;
      }
      expect(onEdge(l, l.leader.from), l.id).toBe(true);
      const toSymbol = Math.hypot(l.leader.to[0] - at[0], l.leader.to[1] - at[1]);
      expect(toSymbol, l.id).toBeGreaterThan(0);
      expect(toSymbol, l.id).toBeLessThan(12 * unit);
    }
    const svg = labelsSvg(labels, unit);
    expect(labelClashes(svg)).toEqual([]);
  });
});
