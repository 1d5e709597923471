import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../data/build/index.ts';

describe('npm run data arguments', () => {
  it('takes a replacement boundary file and an output folder', () => {
    const options = parseArgs(['--boundaries', 'mine.geojson', '--out', 'out']);
    expect(options.boundariesFile).toBe(resolve('mine.geojson'));
    expect(options.outDir).toBe(resolve('out'));
  });

  it('reads published layers from data/layers by default, or from the folder --layers names', () => {
    expect(parseArgs([]).layersDir.replaceAll('\\', '/')).toMatch(/\/data\/layers$/);
    expect(parseArgs(['--layers', 'elsewhere']).layersDir).toBe(resolve('elsewhere'));
    expect(() => parseArgs(['--layers'])).toThrow('--layers needs a value');
  });

  it('writes to public/data by default', () => {
    expect(parseArgs([]).outDir.replaceAll('\\', '/')).toMatch(/\/public\/data$/);
    expect(parseArgs([]).boundariesFile).toBeUndefined();
  });

  it('explains a missing value or an unknown argument', () => {
    expect(() => parseArgs(['--boundaries'])).toThrow('--boundaries needs a value');
    expect(() => parseArgs(['--bondaries', 'x'])).toThrow('unknown argument "--bondaries" (expected --boundaries FILE.geojson, --out DIR or --layers DIR)');
  });
});
