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
  it('writes an iframe with attributes only, the host script and a no-script preview', () => {
    const code = embedCode(input);
    expect(code).toContain('<iframe src="https://news.example/maps/chengyu/?lang=en&amp;embed=1&amp;theme=dark"');
    expect(code).toContain('title="Chengdu–Chongqing Economic Circle map"');
    expect(code).toContain('width="100%" height="640" loading="lazy" data-chengyu-embed></iframe>');
    expect(code).toContain('<script src="https://news.example/maps/chengyu/embed.js" async></script>');
    expect(code).toContain('<noscript><a href="https://news.example/maps/chengyu/?lang=en"><img src="https://news.example/maps/chengyu/preview.svg"');
    expect(code).not.toMatch(/style=/);
  });

  it('escapes quotes and angle brackets in the title', () => {
    const code = embedCode({ ...input, title: 'A "quoted" <b>title</b> & more' });
    expect(code).toContain('title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"');
    expect(code).not.toContain('<b>');
  });
});

describe('appBaseOf', () => {
  it('drops the file name, query and hash', () => {
    expect(appBaseOf('https://news.example/maps/chengyu/index.html?lang=en#x')).toBe('https://news.example/maps/chengyu/');
    expect(appBaseOf('https://news.example/maps/chengyu/?lang=en')).toBe('https://news.example/maps/chengyu/');
  });
});
