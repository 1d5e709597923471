import { describe, expect, it } from 'vitest';
import { appBaseOf, embedCode } from '../../src/embed/embed-code';

const input = {
  embedUrl: 'https://news.example/maps/chengyu/?lang=en&embed=1&theme=dark',
  fullUrl: 'https://news.example/maps/chengyu/?lang=en',
  appBase: 'https://news.example/maps/chengyu/',
  title: 'Chengdu–Chongqing Economic Circle map',
  height: 640,
};

describe('embedCode', () => {
  it('writes a borderless iframe with a title, the host script and a no-script preview', () => {
    const code = embedCode(input);
    expect(code).toContain('<iframe src="https://news.example/maps/chengyu/?lang=en&amp;embed=1&amp;theme=dark"');
    expect(code).toContain('title="Chengdu–Chongqing Economic Circle map" style="border:0"');
    expect(code).toContain('width="100%" height="640" loading="lazy" data-chengyu-embed></iframe>');
    expect(code).toContain('<script src="https://news.example/maps/chengyu/embed.js" async></script>');
    expect(code).toContain('<noscript><a href="https://news.example/maps/chengyu/?lang=en"><img src="https://news.example/maps/chengyu/preview.svg"');
  });

  it('puts the headline, dek, note and credit in the no-script fallback around the image', () => {
    const code = embedCode({ ...input, hed: 'Parks along the corridor', dek: 'Where the new zones are', note: 'Positions approximate', credit: 'Graphic: Li Wei' });
    const noscript = code.slice(code.indexOf('<noscript>'));
    expect(noscript).toBe(
      '<noscript><strong>Parks along the corridor</strong><p>Where the new zones are</p><a href="https://news.example/maps/chengyu/?lang=en"><img src="https://news.example/maps/chengyu/preview.svg" alt="Chengdu–Chongqing Economic Circle map" width="600"></a><p>Positions approximate</p><small>Graphic: Li Wei</small></noscript>',
    );
  });

  it('escapes quotes and angle brackets in the title and the words', () => {
    const code = embedCode({ ...input, title: 'A "quoted" <b>title</b> & more', hed: '<script>alert(1)</script>', credit: '</noscript><img src=x onerror=alert(1)>' });
    expect(code).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(code).toContain('<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong>');
    expect(code).toContain('<small>&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;</small>');
    expect(code).not.toContain('<b>');
    expect(code.match(/<\/noscript>/g)).toHaveLength(1);
  });
});

describe('embedCode for a scrolling story', () => {
  it('makes the map sticky and writes one block per step, numbered from 1, its text escaped', () => {
    const code = embedCode({ ...input, scrollSteps: ['First the corridors', 'Then <b>zones</b>'] });
    const lines = code.split('\n');
    expect(lines[0]).toBe('<div style="position:relative;display:flow-root">');
    expect(lines[1]).toContain('style="border:0;position:sticky;top:0;display:block"');
    expect(lines[1]).toContain('data-chengyu-embed></iframe>');
    expect(lines[2]).toMatch(/^<div data-chengyu-step="1" style="[^"]*"><p style="margin:0">First the corridors<\/p><\/div>$/);
    expect(lines[3]).toMatch(/^<div data-chengyu-step="2" style="[^"]*"><p style="margin:0">Then &lt;b&gt;zones&lt;\/b&gt;<\/p><\/div>$/);
    expect(lines[4]).toBe('</div>');
    expect(lines[5]).toBe('<script src="https://news.example/maps/chengyu/embed.js" async></script>');
  });

  it('is the plain embed code without steps', () => {
    expect(embedCode({ ...input, scrollSteps: [] })).toBe(embedCode(input));
  });
});

describe('appBaseOf', () => {
  it('drops the file name, query and hash', () => {
    expect(appBaseOf('https://news.example/maps/chengyu/index.html?lang=en#x')).toBe('https://news.example/maps/chengyu/');
    expect(appBaseOf('https://news.example/maps/chengyu/?lang=en')).toBe('https://news.example/maps/chengyu/');
  });
});
