// Colour-blind-safe palettes for choropleths, from d3-scale-chromatic: ColorBrewer's sequential
// single- and multi-hue schemes, viridis and cividis, and the ColorBrewer diverging schemes rated
// colour-blind safe (RdBu, PuOr, BrBG, PRGn, PiYG, RdYlBu).
import {
  interpolateBlues, interpolateBrBG, interpolateCividis, interpolateGreens, interpolateOranges, interpolatePiYG,
  interpolatePRGn, interpolatePuOr, interpolatePurples, interpolateRdBu, interpolateRdYlBu, interpolateViridis,
  interpolateYlGnBu, interpolateYlOrRd,
  schemeBlues, schemeBrBG, schemeGreens, schemeOranges, schemePiYG, schemePRGn, schemePuOr, schemePurples,
  schemeRdBu, schemeRdYlBu, schemeYlGnBu, schemeYlOrRd,
} from 'd3-scale-chromatic';

import { PALETTE_KINDS, type PaletteKind, type PaletteName } from './palette-names.ts';

export { NO_DATA_COLOUR, type PaletteName } from './palette-names.ts';

interface PaletteDef {
  kind: PaletteKind;
  scheme?: readonly (readonly string[])[];
  interpolate: (t: number) => string;
  /** the interpolator starts dark (viridis, cividis): read backwards so more is darker */
  darkFirst?: boolean;
}

const PALETTES = {
  Blues: { kind: 'sequential', scheme: schemeBlues, interpolate: interpolateBlues },
  Greens: { kind: 'sequential', scheme: schemeGreens, interpolate: interpolateGreens },
  Oranges: { kind: 'sequential', scheme: schemeOranges, interpolate: interpolateOranges },
  Purples: { kind: 'sequential', scheme: schemePurples, interpolate: interpolatePurples },
  YlGnBu: { kind: 'sequential', scheme: schemeYlGnBu, interpolate: interpolateYlGnBu },
  YlOrRd: { kind: 'sequential', scheme: schemeYlOrRd, interpolate: interpolateYlOrRd },
  Viridis: { kind: 'sequential', interpolate: interpolateViridis, darkFirst: true },
  Cividis: { kind: 'sequential', interpolate: interpolateCividis, darkFirst: true },
  RdBu: { kind: 'diverging', scheme: schemeRdBu, interpolate: interpolateRdBu },
  PuOr: { kind: 'diverging', scheme: schemePuOr, interpolate: interpolatePuOr },
  BrBG: { kind: 'diverging', scheme: schemeBrBG, interpolate: interpolateBrBG },
  PRGn: { kind: 'diverging', scheme: schemePRGn, interpolate: interpolatePRGn },
  PiYG: { kind: 'diverging', scheme: schemePiYG, interpolate: interpolatePiYG },
  RdYlBu: { kind: 'diverging', scheme: schemeRdYlBu, interpolate: interpolateRdYlBu },
} satisfies Record<PaletteName, PaletteDef>;

// The kinds are stated twice (here with the colours, and in palette-names.ts for the first view): keep them equal.
void (PALETTE_KINDS satisfies { [K in PaletteName]: (typeof PALETTES)[K]['kind'] });

/** `count` colours, light to dark (sequential) or one end to the other (diverging), as #rrggbb. */
export function paletteColours(name: PaletteName, count: number): string[] {
  const palette: PaletteDef = PALETTES[name];
  const fromScheme = palette.scheme?.[count];
  if (fromScheme !== undefined && fromScheme.length === count) return [...fromScheme];
  const at = (t: number) => toHex(palette.interpolate(palette.darkFirst ? 1 - t : t));
  if (count === 1) return [at(0.6)];
  return Array.from({ length: count }, (_, i) => at(0.1 + (0.85 * i) / (count - 1)));
}

function toHex(colour: string): string {
  if (/^#[0-9a-f]{6}$/i.test(colour)) return colour.toLowerCase();
  const match = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(colour);
  if (!match) return colour;
  return `#${match.slice(1, 4).map((part) => Number(part).toString(16).padStart(2, '0')).join('')}`;
}
