import { describe, expect, it } from 'vitest';
import { siteFolderUrl, socialMeta, socialMetaTags } from '../../scripts/social-meta.ts';

function metas(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)" \/>/g)) found.set(match[1]!, match[2]!);
  return found;
}

const page = '<html><head><title>T</title></head><body></body></html>';
function transform(siteUrl: string | undefined): string {
  const hook = socialMeta(siteUrl).transformIndexHtml as (html: string) => string;
  return hook(page);
}

describe('social meta tags in index.html', () => {
  it('with a site URL: og:title, og:description, an absolute og:image of the 1200×630 card and a large-image Twitter card', () => {
    const tags = metas(transform('https://maps.example.org/chengyu'));
    expect(tags.get('og:title')).toContain('成渝地区双城经济圈');
    expect(tags.get('og:title')).toContain('Chengdu–Chongqing');
    expect(tags.get('og:description')!.length).toBeGreaterThan(40);
    expect(tags.get('og:image')).toBe('https://maps.example.org/chengyu/social-card.png');
    expect(tags.get('og:url')).toBe('https://maps.example.org/chengyu/');
    expect([tags.get('og:image:width'), tags.get('og:image:height')]).toEqual(['1200', '630']);
    expect(tags.get('twitter:card')).toBe('summary_large_image');
  });

  it('without a site URL: the text tags and the card type, and no relative og:image', () => {
    for (const unset of [undefined, '', '  ']) {
      const tags = metas(transform(unset));
      expect(tags.get('og:title')).toContain('成渝');
      expect(tags.get('og:description')).toBeTruthy();
      expect(tags.get('twitter:card')).toBe('summary_large_image');
      expect(tags.has('og:image')).toBe(false);
      expect(tags.has('og:url')).toBe(false);
    }
  });

  it('puts the tags inside <head>, after the title', () => {
    const html = transform('https://example.org/');
    expect(html.indexOf('og:image')).toBeGreaterThan(html.indexOf('</title>'));
    expect(html.indexOf('og:image')).toBeLessThan(html.indexOf('</head>'));
  });

  it('keeps a site URL query and fragment out of the image address', () => {
    expect(siteFolderUrl('https://example.org/map/?x=1#y').href).toBe('https://example.org/map/');
  });

  it('rejects a site URL that is not absolute http(s), naming the setting', () => {
    expect(() => socialMetaTags('maps.example.org/chengyu')).toThrow(/PUBLIC_SITE_URL="maps.example.org\/chengyu" is not an absolute URL/);
    expect(() => socialMetaTags('ftp://example.org/')).toThrow(/PUBLIC_SITE_URL=.*https:\/\//);
  });
});
