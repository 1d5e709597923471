// The palettes' names and kinds without their colours, for the panel, the URL and the legend: the
// colour tables (d3-scale-chromatic, palettes.ts) load with the choropleth engine, not the first view.

export const PALETTE_KINDS = {
  Blues: 'sequential',
  Greens: 'sequential',
  Oranges: 'sequential',
  Purples: 'sequential',
  YlGnBu: 'sequential',
  YlOrRd: 'sequential',
  Viridis: 'sequential',
  Cividis: 'sequential',
  RdBu: 'diverging',
  PuOr: 'diverging',
  BrBG: 'diverging',
  PRGn: 'diverging',
  PiYG: 'diverging',
  RdYlBu: 'diverging',
} as const;

export type PaletteName = keyof typeof PALETTE_KINDS;
export type PaletteKind = (typeof PALETTE_KINDS)[PaletteName];
export const PALETTE_NAMES = Object.keys(PALETTE_KINDS) as PaletteName[];
export const DEFAULT_PALETTE: PaletteName = 'YlGnBu';
/** Units without a value: a light grey that no palette uses. */
export const NO_DATA_COLOUR = '#d9d9d9';

export function isPaletteName(name: string): name is PaletteName {
  return Object.hasOwn(PALETTE_KINDS, name);
}

export function paletteKind(name: PaletteName): PaletteKind {
  return PALETTE_KINDS[name];
}
