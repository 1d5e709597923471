import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { crc32, withPhysDpi } from '../../src/export/png-phys.ts';
import { chunkTypes, readPhys } from './png-read.ts';

function smallPng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(200);
  return new Uint8Array(PNG.sync.write(png));
}

describe('pHYs', () => {
  it('computes the CRC-32 check value of the standard test string', () => {
    // "123456789" -> 0xCBF43926 is the published check value of this CRC.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it.each([96, 150, 300])('round-trips %i dpi through a PNG that pngjs still reads with CRC checks', (dpi) => {
    const out = withPhysDpi(smallPng(), dpi);
    const phys = readPhys(out);
    expect(phys?.unit).toBe(1);
    expect(phys?.dpiX).toBeCloseTo(dpi, 1);
    expect(phys?.dpiY).toBeCloseTo(dpi, 1);
    const decoded = PNG.sync.read(Buffer.from(out), { checkCRC: true });
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
  });

  it('stores a pHYs CRC that an independent CRC-32 agrees with', () => {
    // pngjs skips chunks it does not know (pHYs among them) without checking their CRC.
    const out = withPhysDpi(smallPng(), 300);
    const at = Buffer.from(out).indexOf('pHYs') - 4;
    const view = new DataView(out.buffer, out.byteOffset);
    expect(view.getUint32(at + 8 + 9)).toBe(zlibCrc32(out.subarray(at + 4, at + 8 + 9)));
  });

  it('writes 300 dpi as 11811 pixels per metre', () => {
    // 300 / 0.0254 = 11811.02
    expect(readPhys(withPhysDpi(smallPng(), 300))?.pixelsPerUnitX).toBe(11811);
  });

  it('puts the chunk before the first IDAT and replaces an existing one rather than adding a second', () => {
    const twice = withPhysDpi(withPhysDpi(smallPng(), 150), 300);
    const types = chunkTypes(twice);
    expect(types.filter((t) => t === 'pHYs')).toHaveLength(1);
    expect(types.indexOf('pHYs')).toBeLessThan(types.indexOf('IDAT'));
    expect(readPhys(twice)?.dpiX).toBeCloseTo(300, 1);
  });

  it('reports a PNG without pHYs as null and refuses bytes that are not a PNG', () => {
    expect(readPhys(smallPng())).toBeNull();
    expect(() => withPhysDpi(new Uint8Array([1, 2, 3]), 300)).toThrow(/Not a PNG/);
  });
});
