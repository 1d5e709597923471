import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { safeHref } from '../../src/import/safe-href.ts';

interface HostileString {
  name: string;
  value: string;
}
const hostile = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/hostile-strings.json', import.meta.url)), 'utf8'),
) as HostileString[];

describe('safeHref', () => {
  it('keeps plain http and https links', () => {
    expect(safeHref('https://www.example.org/tianfu')).toBe('https://www.example.org/tianfu');
    expect(safeHref('  http://example.org/a?b=1#c ')).toBe('http://example.org/a?b=1#c');
    expect(safeHref('HTTPS://Example.org')).toBe('https://example.org/');
  });

  it.each(hostile.map((h) => [h.name, h.value]))('gives no link for the hostile string "%s"', (_name, value) => {
    expect(safeHref(value)).toBeNull();
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hi'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['protocol-relative', '//evil.example/x'],
    ['backslash host', 'https:\\\\evil.example'],
    ['tab inside the scheme', 'ht\ttps://example.org'],
    ['newline inside', 'https://exa\nmple.org'],
    ['NUL before the scheme', '\u0000https://example.org'],
    ['zero-width space', 'https://exa\u200bmple.org'],
    ['credentials hiding the host', 'https://www.gov.cn@evil.example/'],
    ['ftp', 'ftp://example.org/file'],
    ['relative path', '/projects/1'],
    ['no host', 'https://'],
    ['not a string', 42],
    ['null', null],
  ])('gives no link for %s', (_name, value) => {
    expect(safeHref(value)).toBeNull();
  });
});
