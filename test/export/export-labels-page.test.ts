// The briefing page of the real data, read back as a reader would look at it: names and numbers
// never cover each other, no leader line runs across another label or leader, nothing leaves the
// page, every project on the map is named or numbered with a key row, and the type is big enough.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderExportDocument, renderExportPages, renderExportSvg } from '../../src/export/render-svg.ts';
import { defaultSubtitle, defaultTitle } from '../../src/export-ui/default-texts.ts';
import { MIN_MAP_SHARE } from '../../src/export/layout.ts';
import type { ExportInput } from '../../src/export/export-input.ts';
import { realExportInput } from '../fixtures/export/real-input.ts';
import { projectLabelPriority } from '../../src/cartography/project-labels.ts';
import { keyRowsOf, labelClashes, leadersOf, namesIn, type Box } from './read-labels.ts';

// The page as it is drawn with no number at all (while `on`): its map frame is the one the key's rows must leave as it is.
const noNumbers = vi.hoisted(() => ({ on: false }));
vi.mock('../../src/export/export-labels.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/export/export-labels.ts')>();
  return { ...original, layoutExportLabels: (input: Parameters<typeof original.layoutExportLabels>[0]) => original.layoutExportLabels(noNumbers.on ? { ...input, maxKey: 0 } : input) };
});
function withoutNumbers(input: ExportInput): string {
  noNumbers.on = true;
  try {
    return renderExportSvg(input);
  } finally {
    noNumbers.on = false;
  }
}

let make: (overrides?: Partial<ExportInput>) => ExportInput;
/** The default view with the title and subtitle the Export dialog gives it (what is shown, no filters). */
const withDialogTexts = (overrides: Partial<ExportInput> & { lang: ExportInput['lang'] }): ExportInput => {
  const count = make().features.length;
  const summary = { count, total: count, filters: null };
  return make({ title: defaultTitle(overrides.lang, summary), subtitle: defaultSubtitle(overrides.lang, summary), ...overrides });
};
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

const frameOf = (svg: string): Box => svg.match(/<clipPath id="export-map-frame"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/)!.slice(1).map(Number) as Box;

// Measured on the default view with the dialog's texts: the English slide lists 2 numbers for 10
// projects (each English row of five names runs to 7–9 lines, about 200 px, and the room below the
// legend held two), the Chinese one 5 numbers for 28 (crowded neighbours share a number, so a row lists
// up to five names, or ten for a cluster). Before, both listed none: the numbers were planned on one map
// and placed on another, and the legend's room (300 px below its last row on the English slide) was
// left empty. The Chinese minimum leaves a row's margin for small changes in the data; the English one
// has none to spare, as one fewer row would leave room for another.
const SLIDES = [
  ['English', 'en', 2, 8],
  ['Chinese', 'zh', 4, 20],
] as const;

describe('the default 16:9 slide as one image', () => {
  it.each(SLIDES)('in %s: numbers as many projects as the legend has room for beside the map, which keeps the frame it has with no number', (_, lang, minRows, minProjects) => {
    const input = withDialogTexts({ preset: 'slide-16x9', lang });
    const svg = renderExportSvg(input);
    const rows = keyRowsOf(svg);
    expect(rows.length).toBeGreaterThanOrEqual(minRows);
    expect(rows.flatMap((row) => row.ids).length).toBeGreaterThanOrEqual(minProjects);
    // each number on the map has its row, and the closing line counts the rest
    const numbers = marksOf(svg).filter((m) => m.cls === 'key-number').map((m) => m.id);
    expect(numbers.sort()).toEqual(rows.map((row) => row.ids[0]!).sort());
    expect(svg).toContain('class="key-unnumbered"');
    // a number stands for its neighbours: each project of its row drawn as a point lies within 8 label
    // sizes of it (a Chinese slide's first number, at Chengdu, listed projects in Chongqing, 18 sizes away)
    const pointAt = new Map([...svg.matchAll(/<path transform="translate\(([\d.-]+),([\d.-]+)\)"[^>]*class="feature point" data-id="([^"]+)"/g)].map((m) => [m[3]!, [Number(m[1]), Number(m[2])]] as const));
    for (const mark of marksOf(svg).filter((m) => m.cls === 'key-number')) {
      const [x, y, w, h] = mark.box;
      const row = rows.find((r) => r.ids[0] === mark.id)!;
      for (const id of row.ids.filter((member) => pointAt.has(member))) {
        const [px, py] = pointAt.get(id)!;
        expect(Math.hypot(px - (x + w / 2), py - (y + h / 2)) / mark.sizes[0]!, `${id} in row ${row.number}`).toBeLessThanOrEqual(8);
      }
    }
    // no name or number over another and no leader across one, on the image and on the PDF's map page
    // (a crowd's first project near Chengdu took a number whose leader crossed a name on the Chinese slide)
    expect(labelClashes(svg)).toEqual([]);
    expect(labelClashes(renderExportPages(input, { continueKey: true })[0]!)).toEqual([]);

    // the map's frame is the one it has with no number: the key's rows take only the legend's room
    const bare = withoutNumbers(input);
    expect(keyRowsOf(bare)).toEqual([]);
    const frame = frameOf(svg);
    expect(frame).toEqual(frameOf(bare));

    // the legend, beside the map, leaves less room below its longest column than a row listed takes on average
    // (on the English slide it left 300 px, a third of the map's height, with no number on the map)
    const legend = svg.split('\n').find((line) => line.startsWith('<g class="legend">'))!;
    const baselines = [...legend.matchAll(/<tspan x="([\d.]+)" y="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(Math.min(...baselines.map(([x]) => x))).toBeGreaterThan(frame[0] + frame[2]);
    const room = frame[1] + frame[3] - Math.max(...baselines.map(([, y]) => y));
    const lineHeight = 1.3 * Number(legend.match(/<g class="key-row"[^>]*>.*?<text [^>]*font-size="([\d.]+)"/)![1]);
    const rowLines = [...legend.matchAll(/<g class="key-row"[^>]*>(.*?)<\/g>/g)].map((m) => m[1]!.split('<tspan').length - 1);
    const meanRow = (rowLines.reduce((sum, lines) => sum + lines, 0) / rowLines.length) * lineHeight;
    expect(room).toBeLessThan(meanRow);
  }, 60_000);
});

describe('the map\'s share of the page', () => {
  it('is below the layout\'s minimum only where the legend cannot leave it more: every layer in both languages on a square, not in Chinese alone, nor on an A4 page', { timeout: 60_000 }, () => {
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
