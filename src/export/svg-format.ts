// Number formatting for SVG output: one decimal keeps print precision and makes the output
// byte-stable across runs (the rounding itself is ../style/svg-number.ts, shared with the swatches).
import { fmt } from '../style/svg-number.ts';

export { fmt };

export function dashAttr(dash: number[] | null, scale: number): string {
  return dash ? ` stroke-dasharray="${dash.map((d) => fmt(d * scale)).join(' ')}"` : '';
}
