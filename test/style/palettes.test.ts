import { expect, it } from 'vitest';
import { NO_DATA_COLOUR, paletteColours } from '../../src/style/palettes.ts';
import { PALETTE_NAMES, paletteKind } from '../../src/style/palette-names.ts';

it('gives ColorBrewer\'s published colours (Blues, 5 classes; RdBu, 3 classes)', () => {
  expect(paletteColours('Blues', 5)).toEqual(['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c']);
  expect(paletteColours('RdBu', 3)).toEqual(['#ef8a62', '#f7f7f7', '#67a9cf']);
});

it('gives as many distinct #rrggbb colours as classes for every palette and count 2–9, none the no-data grey', () => {
  for (const name of PALETTE_NAMES) {
    for (let k = 2; k <= 9; k++) {
      const colours = paletteColours(name, k);
      expect(colours).toHaveLength(k);
      expect(new Set(colours).size).toBe(k);
      for (const colour of colours) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(colours).not.toContain(NO_DATA_COLOUR);
    }
  }
});

it('viridis runs light to dark like the ColorBrewer schemes (more is darker)', () => {
  const luminance = (hex: string) => [1, 3, 5].reduce((sum, i) => sum + parseInt(hex.slice(i, i + 2), 16), 0);
  const [first = '', , , , last = ''] = paletteColours('Viridis', 5);
  expect(luminance(first)).toBeGreaterThan(luminance(last));
  expect(paletteKind('PuOr')).toBe('diverging');
  expect(paletteKind('YlGnBu')).toBe('sequential');
});
