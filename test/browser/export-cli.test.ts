// The command-line export (npm run export) against the build under test: files, sizes, print
// resolution, a batch, clear failures, and the same SVG as the browser's dialog.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readPhys, readTitle } from '../export/png-read';
import { useBrowser, openApp } from './harness';
import { downloadFrom } from './support/download';
import { countyGeometry, idsWhere, inArea } from './questions-reference';
import { readPdf } from '../export/pdf/pdf-text';
import { keyRowsOf, labelClashes } from '../export/read-labels';

const dir = mkdtempSync(join(tmpdir(), 'chengyu-export-'));

function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile('npx', ['tsx', 'scripts/export.ts', ...args], { env: { ...process.env, APP_DIST: process.env.APP_DIST || 'dist' }, timeout: 170_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const browser = useBrowser();

describe('npm run export', () => {
  it('writes an A4 landscape PNG at 300 dpi and says where', async () => {
    const out = join(dir, 'briefing.png');
    const result = await runCli(['--url', 'https://example.org/map/?lang=en&v=30.2,105.3,7', '--preset', 'a4-landscape', '--dpi', '300', '--format', 'png', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(out);
    const bytes = readFileSync(out);
    const png = PNG.sync.read(bytes);
    // exactly A4 at 300 dpi, and nothing to warn about
    expect([png.width, png.height]).toEqual([3508, 2480]);
    expect(result.stderr).toBe('');
    // 300 dpi = 11811 pixels per metre
    expect(readPhys(new Uint8Array(bytes))?.pixelsPerUnitX).toBe(11811);
  }, 180_000);

  it('writes one file per entry of a batch', async () => {
    const batch = join(dir, 'batch.json');
    const jobs = [
      { url: '?lang=zh&city=510100', preset: 'square', format: 'svg', out: join(dir, 'chengdu.svg') },
      { url: '?lang=en&city=500101', preset: 'a4-portrait', dpi: 150, format: 'svg', out: join(dir, 'wanzhou.svg') },
    ];
    writeFileSync(batch, JSON.stringify(jobs));
    const result = await runCli(['--batch', batch]);
    expect(result.code).toBe(0);
    const chengdu = readFileSync(jobs[0]!.out, 'utf8');
    const wanzhou = readFileSync(jobs[1]!.out, 'utf8');
    expect(chengdu).toMatch(/^<svg [^>]*width="1080" height="1080" viewBox="0 0 1080 1080"/);
    expect(wanzhou).toMatch(/^<svg [^>]*width="210mm" height="297mm"/);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('Wrote '))).toHaveLength(2);
  }, 180_000);

  it('writes a PNG of the right size and print resolution for every preset, in one batch', async () => {
    // Sizes from the presets' definitions: A4 is 297 × 210 mm; 150 dpi = 5906 px/m, 300 dpi = 11811,
    // the screen presets carry 96 dpi = 3780 px/m.
    const expected = [
      { preset: 'slide-16x9', size: [1920, 1080], ppm: 3780 },
      { preset: 'square', size: [1080, 1080], ppm: 3780 },
      { preset: 'a4-landscape', dpi: 150, size: [1754, 1240], ppm: 5906 },
      { preset: 'a4-portrait', dpi: 150, size: [1240, 1754], ppm: 5906 },
      { preset: 'a4-portrait', dpi: 300, size: [2480, 3508], ppm: 11811 },
    ];
    const jobs = expected.map((e, i) => ({ url: '?lang=zh', preset: e.preset, ...(e.dpi ? { dpi: e.dpi } : {}), format: 'png', out: join(dir, `preset-${i}.png`) }));
    const batch = join(dir, 'presets.json');
    writeFileSync(batch, JSON.stringify(jobs));
    const result = await runCli(['--batch', batch]);
    expect(result.code).toBe(0);
    for (const [i, e] of expected.entries()) {
      const bytes = readFileSync(jobs[i]!.out);
      const png = PNG.sync.read(bytes);
      // exactly the preset's size, the default view's numbered key and all
      expect([png.width, png.height]).toEqual(e.size);
      const phys = readPhys(new Uint8Array(bytes));
      expect([phys?.pixelsPerUnitX, phys?.pixelsPerUnitY]).toEqual([e.ppm, e.ppm]);
    }
  }, 240_000);

  it('stops with a message and a non-zero exit on an unknown preset, a bad URL parameter or an unwritable path', async () => {
    const preset = await runCli(['--url', '?lang=en', '--preset', 'a5', '--out', join(dir, 'x.png')]);
    expect(preset.code).not.toBe(0);
    expect(preset.stderr).toContain('Unknown export preset "a5"');
    const badUrl = await runCli(['--url', '?lang=en&v=north', '--out', join(dir, 'y.png')]);
    expect(badUrl.code).not.toBe(0);
    expect(badUrl.stderr).toContain('"v"');
    expect(badUrl.stderr).toContain('north');
    const unwritable = await runCli(['--url', '?lang=en', '--out', join(dir, 'missing-folder', 'z.png')]);
    expect(unwritable.code).not.toBe(0);
    expect(unwritable.stderr).toContain('does not exist');
  }, 180_000);

  it('draws and counts only the projects of a county area (qa=u:510104), as the charts do', async () => {
    const out = join(dir, 'county.svg');
    const result = await runCli(['--url', '?lang=en&qa=u:510104', '--preset', 'slide-16x9', '--format', 'svg', '--out', out]);
    expect(result.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    const expected = idsWhere((f) => inArea(f.geometry, countyGeometry('510104')));
    expect(expected.length).toBeGreaterThan(0);
    const drawn = [...new Set([...svg.matchAll(/class="feature [a-z]+" data-id="([^"]+)"/g)].map((m) => m[1]!))].sort();
    expect(drawn).toEqual(expected);
    const counted = [...svg.matchAll(/class="legend-item" data-key="(?!question:)[^"]+" data-count="(\d+)"/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(counted).toBe(expected.length);
    expect(svg).toMatch(/<path class="overlay" d="M/);
  }, 180_000);

  it('runs every batch entry, writes the good ones, names each failure by entry and reason, and exits 1', async () => {
    const batch = join(dir, 'mixed.json');
    const jobs = [
      // A link shared from WeChat: its tracking parameters are ignored quietly.
      { url: 'https://example.org/map/?lang=en&city=510100&utm_source=wechat&from=singlemessage&isappinstalled=0&fbclid=IwAR0', preset: 'square', format: 'svg', out: join(dir, 'mixed-1.svg') },
      // Well formed but no such prefecture: refused rather than drawn as "0 projects".
      { url: '?lang=en&city=519999', preset: 'square', format: 'svg', out: join(dir, 'mixed-2.svg') },
      { url: '?lang=en&embed=1', preset: 'square', format: 'svg', out: join(dir, 'mixed-3.svg') },
      { url: '?lang=zh&city=500101', preset: 'square', format: 'svg', out: join(dir, 'mixed-4.svg') },
    ];
    writeFileSync(batch, JSON.stringify(jobs));
    const result = await runCli(['--batch', batch]);
    expect(result.code).toBe(1);
    expect(readFileSync(jobs[0]!.out, 'utf8')).toMatch(/^<svg /);
    expect(readFileSync(jobs[3]!.out, 'utf8')).toMatch(/^<svg /);
    expect(existsSync(jobs[1]!.out)).toBe(false);
    expect(existsSync(jobs[2]!.out)).toBe(false);
    expect(result.stdout.split('\n').filter((line) => line.startsWith('Wrote '))).toHaveLength(2);
    expect(result.stderr).toContain('2 of 4 written; 2 failed');
    expect(result.stderr).toMatch(/entry 2 \(.*mixed-2\.svg\): The URL has problems[\s\S]*519999/);
    expect(result.stderr).toMatch(/entry 3 \(.*mixed-3\.svg\): This is an embed link/);
  }, 240_000);

  it('refuses an embed link, a malformed URL and an unwritable --out before rendering, each with a clear message', async () => {
    const embed = await runCli(['--url', 'https://example.org/map/?lang=en&embed=1', '--out', join(dir, 'embed.png')]);
    expect(embed.code).toBe(1);
    expect(embed.stderr).toContain('This is an embed link (embed=1)');
    const malformed = await runCli(['--url', 'https://exa mple.org/map/?lang=en', '--out', join(dir, 'm.png')]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain('the host name "exa mple.org" contains a space');
    // Root passes every permission check; only opening the file tells that /proc takes no files.
    const unwritable = await runCli(['--url', '?lang=en', '--out', '/proc/chengyu-map.png']);
    expect(unwritable.code).toBe(1);
    expect(unwritable.stderr).toContain('Cannot write /proc/chengyu-map.png');
    for (const run of [embed, malformed, unwritable]) expect(run.stdout).not.toContain('Wrote');
  }, 180_000);

  it('gives the same SVG as the Export dialog for the same permalink and texts', async () => {
    const permalink = 'https://maps.example.org/chengyu/?lang=zh&v=29.8,105.6,7.5&hide=pilot_zone';
    const out = join(dir, 'same.svg');
    const cli = await runCli(['--url', permalink, '--preset', 'a4-landscape', '--dpi', '150', '--format', 'svg', '--title', '川渝交通走廊', '--note', '走廊沿城市驻地绘制', '--out', out]);
    expect(cli.code).toBe(0);
    const { page } = await openApp(browser, { query: '?lang=zh&v=29.8,105.6,7.5&hide=pilot_zone', viewport: { width: 1440, height: 900 } });
    await page.getByTestId('export-open').click();
    await page.getByTestId('export-preset').selectOption('a4-landscape');
    await page.getByTestId('export-dpi').selectOption('150');
    await page.getByTestId('export-format').selectOption('svg');
    await page.getByTestId('export-title').fill('川渝交通走廊');
    await page.getByTestId('export-note').fill('走廊沿城市驻地绘制');
    await page.getByTestId('export-link').fill(permalink);
    const download = await downloadFrom(page.getByTestId('export-download'));
    const fromBrowser = download.text;
    expect(readFileSync(out, 'utf8')).toBe(fromBrowser);
    expect(fromBrowser).toContain('<text class="title"');
  }, 180_000);

  it('notes a page whose legend leaves the map a small share (every layer in both languages on a square), and not one whose legend is short', async () => {
    const jobs = [
      { url: 'https://example.org/chengyu/?lang=en', preset: 'square', lang: 'both', format: 'svg', out: join(dir, 'square-both.svg') },
      { url: 'https://example.org/chengyu/?lang=en', preset: 'square', lang: 'zh', format: 'svg', out: join(dir, 'square-zh.svg') },
    ];
    const batch = join(dir, 'square-fit.json');
    writeFileSync(batch, JSON.stringify(jobs));
    const result = await runCli(['--batch', batch]);
    expect(result.code).toBe(0);
    // one note, for the bilingual square, in the page's language (the link's lang=en)
    const notes = result.stderr.split('\n').filter((line) => line.startsWith('Note: '));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^Note: The legend is long, so the map takes only \d+% of this page\./);
    expect(result.stdout.split('\n').findIndex((line) => line.includes('square-both.svg'))).toBeGreaterThanOrEqual(0);
  }, 180_000);

  it('exports the default view at exactly its preset (A4 in zh and en, a slide as SVG and PNG, and in zh as SVG): every project named, numbered with its key row, or counted in the key\'s closing line, with no label over another, no leader across a label or leader and no text off the page', async () => {
    const jobs = [
      { url: 'https://example.org/chengyu/?lang=zh', preset: 'a4-landscape', format: 'svg', out: join(dir, 'default-zh.svg') },
      { url: 'https://example.org/chengyu/?lang=en', preset: 'a4-landscape', format: 'svg', out: join(dir, 'default-en.svg') },
      { url: 'https://example.org/chengyu/?lang=en', preset: 'slide-16x9', format: 'svg', out: join(dir, 'default-slide.svg') },
      { url: 'https://example.org/chengyu/?lang=en', preset: 'slide-16x9', format: 'png', out: join(dir, 'default-slide.png') },
      { url: 'https://example.org/chengyu/?lang=zh', preset: 'slide-16x9', format: 'svg', out: join(dir, 'default-slide-zh.svg') },
    ];
    const batch = join(dir, 'default-views.json');
    writeFileSync(batch, JSON.stringify(jobs));
    const result = await runCli(['--batch', batch]);
    expect(result.code).toBe(0);
    // nothing to warn about: no image is taller than its page
    expect(result.stderr).toBe('');
    for (const { out, preset } of jobs.filter((job) => job.format === 'svg')) {
      const svg = readFileSync(out, 'utf8');
      const [width, height] = preset === 'slide-16x9' ? [1920, 1080] : [3508, 2480];
      expect(svg, out).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${width} ${height}"`));
      expect(labelClashes(svg), out).toEqual([]);
      for (const m of svg.matchAll(/<tspan x="([\d.-]+)" y="([\d.-]+)"/g)) {
        expect(Number(m[1]), out).toBeGreaterThanOrEqual(0);
        expect(Number(m[1]), out).toBeLessThan(width);
        expect(Number(m[2]), out).toBeGreaterThan(0);
        expect(Number(m[2]), out).toBeLessThanOrEqual(height);
      }
      const drawn = new Set([...svg.matchAll(/class="feature [a-z]+" data-id="([^"]+)"/g)].map((m) => m[1]!));
      const named = new Set([...svg.matchAll(/<g class="project-label" data-id="([^"]+)"/g)].map((m) => m[1]!));
      const rows = keyRowsOf(svg);
      const listed = rows.flatMap((row) => row.ids);
      // each drawn project once: named on the map, in a row of the key, or counted in its closing line
      expect(listed.filter((id) => named.has(id)), out).toEqual([]);
      expect(new Set(listed).size, out).toBe(listed.length);
      expect(listed.every((id) => drawn.has(id)), out).toBe(true);
      const counted = Number(/class="key-unnumbered" data-count="(\d+)"/.exec(svg)?.[1] ?? 0);
      expect(counted, out).toBe(drawn.size - named.size - listed.length);
      expect(svg, out).not.toContain('key-continued');
      expect(drawn.size, out).toBeGreaterThan(90);
      // every number on the map has its row, and every row its number
      const numbers = [...svg.matchAll(/<g class="key-number" data-id="[^"]+"[^>]*>.*?<text [^>]*>(\d+)<\/text><\/g>/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
      expect(rows.map((row) => row.number), out).toEqual(numbers);
    }
    // a slide numbers projects in the legend's room beside its map (en: 2 rows standing for 10 projects, zh: 5 for 29)
    expect(keyRowsOf(readFileSync(join(dir, 'default-slide.svg'), 'utf8')).length).toBeGreaterThanOrEqual(2);
    expect(keyRowsOf(readFileSync(join(dir, 'default-slide-zh.svg'), 'utf8')).length).toBeGreaterThanOrEqual(4);
    // the slide's PNG is the slide: 1920 × 1080 in its header
    const png = readFileSync(join(dir, 'default-slide.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
  }, 180_000);

  it('writes a vector PDF with --format pdf: A4 landscape in mm, the title and the --url as text', async () => {
    const permalink = 'https://maps.example.org/chengyu/?lang=zh&v=30.6,104.1,8';
    const out = join(dir, 'briefing.pdf');
    const cli = await runCli(['--url', permalink, '--preset', 'a4-landscape', '--format', 'pdf', '--title', '成都周边项目', '--out', out]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const [sheet] = await readPdf(new Uint8Array(readFileSync(out)));
    expect([Math.round(sheet!.widthMm), Math.round(sheet!.heightMm)]).toEqual([297, 210]);
    const text = sheet!.text.replace(/\n/g, ' ');
    expect(text).toContain('成都周边项目');
    expect(text).toContain('maps.example.org/chengyu/?lang=zh&v=30.6,104.1,8');
    expect(text).not.toContain('127.0.0.1');
  }, 180_000);

  it('prints the --url given, the title, subtitle and note, and sources in words, never the temporary server', async () => {
    const permalink = 'https://maps.example.org/chengyu/?lang=en&v=30.2,105.3,7';
    const out = join(dir, 'footer.svg');
    const cli = await runCli(['--url', permalink, '--preset', 'a4-portrait', '--dpi', '150', '--title', 'Corridor briefing', '--subtitle', 'Q4 2026', '--note', 'Lines run through city seats.', '--out', out]);
    expect(cli.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    const text = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ').replace(/&amp;/g, '&');
    expect(text).toContain('maps.example.org/chengyu/?lang=en&v=30.2,105.3,7');
    expect(svg).toContain(`<a href="${permalink.replace(/&/g, '&amp;')}">`);
    expect(svg).not.toContain('127.0.0.1');
    expect(text).toContain('Corridor briefing');
    expect(text).toContain('Q4 2026');
    expect(text).toContain('Lines run through city seats.');
    expect(text).not.toContain('data/facts');
    expect(text.match(/not an official map/g)).toHaveLength(1);
    expect(text).toMatch(/project facts checked \d{4}-\d{2}-\d{2}/);
  }, 180_000);

  it('writes an atlas as a folder of PNG pages with --atlas zone --format png: contents first, then a page per zone, each named by id and name and titled', async () => {
    const out = join(dir, 'zone-pages');
    const result = await runCli(['--url', 'https://example.org/map/?lang=en&hide=corridor,pilot_zone,industrial_park', '--atlas', 'zone', '--format', 'png', '--preset', 'a4-portrait', '--dpi', '150', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Wrote ${out}: 5 pages (a4-portrait, 1240×1754 px, 150 dpi, PNG)`);
    const names = readdirSync(out).sort();
    expect(names).toHaveLength(5);
    expect(names[0]).toBe('01-contents.png');
    // the planning area's id and English name (data/facts/features.csv)
    expect(names.filter((name) => /^0[2-5]-ccec-planning-area-chengdu-chongqing-economic-circle-planning-area\.png$/.test(name))).toHaveLength(1);
    for (const name of names) {
      const bytes = readFileSync(join(out, name));
      const png = PNG.sync.read(bytes);
      // A4 portrait at 150 dpi: 210 × 297 mm = 1240 × 1754 px, 5906 px/m
      expect([png.width, png.height]).toEqual([1240, 1754]);
      expect(readPhys(new Uint8Array(bytes))?.pixelsPerUnitX).toBe(5906);
    }
    const planning = names.find((name) => name.includes('ccec-planning-area'))!;
    expect(readTitle(new Uint8Array(readFileSync(join(out, planning))))).toBe('Chengdu-Chongqing Economic Circle planning area');
  }, 180_000);

  it.each([
    ['en', 'name_en', /Numbers? (\d+)(?:–(\d+))? (?:is|are) listed/],
    ['zh', 'name_zh', /编号 (\d+)(?:–(\d+))? 所指项目见下一页/],
  ] as const)('continues the numbered key of the default A4 PDF on further pages, with the title and footer, never dropping a number (%s)', async (lang, nameField, noteText) => {
    const out = join(dir, `key-${lang}.pdf`);
    const permalink = `https://example.org/chengyu/?lang=${lang}`;
    const cli = await runCli(['--url', permalink, '--preset', 'a4-landscape', '--format', 'pdf', '--title', 'Briefing key', '--out', out]);
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const pages = await readPdf(new Uint8Array(readFileSync(out)));
    // 104 projects do not all get a name on one A4 map: the key goes on past the map page
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const note = pages[0]!.text.replace(/\n/g, ' ').match(noteText);
    expect(note, 'the map page says which numbers are listed on the next page').not.toBeNull();
    const first = Number(note![1]);
    const last = Number(note![2] ?? note![1]);
    // the project names, read from the built data rather than from the renderer
    const data = JSON.parse(readFileSync(join(process.env.APP_DIST || 'dist', 'data', 'features.json'), 'utf8')) as { features: { properties: Record<string, string> }[] };
    const names = data.features.map((f) => f.properties[nameField]!.replace(/\s+/g, ''));
    const listed: number[] = [];
    for (const page of pages.slice(1)) {
      expect(page.text).toContain('Briefing key');
      expect(page.text.replace(/\n/g, '')).toContain(permalink.replace(/^https:\/\//, ''));
      const items = page.text.split('\n').map((item) => item.trim()).filter((item) => item !== '');
      items.forEach((item, i) => {
        if (!/^\d+$/.test(item) || Number(item) < first || Number(item) > last) return;
        listed.push(Number(item));
        // beside each number, the start of a project's name in the export language (neighbours sharing
        // the number follow it after "; " / "；")
        const start = items[i + 1]!.split(/；|;\s*/)[0]!.replace(/\s+/g, '');
        expect(names.some((name) => name.startsWith(start)), `number ${item} is followed by "${items[i + 1]}"`).toBe(true);
      });
    }
    expect(listed.sort((a, b) => a - b)).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
  }, 180_000);
});
