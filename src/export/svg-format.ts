// Number formatting for SVG output: one decimal keeps print precision and makes the output
// byte-stable across runs.
export function fmt(n: number): string {
  const rounded = Math.round(n * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export function dashAttr(dash: number[] | null, scale: number): string {
  return dash ? ` stroke-dasharray="${dash.map((d) => fmt(d * scale)).join(' ')}"` : '';
}
