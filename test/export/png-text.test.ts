import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { withPhysDpi } from '../../src/export/png-phys.ts';
import { withTitle } from '../../src/export/png-text.ts';
import { chunkTypes, readTitle } from './png-read.ts';

function smallPng(): Uint8Array {
  const png = new PNG({ width: 4, height: 3 });
  png.data.fill(120);
  return new Uint8Array(PNG.sync.write(png));
}

describe('a PNG page title (iTXt Title)', () => {
  it('keeps a Chinese title through the file, before the image data, and the PNG still decodes with CRC checks', () => {
    const out = withTitle(withPhysDpi(smallPng(), 300), '凉山彝族自治州');
    expect(readTitle(out)).toBe('凉山彝族自治州');
    const types = chunkTypes(out);
    expect(types.indexOf('iTXt')).toBeLessThan(types.indexOf('IDAT'));
    const decoded = PNG.sync.read(Buffer.from(out), { checkCRC: true });
    expect([decoded.width, decoded.height]).toEqual([4, 3]);
  });

  it('replaces an earlier title rather than adding a second', () => {
    const out = withTitle(withTitle(smallPng(), 'Contents'), 'Chengdu');
    expect(readTitle(out)).toBe('Chengdu');
    expect(chunkTypes(out).filter((t) => t === 'iTXt')).toHaveLength(1);
  });

  it('is null for a PNG without one', () => {
    expect(readTitle(smallPng())).toBeNull();
  });
});
