// Numbers in SVG output: one decimal keeps print precision and makes the output byte-stable across
// runs. Shared by the symbol swatches (the screen and the export) and the export's writer.
export function fmt(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}
