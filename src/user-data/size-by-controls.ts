// "Size by" for a point layer in My layers: a numeric property draws its points as proportional
// symbols, with a size legend (three round values as nested circles) and a count of the points
// without a value, as SVG circles or on the canvas of a large layer alike. Its own chunk, loaded
// when the first layer row is drawn (layer-row.ts). The columns a layer can be sized by are read
// once per feature list; a large list in slices when the page is idle (reading a 200,000-point layer's
// properties took a third of a second in one go; the layer's drawing goes first), and the control
// appears once they are read.
import type { Feature } from 'geojson';
import type { Lang } from '../types';
import type { UserLayer } from '../import/layer-store.ts';
import { translate } from '../i18n/translate';
import { el } from '../ui/dom';
import { sizeableTally, symbolScale, type SymbolScale } from '../style/proportional-symbols';
import { formatValue } from '../style/class-labels';
import { PAGE_SLICE } from '../ui/page-slices';

/** Layers up to this many features have their columns read at once; above, in slices of PAGE_SLICE. */
export const COLUMNS_SLICE = 10_000;

const known = new WeakMap<readonly Feature[], string[]>();
const reading = new WeakMap<readonly Feature[], Promise<string[]>>();

/** The columns the features can be sized by, when known (read at once for a list up to COLUMNS_SLICE). */
function columnsNow(features: readonly Feature[]): string[] | undefined {
  let columns = known.get(features);
  if (!columns && features.length <= COLUMNS_SLICE) {
    const tally = sizeableTally();
    tally.add(features);
    known.set(features, (columns = tally.columns()));
  }
  return columns;
}

/** Resolves when the page has nothing more urgent to do (a new layer's drawing and filter fields go first). */
const idle = () => new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1_000 }) : setTimeout(resolve, 0)));

function columnsLater(features: readonly Feature[]): Promise<string[]> {
  let promise = reading.get(features);
  if (!promise) {
    const tally = sizeableTally();
    promise = (async () => {
      for (let start = 0; start < features.length; start += PAGE_SLICE) {
        await idle();
        tally.add(features.slice(start, start + PAGE_SLICE));
      }
      const columns = tally.columns();
      known.set(features, columns);
      reading.delete(features);
      return columns;
    })();
    reading.set(features, promise);
  }
  return promise;
}

const SVG = 'http://www.w3.org/2000/svg';

function svgNode<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function decimals(value: number): number {
  return value < 1 ? 3 : value < 10 ? 1 : 0;
}

/** Nested circles on a common base, each labelled with its value. */
export function sizeLegend(scale: SymbolScale, colour: string, lang: Lang): SVGSVGElement {
  const biggest = scale.legend[0]?.radius ?? 1;
  const width = biggest * 2 + 90;
  // room above the largest circle for its label
  const height = biggest * 2 + 12;
  const base = height - 2;
  const svg = svgNode('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'user-size-legend', 'data-testid': 'user-size-legend', role: 'img' });
  svg.setAttribute('aria-label', translate(lang, 'sizeBy.legend', { title: translate(lang, 'sizeBy.title', { column: scale.column }), values: scale.legend.map((e) => formatValue(e.value, lang, decimals(e.value))).join(', ') }));
  for (const { value, radius } of scale.legend) {
    svg.append(svgNode('circle', { cx: biggest + 1, cy: base - radius, r: radius, fill: colour, 'fill-opacity': 0.35, stroke: colour, 'stroke-width': 1 }));
    svg.append(svgNode('line', { x1: biggest + 1, x2: biggest * 2 + 8, y1: base - 2 * radius, y2: base - 2 * radius, stroke: '#6b675e', 'stroke-width': 0.5 }));
    const label = svgNode('text', { x: biggest * 2 + 10, y: base - 2 * radius + 4, 'font-size': 11, fill: '#333' });
    label.textContent = formatValue(value, lang, decimals(value));
    svg.append(label);
  }
  return svg;
}

/**
 * Puts the layer's "Size by" control in place of `slot` (nothing when no column can size it); a large
 * layer's once its columns are read, if the slot is still on the page then.
 */
export function placeSizeByControls(slot: HTMLElement, layer: UserLayer, lang: Lang, onChange: (column: string | null) => void): void {
  const columns = columnsNow(layer.features);
  if (!columns) {
    void columnsLater(layer.features).then(() => {
      if (slot.isConnected) placeSizeByControls(slot, layer, lang, onChange);
    });
    return;
  }
  const controls = buildSizeByControls(layer, columns, lang, onChange);
  if (controls) slot.replaceWith(controls);
}

function buildSizeByControls(layer: UserLayer, columns: readonly string[], lang: Lang, onChange: (column: string | null) => void): HTMLElement | undefined {
  if (columns.length === 0) return undefined;
  const box = el('div', { class: 'user-size-by' });
  const id = `size-by-${layer.id}`;
  const select = el('select', { id, 'data-testid': 'user-layer-size-by', 'data-focus-key': `${layer.id}:size-by` });
  select.append(el('option', { value: '' }, translate(lang, 'sizeBy.none')));
  for (const column of columns) select.append(el('option', { value: column }, column));
  select.value = layer.sizeBy !== undefined && columns.includes(layer.sizeBy) ? layer.sizeBy : '';
  select.addEventListener('change', () => onChange(select.value === '' ? null : select.value));
  box.append(el('label', { for: id }, translate(lang, 'sizeBy.label')), select);
  const scale = layer.sizeBy === undefined ? undefined : symbolScale(layer.features, layer.sizeBy);
  if (scale) {
    box.append(sizeLegend(scale, layer.colour, lang));
    if (scale.missing > 0) box.append(el('p', { class: 'user-size-missing', 'data-testid': 'user-size-missing' }, translate(lang, 'sizeBy.missing', { count: scale.missing })));
  }
  return box;
}
