// The briefing page of the real data, read back as a reader would look at it: names and numbers
// never cover each other, no leader line runs across another label or leader, nothing leaves the
// page, every project on the map is named or numbered with a key row, and the type is big enough.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderExportDocument, renderExportPages, renderExportSvg } from '../../src/export/render-svg.ts';
import { MIN_MAP_SHARE } from '../../src/export/layout.ts';
import type { ExportInput } from '../../src/export/export-input.ts';
import { realExportInput } from '../fixtures/export/real-input.ts';
import { projectLabelPriority } from '../../src/cartography/project-labels.ts';
import { keyRowsOf, labelClashes, leadersOf, namesIn, type Box } from './read-labels.ts';

let make: (overrides?: Partial<ExportInput>) => ExportInput;
beforeAll(async () => {
  make = await realExportInput();
}, 60_000);

interface Mark {
  cls: string;
  id: string;
  box: Box;
  /** the leader line's length (0: none) */
  leader: number;
  sizes: number[];
}

function marksOf(svg: string): Mark[] {
  const prefix: Record<string, string> = { 'seat-label': 'seat', 'project-label': 'project', 'key-number': 'number' };
  const leaders = new Map(leadersOf(svg).map((l) => [l.label, Math.hypot(l.to[0] - l.from[0], l.to[1] - l.from[1])]));
  return [...svg.matchAll(/<g class="(seat-label|project-label|key-number)" data-(?:id|adcode)="([^"]+)" data-box="([^"]+)">(.*?)<\/g>/g)].map((m) => ({
    cls: m[1]!,
    id: m[2]!,
    box: m[3]!.split(' ').map(Number) as Box,
    leader: leaders.get(`${prefix[m[1]!]}:${m[2]}`) ?? 0,
    sizes: [...m[4]!.matchAll(/<text[^>]*font-size="([\d.]+)"/g)].map((s) => Number(s[1])),
  }));
}

const CASES = [
  ['A4 landscape, Chinese', { preset: 'a4-landscape', dpi: 150, lang: 'zh' }, 7],
  ['A4 landscape, English', { preset: 'a4-landscape', dpi: 150, lang: 'en' }, 7],
  ['16:9 slide, both languages', { preset: 'slide-16x9', lang: 'both' }, 14],
] as const;

describe('the default briefing page of the real data (PDF pages)', () => {
  it.each(CASES)('%s: labels and numbers clear of each other and of every leader, on the page, all projects named or keyed, type at least the minimum', (_, overrides, minPt) => {
    const input = make(overrides);
    const pages = renderExportPages(input, { continueKey: true });
    const svg = pages[0]!;
    const marks = marksOf(svg);
    const [, , pageW, pageH] = svg.match(/viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/)!.slice(1).map(Number) as Box;
    const frame = svg.match(/<clipPath id="export-map-frame"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/)!.slice(1).map(Number) as Box;
    expect(marks.filter((m) => m.cls === 'key-number').length).toBeGreaterThan(0);

    for (const a of marks) {
      // on the page and inside the map frame
      expect(a.box[0], a.id).toBeGreaterThanOrEqual(Math.max(0, frame[0]) - 0.1);
      expect(a.box[1], a.id).toBeGreaterThanOrEqual(Math.max(0, frame[1]) - 0.1);
      expect(a.box[0] + a.box[2], a.id).toBeLessThanOrEqual(Math.min(pageW, frame[0] + frame[2]) + 0.1);
      expect(a.box[1] + a.box[3], a.id).toBeLessThanOrEqual(Math.min(pageH, frame[1] + frame[3]) + 0.1);
    }
    // no two boxes overlap, no leader crosses another label or leader
    expect(labelClashes(svg)).toEqual([]);

    // no leader trails across the map: a number sits beside its symbols, at most a short line away
    for (const m of marks.filter((mark) => mark.cls === 'key-number')) expect(m.leader, m.id).toBeLessThanOrEqual(7 * m.sizes[0]!);

    // every project drawn as a symbol inside the frame is named or numbered, and its number's key row names it
    const inside = ([x, y]: [number, number]) => x >= frame[0] && y >= frame[1] && x <= frame[0] + frame[2] && y <= frame[1] + frame[3];
    const points = [...svg.matchAll(/<path transform="translate\(([\d.-]+),([\d.-]+)\)"[^>]*class="feature point" data-id="([^"]+)"/g)].filter((m) => inside([Number(m[1]), Number(m[2])])).map((m) => m[3]!);
    expect(points.length).toBeGreaterThan(60);
    const named = new Set(marks.filter((m) => m.cls === 'project-label').map((m) => m.id));
    const rows = pages.flatMap((page) => keyRowsOf(page));
    const rowOf = new Map(rows.flatMap((row) => row.ids.map((id) => [id, row] as const)));
    // each key row's number is on the map, beside the first of its projects
    const numbered = new Set(marks.filter((m) => m.cls === 'key-number').map((m) => m.id));
    for (const row of rows) expect(numbered.has(row.ids[0]!), `number ${row.number}`).toBe(true);
    const nameOf = (id: string) => {
      const p = input.features.find((f) => f.id === id)!.properties;
      const text = input.lang === 'zh' ? p.name_zh : input.lang === 'en' ? p.name_en : `${p.name_zh}${p.name_en}`;
      return text.replace(/\s/g, '');
    };
    for (const id of points) {
      expect(named.has(id) || rowOf.has(id), `${id} has neither a name nor a number`).toBe(true);
      if (named.has(id)) continue;
      expect(namesIn(rowOf.get(id)!.text), `key row ${rowOf.get(id)!.number}`).toContain(nameOf(id));
    }
    expect(svg).not.toContain('class="key-unlisted"');

    // type: at least 7 pt on paper (150 dpi), 14 pt on the 1920 px slide (96 px per inch)
    const pxPerPt = (input.preset === 'slide-16x9' ? 96 : 150) / 72;
    for (const m of marks) for (const size of m.sizes) expect(size / pxPerPt, m.id).toBeGreaterThanOrEqual(minPt - 0.01);
  }, 60_000);

  it.each(CASES)('%s: the numbers read top to bottom, left to right, so a reader finds 12 near 11 and 13', (_, overrides) => {
    const input = make(overrides);
    const svg = renderExportPages(input, { continueKey: true })[0]!;
    const numbers = [...svg.matchAll(/<g class="key-number" data-id="([^"]+)"[^>]*>.*?<text [^>]*>(\d+)<\/text><\/g>/g)].map((m) => ({ id: m[1]!, number: Number(m[2]) }));
    // the numbered points' positions in the numbers' order (a line's number stands at a place on it the page chooses)
    const sequence = numbers.sort((a, b) => a.number - b.number).flatMap(({ id }) => {
      const geometry = input.features.find((f) => f.id === id)!.geometry;
      return geometry.type === 'Point' ? [geometry.coordinates as [number, number]] : [];
    });
    expect(sequence.length).toBeGreaterThan(10);
    sequence.slice(1).forEach(([lon, lat], i) => {
      const [previousLon, previousLat] = sequence[i]!;
      expect(lat < previousLat || (lat === previousLat && lon >= previousLon), `the point numbered after the ${i + 1}th`).toBe(true);
    });
  });

  it('names the two capitals\' seats in full on the A4 page', { timeout: 60_000 }, () => {
    for (const lang of ['zh', 'en'] as const) {
      const svg = renderExportPages(make({ preset: 'a4-landscape', dpi: 150, lang }), { continueKey: true })[0]!;
      const seats = new Set(marksOf(svg).filter((m) => m.cls === 'seat-label').map((m) => m.id));
      expect(seats.has('510100'), lang).toBe(true);
      expect(seats.has('500103'), lang).toBe(true);
    }
  });

  it('names Chongqing on the square page too, where its projects crowd over its seat: its leader line may cross their symbols, never a name', { timeout: 60_000 }, () => {
    for (const [lang, subtitle] of [['en', ''], ['en', 'All 104 projects, no filters'], ['zh', '全部 104 个项目，未筛选']] as const) {
      const svg = renderExportSvg(make({ preset: 'square', lang, subtitle }));
      const seats = marksOf(svg).filter((m) => m.cls === 'seat-label');
      expect(seats.map((m) => m.id), `${lang} ${subtitle}`).toEqual(expect.arrayContaining(['510100', '500103']));
      expect(labelClashes(svg), `${lang} ${subtitle}`).toEqual([]);
      // its name is near its seat: the leader at most a few label sizes long
      const chongqing = seats.find((m) => m.id === '500103')!;
      expect(chongqing.leader).toBeLessThan(6 * 18.7);
    }
  });
});

const IMAGES = [
  ['A4 landscape, Chinese', { preset: 'a4-landscape', dpi: 150, lang: 'zh' }],
  ['A4 landscape, English', { preset: 'a4-landscape', dpi: 150, lang: 'en' }],
  ['A4 landscape at 300 dpi, English (as the PNG is drawn)', { preset: 'a4-landscape', dpi: 300, lang: 'en' }],
  ['16:9 slide, both languages', { preset: 'slide-16x9', lang: 'both' }],
] as const;

describe('the default view as one image (SVG, PNG)', () => {
  it.each(IMAGES)('%s: exactly the preset\'s page; every project shown is named, numbered with its key row, or counted in the key\'s closing line, the numbered ones chosen by label priority; the map keeps its share', (_, overrides) => {
    const input = make(overrides);
    const svg = renderExportSvg(input);
    expect(svg).not.toContain('NaN');
    expect(svg).not.toContain('key-continued');
    const [pageW, pageH] = svg.match(/viewBox="0 0 ([\d.]+) ([\d.]+)"/)!.slice(1).map(Number) as [number, number];
    const preset = input.preset === 'slide-16x9' ? [1920, 1080] : input.dpi === 300 ? [3508, 2480] : [1754, 1240];
    expect([pageW, pageH]).toEqual(preset);
    const frame = svg.match(/<clipPath id="export-map-frame"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/)!.slice(1).map(Number) as Box;
    // the map: at least its share of the space between the title and the footer
    const footerFromBottom = pageH - Number(svg.match(/<g class="footer"[^>]*><text class="sources"><tspan x="[\d.]+" y="([\d.]+)"/)![1]);
    const margin = (40 * Math.min(pageW, pageH)) / 1080;
    const content = (pageW - 2 * margin) * (pageH - footerFromBottom - frame[1]);
    expect((frame[2] * frame[3]) / content).toBeGreaterThanOrEqual(MIN_MAP_SHARE);
    // every project drawn on the map (points, lines, areas) is named, in exactly one key row by name, or counted
    const drawn = new Set([...svg.matchAll(/class="feature [a-z]+" data-id="([^"]+)"/g)].map((m) => m[1]!));
    expect(drawn.size).toBeGreaterThan(90);
    const named = new Set(marksOf(svg).filter((m) => m.cls === 'project-label').map((m) => m.id));
    const rows = keyRowsOf(svg);
    const listed = rows.flatMap((row) => row.ids);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.filter((id) => named.has(id))).toEqual([]);
    const unnumbered = [...drawn].filter((id) => !named.has(id) && !listed.includes(id));
    const closing = svg.match(/<text font-size="[\d.]+" class="key-unnumbered" data-count="(\d+)"[^>]*>(.*?)<\/text>/);
    expect(closing, 'the line counting the projects without a number').not.toBeNull();
    expect(Number(closing![1])).toBe(unnumbered.length);
    expect(closing![2]!.replace(/<[^>]+>/g, '')).toContain(String(unnumbered.length));
    expect(unnumbered.length).toBeGreaterThan(0);
    const numbered = new Set(marksOf(svg).filter((m) => m.cls === 'key-number').map((m) => m.id));
    expect(numbered.size).toBe(rows.length);
    for (const row of rows) {
      expect(numbered.has(row.ids[0]!), `number ${row.number}`).toBe(true);
      const names = row.ids.map((id) => {
        const p = input.features.find((f) => f.id === id)!.properties;
        return (input.lang === 'zh' ? p.name_zh : input.lang === 'en' ? p.name_en : p.name_zh === p.name_en ? p.name_zh : `${p.name_zh}${p.name_en}`).replace(/\s/g, '');
      });
      expect(namesIn(row.text), `key row ${row.number}`).toEqual(names);
    }
    // the numbers went by label priority: no project left without one ranks above a numbered one
    const priority = (id: string) => projectLabelPriority(input.features.find((f) => f.id === id)!, false);
    if (rows.length > 0) expect(Math.max(...unnumbered.map(priority))).toBeLessThanOrEqual(Math.min(...rows.map((row) => priority(row.ids[0]!))));
    expect(labelClashes(svg)).toEqual([]);
    // no text outside the page
    for (const m of svg.matchAll(/<tspan x="([\d.-]+)" y="([\d.-]+)"/g)) {
      expect(Number(m[1])).toBeGreaterThanOrEqual(0);
      expect(Number(m[1])).toBeLessThan(pageW);
      expect(Number(m[2])).toBeGreaterThan(0);
      expect(Number(m[2])).toBeLessThanOrEqual(pageH);
    }
  }, 60_000);
});

describe('the map\'s share of the page', () => {
  it('is below the layout\'s minimum only where the legend cannot leave it more: every layer in both languages on a square, not in Chinese alone, nor on an A4 page', () => {
    const share = (overrides: Partial<ExportInput>) => renderExportDocument(make(overrides), { continueKey: false });
    const both = share({ preset: 'square', lang: 'both' });
    expect(both.mapShare).toBeLessThan(MIN_MAP_SHARE);
    // the page the share describes is the image: the same map frame
    const frameOf = (svg: string) => /<rect class="map-frame" [^>]*>/.exec(svg)![0];
    expect(frameOf(both.pages[0]!)).toBe(frameOf(renderExportSvg(make({ preset: 'square', lang: 'both' }))));
    expect(share({ preset: 'square', lang: 'zh' }).mapShare).toBeGreaterThanOrEqual(MIN_MAP_SHARE);
    expect(share({ preset: 'a4-landscape', dpi: 150, lang: 'both' }).mapShare).toBeGreaterThanOrEqual(MIN_MAP_SHARE);
  });
});
