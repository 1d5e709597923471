import { describe, expect, it } from 'vitest';
import { cpgLabel, dbfEncoding } from '../../src/import/dbf-encoding.ts';

describe('dbfEncoding', () => {
  it('reads the code page names ArcGIS and QGIS write in a .cpg', () => {
    expect(cpgLabel('936')).toBe('gbk');
    expect(cpgLabel('ANSI 936\r\n')).toBe('gbk');
    expect(cpgLabel('UTF-8')).toBe('utf-8');
    expect(cpgLabel('65001')).toBe('utf-8');
  });

  it('takes GBK from the language driver byte when there is no .cpg', () => {
    const header = new Uint8Array(64);
    header[29] = 0x4d;
    expect(dbfEncoding(header, undefined)).toBe('gbk');
  });

  it('judges by the bytes when neither says: UTF-8 when they are, else GBK', () => {
    const utf8 = new TextEncoder().encode('\u0003'.padEnd(40, ' ') + '锦江区');
    expect(dbfEncoding(utf8, undefined)).toBe('utf-8');
    const gbk = new Uint8Array([3, ...new Array(39).fill(0x20), 0xbd, 0xf5, 0xbd, 0xad, 0xc7, 0xf8]); // 锦江区 in GBK
    expect(dbfEncoding(gbk, undefined)).toBe('gbk');
    expect(dbfEncoding(gbk, 'no-such-encoding')).toBe('gbk');
  });
});
