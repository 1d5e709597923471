import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../src/export/escape.ts';

describe('escapeXml', () => {
  it('turns markup in data into inert text', () => {
    expect(escapeXml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('keeps a value from breaking out of a quoted attribute', () => {
    expect(escapeXml('"onload="x\' &')).toBe('&quot;onload=&quot;x&apos; &amp;');
  });

  it('leaves Chinese text alone and drops control characters XML forbids', () => {
    expect(escapeXml('成渝\u0001双城')).toBe('成渝双城');
  });
});
