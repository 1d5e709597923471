import { describe, expect, it } from 'vitest';
import { footerLink, makeJob, parseBatchEntries, parseCliArgs, queryFromUrl } from '../../src/export-ui/cli-options';

describe('queryFromUrl', () => {
  it('takes the query of a full permalink, or a bare query or hash', () => {
    expect(queryFromUrl('https://example.org/map/?lang=en&v=30,105,7#x')).toBe('?lang=en&v=30,105,7');
    expect(queryFromUrl('https://example.org/map/#lang=en')).toBe('?lang=en');
    expect(queryFromUrl('?lang=zh')).toBe('?lang=zh');
    expect(queryFromUrl('lang=zh&hide=corridor')).toBe('?lang=zh&hide=corridor');
    expect(queryFromUrl('')).toBe('');
    expect(queryFromUrl('https://example.org/map/')).toBe('');
  });
});

describe('parseCliArgs', () => {
  it('reads a single job, taking the format from the file name when not given', () => {
    const request = parseCliArgs(['--url', '?lang=en', '--preset', 'a4-portrait', '--dpi', '150', '--out', 'brief.svg']);
    expect(request).toEqual({ kind: 'single', job: { query: '?lang=en', preset: 'a4-portrait', dpi: 150, format: 'svg', lang: undefined, out: 'brief.svg', link: '' } });
  });

  it('reads --title, --subtitle and --note, and keeps the given --url as the footer link', () => {
    const request = parseCliArgs(['--url', 'https://maps.example.org/chengyu/?lang=en', '--title', 'Corridors', '--subtitle', '--sub--', '--note', '', '--out', 'b.svg']);
    expect(request.kind === 'single' && request.job).toMatchObject({ title: 'Corridors', subtitle: '--sub--', note: '', link: 'https://maps.example.org/chengyu/?lang=en', query: '?lang=en' });
    expect(() => parseCliArgs(['--title', '--out', 'a.png'])).toThrow('--title needs a value');
  });

  it('reads --preset social as the 1200×630 PNG link preview at screen resolution', () => {
    const request = parseCliArgs(['--url', '?lang=en&hide=corridor', '--preset', 'social', '--out', 'card.png']);
    expect(request).toMatchObject({ kind: 'single', job: { preset: 'social', dpi: 96, format: 'png', query: '?lang=en&hide=corridor' } });
    expect(() => parseCliArgs(['--preset', 'social', '--dpi', '300', '--out', 'card.png'])).toThrow(/Valid dpi: 96/);
  });

  it('defaults to A4 landscape at 300 dpi', () => {
    const request = parseCliArgs(['--out', 'a.png']);
    expect(request.kind === 'single' && [request.job.preset, request.job.dpi]).toEqual(['a4-landscape', 300]);
  });

  it('rejects unknown presets, dpi the preset lacks, formats, options and a missing --out with their names', () => {
    expect(() => parseCliArgs(['--preset', 'a5', '--out', 'a.png'])).toThrow('Unknown export preset "a5"');
    expect(() => parseCliArgs(['--preset', 'a4-landscape', '--dpi', '600', '--out', 'a.png'])).toThrow('dpi 150 or 300; got 600');
    expect(() => parseCliArgs(['--out', 'a.gif'])).toThrow('Cannot tell the format from "a.gif"');
    expect(() => parseCliArgs(['--format', 'jpg', '--out', 'a.png'])).toThrow('Unknown format "jpg"');
    expect(() => parseCliArgs(['--colour', 'red'])).toThrow('Unknown option "--colour"');
    expect(() => parseCliArgs(['--url'])).toThrow('--url needs a value');
    expect(() => parseCliArgs(['--url', '?lang=en'])).toThrow('Missing the output file');
    expect(() => makeJob({ out: 'a.png', lang: 'fr' })).toThrow('Unknown language "fr"');
  });
});

describe('--atlas', () => {
  it('takes prefecture for a multi-page PDF and names what is wrong otherwise', () => {
    const request = parseCliArgs(['--atlas', 'prefecture', '--out', 'atlas.pdf']);
    expect(request.kind === 'single' && [request.job.atlas, request.job.format]).toEqual(['prefecture', 'pdf']);
    expect(() => parseCliArgs(['--atlas', 'county', '--out', 'atlas.pdf'])).toThrow('Unknown atlas "county". Valid: prefecture, zone, selection.');
    for (const kind of ['zone', 'selection']) {
      const each = parseCliArgs(['--atlas', kind, '--out', 'atlas.pdf']);
      expect(each.kind === 'single' && each.job.atlas).toBe(kind);
    }
    expect(() => parseCliArgs(['--atlas', 'prefecture', '--out', 'atlas.png'])).toThrow('--atlas writes one multi-page PDF or a folder of PNG pages: give --format pdf');
  });

  it('takes --format png with an --out folder for PNG pages, and refuses an image file or SVG as the output', () => {
    const request = parseCliArgs(['--atlas', 'zone', '--format', 'png', '--out', 'atlas-pages']);
    expect(request.kind === 'single' && [request.job.atlas, request.job.format, request.job.out]).toEqual(['zone', 'png', 'atlas-pages']);
    expect(() => parseCliArgs(['--atlas', 'zone', '--format', 'png', '--out', 'atlas.png'])).toThrow('--atlas with --format png writes a folder of PNG pages: give --out a folder, not the file "atlas.png"');
    expect(() => parseCliArgs(['--atlas', 'zone', '--format', 'svg', '--out', 'pages'])).toThrow('not SVG: give --format pdf or png');
    expect(() => parseCliArgs(['--atlas', 'zone', '--out', 'pages'])).toThrow('or --format png and an --out folder');
  });
});

describe('footerLink', () => {
  it('is the address as given when it is a full http(s) URL, else empty', () => {
    expect(footerLink(' https://example.org/map/?lang=zh&v=30,104,8 ')).toBe('https://example.org/map/?lang=zh&v=30,104,8');
    expect(footerLink('?lang=zh')).toBe('');
    expect(footerLink('')).toBe('');
    expect(footerLink('javascript:alert(1)')).toBe('');
  });
});

describe('clear refusals before any browser starts', () => {
  it('refuses an embed link at once, saying what to do', () => {
    expect(() => parseCliArgs(['--url', 'https://example.org/map/?lang=en&embed=1&title=0', '--out', 'a.png'])).toThrow(
      'This is an embed link (embed=1): the export draws the full map. Remove embed=1',
    );
  });

  it('says what is malformed in a URL: host, port, characters or its start', () => {
    const message = (url: string) => {
      try {
        queryFromUrl(url);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(message('https://exa mple.org/map/?lang=en')).toBe('The URL "https://exa mple.org/map/?lang=en" is malformed: the host name "exa mple.org" contains a space');
    expect(message('https://example.org:80a/?lang=en')).toBe('The URL "https://example.org:80a/?lang=en" is malformed: the port "80a" is not a number');
    expect(message('https:///?lang=en')).toContain('is malformed: it has no host name after "://"');
    expect(message('https://exam<ple>.org/?lang=en')).toContain('the host name "exam<ple>.org" contains "<", ">", which a host name cannot have');
    expect(message('example.org/map/?lang=en')).toContain('does not start with http:// or https://');
    expect(message('https:/example.org/map/?lang=en')).toContain('does not start with http:// or https://');
    expect(message('lang=en&v=30.5,104.1,8')).toBe('accepted');
    expect(message('?lang=en&sel=u:510100')).toBe('accepted');
  });
});

describe('parseBatchEntries', () => {
  it('keeps every entry, the bad ones with their number and reason', () => {
    const entries = parseBatchEntries(JSON.stringify([{ url: '?lang=en', out: 'a.png' }, { preset: 'poster', out: 'b.png' }, 7, { url: '?embed=1', out: 'd.svg' }, { out: 'e.svg' }]), 'jobs.json');
    expect(entries.map((e) => ('job' in e ? `${e.entry} ok ${e.job.out}` : `${e.entry} ${e.error}`))).toEqual([
      '1 ok a.png',
      expect.stringContaining('2 Unknown export preset "poster". Valid presets: '),
      '3 expected an object',
      expect.stringContaining('4 This is an embed link'),
      '5 ok e.svg',
    ]);
  });
});
