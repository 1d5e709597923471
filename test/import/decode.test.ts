import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/import/decode.ts';
import { fixtureBytes } from './fixtures.ts';

describe('decodeBytes', () => {
  it('reads UTF-8 and says so', () => {
    expect(decodeBytes(new TextEncoder().encode('名称,经度'))).toEqual({ text: '名称,经度', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte-order mark and reports it', () => {
    const decoded = decodeBytes(fixtureBytes('utf8-bom.csv'));
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(decoded.text.startsWith('id,name')).toBe(true);
  });

  it('falls back to GB18030 for bytes that are not UTF-8', () => {
    const decoded = decodeBytes(fixtureBytes('gbk.csv'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text.split('\n')[0]).toBe('id,名称,类别,经度,纬度');
  });

  it('accepts an ArrayBuffer as a browser File gives it', () => {
    const bytes = new TextEncoder().encode('abc');
    expect(decodeBytes(bytes.buffer.slice(0, 3) as ArrayBuffer).text).toBe('abc');
  });
});
