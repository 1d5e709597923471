// One large user layer on one canvas, in the layer's colour (or a feature's own, from the file's
// colour column, as in the SVG drawing): polygons (translucent fill and
// outline), then lines, then 8 px square markers on top, or, when the layer is sized by a column,
// proportional circles (translucent, thin outline; user-layer-sizes.ts: largest first, small hollow
// circles for the points without a value, as in the SVG drawing). Pixels are written by the canvas feature
// layer's rasteriser (feature-canvas-raster.ts, through user-layer-paint.ts) and handed over with
// putImageData, so tens of thousands of features cost milliseconds where one SVG element each froze
// the map; a layer too large to draw in one short task is drawn in stretches, shown as it grows.
// The canvas lets the pointer through (units underneath stay clickable); clicks are hit-tested by
// featureAt instead (user-layer-hit.ts).
import L from 'leaflet';
import type { Feature } from 'geojson';
import type { LayerDrawing, ShapeParts } from './user-layer-geometry';
import { buildPartHitIndex, partAt, type PartHitIndex } from './user-layer-hit';
import { recolourPixels } from './canvas-recolour';
import { CANVAS_THRESHOLD } from '../style/user-layer-limits';
import type { UserLayer } from '../user-data/user-layers-state';
import { packColour, parseHexColour, rasterOf, type Raster, type Rgb } from './feature-canvas-raster';
import { paintParts, startOfPainting, type PaintColours, type PaintSizes, type PaintView } from './user-layer-paint';
import { sizedPoints } from './user-layer-sizes';
import { circleFill } from './canvas-circle';

/** Square marker side in CSS pixels. */
export const MARKER_PX = 8;
/** How far from a line or outline a click still hits it, in CSS pixels. */
export const LINE_TOLERANCE_PX = 4;
const LINE_WIDTH_PX = 2;
const AREA_FILL_OPACITY = 0.25;
const MARKER_BORDER = '#ffffff';
/** the fill of a proportional circle, as in the SVG drawing */
const SIZED_FILL_OPACITY = 0.45;
/**
 * Work per task while drawing a large layer: DRAW_SLICE_MS, and at most DRAW_SLICE_PARTS parts
 * drawn (200,000 points in view are 8 stretches or more).
 */
const DRAW_SLICE_MS = 16;
const DRAW_SLICE_PARTS = 25_000;
/** Parts looked at between two looks at the clock. */
const CLOCK_EVERY = 512;

/** The colours a layer is drawn in: index 0 is the layer's own; per feature, an index into them. */
interface Palette {
  readonly rgb: Rgb[];
  readonly word: number[];
  readonly ofFeature: Uint16Array;
}

function paletteOf(ownColours: readonly (string | undefined)[], layerColour: string): Palette {
  const rgb: Rgb[] = [parseHexColour(layerColour)];
  const indexOf = new Map<string, number>([[layerColour, 0]]);
  const ofFeature = new Uint16Array(ownColours.length);
  ownColours.forEach((own, k) => {
    if (own === undefined) return;
    let index = indexOf.get(own);
    // a file with more distinct colours than this keeps its layer colour for the rest
    if (index === undefined && rgb.length < 0xffff) indexOf.set(own, (index = rgb.push(parseHexColour(own)) - 1));
    ofFeature[k] = index ?? 0;
  });
  return { rgb, word: rgb.map(packColour), ofFeature };
}

export class UserCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private readonly parts: ShapeParts;
  private readonly screen: Float32Array;
  private hits: PartHitIndex | null = null;
  private image: ImageData | null = null;
  private raster: Raster | null = null;
  private palette: Palette;
  private readonly own: readonly (string | undefined)[];
  /** whether any feature has a colour of its own */
  private readonly ownColours: boolean;
  /** the next stretch of an unfinished drawing */
  private pending: ReturnType<typeof setTimeout> | null = null;

  /** the points' circles when the layer is sized by a column, with their fills in the palette's colours */
  private sizes: PaintSizes | null = null;

  /**
   * `drawing`: the features' parts and own colours (user-layer-drawing.ts), kept between layers of the same list;
   * `sizes`: the column its points are sized by and the whole layer's largest value in it.
   */
  constructor(private readonly features: readonly Feature[], drawing: LayerDrawing, colour: string, private readonly paneName: string, private readonly layerId: string, sizes?: { column: string; max: number }) {
    super();
    this.parts = drawing.parts;
    this.own = drawing.own;
    this.ownColours = drawing.own.some((own) => own !== undefined);
    this.palette = paletteOf(drawing.own, colour);
    this.screen = new Float32Array(this.parts.coords.length);
    if (sizes) this.sizes = { sized: sizedPoints(this.parts, features, sizes), fills: this.circleFills() };
  }

  private circleFills() {
    return this.palette.rgb.map((rgb) => circleFill(rgb, SIZED_FILL_OPACITY));
  }

  override onAdd(map: L.Map): this {
    this.canvas = L.DomUtil.create('canvas', 'user-feature-canvas', map.getPane(this.paneName));
    this.canvas.style.pointerEvents = 'none';
    this.canvas.setAttribute('data-user-layer', this.layerId);
    this.canvas.setAttribute('data-testid', 'user-layer-canvas');
    // a zoom ends with a moveend too: one repaint per change of view
    map.on('moveend resize', this.redraw, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend resize', this.redraw, this);
    this.stopDrawing();
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  /**
   * Shows the same features in a new layer colour (features with their own colour keep it). A layer
   * all in its layer's colour has its pixels recoloured where they are (a few milliseconds where
   * drawing 50,000 polygons again took over 50); one with colours of its own, or whose old colour is
   * the markers' white border, is drawn again.
   */
  setColour(colour: string): void {
    const before = this.palette.rgb[0]!;
    this.palette = paletteOf(this.own, colour);
    if (this.sizes) this.sizes = { sized: this.sizes.sized, fills: this.circleFills() };
    const ctx = this.canvas?.getContext('2d');
    // an unfinished drawing is started again in the new colour
    if (!ctx || !this.image || !this.raster || this.pending !== null || this.ownColours || before.join() === parseHexColour(MARKER_BORDER).join()) {
      this.redraw();
      return;
    }
    recolourPixels(this.raster, before, this.palette.rgb[0]!);
    ctx.putImageData(this.image, 0, 0);
  }

  /** The feature drawn under this spot (the one on top), or null. */
  featureAt(latlng: L.LatLng): Feature | null {
    const map = this._map as L.Map | undefined;
    if (!map) return null;
    this.hits ??= buildPartHitIndex(this.parts); // built on the first click: most layers are never clicked
    const world = map.project(latlng, 0);
    const part = partAt(this.hits, this.parts, world.x, world.y, 2 ** map.getZoom(), MARKER_PX, LINE_TOLERANCE_PX, this.sizes?.sized);
    return part === null ? null : this.features[this.parts.feature[part]!] ?? null;
  }

  /**
   * Draws the layer at the map's view. A large layer is drawn over several tasks, each a stretch of
   * DRAW_SLICE_MS or DRAW_SLICE_PARTS, and shown as it grows; a new view or colour starts again and drops the unfinished
   * drawing, so the last view is drawn whole, every part once. While it is unfinished the canvas
   * carries data-drawing.
   */
  redraw(): void {
    const map = this._map as L.Map | undefined;
    this.stopDrawing();
    if (!this.canvas || !map) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    const [width, height] = [Math.round(size.x * ratio), Math.round(size.y * ratio)];
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.canvas.style.width = `${size.x}px`;
      this.canvas.style.height = `${size.y}px`;
    }
    L.DomUtil.setPosition(this.canvas, map.containerPointToLayerPoint([0, 0]));
    const ctx = this.canvas.getContext('2d');
    if (!ctx || width === 0 || height === 0) return;
    if (!this.image || !this.raster || this.image.width !== width || this.image.height !== height) {
      this.image = ctx.createImageData(width, height);
      this.raster = rasterOf(this.image);
    } else {
      this.raster.words.fill(0);
    }
    const [raster, image] = [this.raster, this.image];
    const scale = 2 ** map.getZoom();
    const topLeft = map.getPixelBounds().min!;
    const [left, top] = [topLeft.x / scale, topLeft.y / scale];
    const view: PaintView = {
      left, top, right: left + size.x / scale, bottom: top + size.y / scale, scale, ratio,
      margin: (MARKER_PX + LINE_WIDTH_PX) / scale,
      marker: Math.round(MARKER_PX * ratio), lineWidth: LINE_WIDTH_PX * ratio, border: Math.max(1, Math.round(ratio)),
    };
    const { rgb, word, ofFeature } = this.palette;
    const colours: PaintColours = { rgb, word, ofFeature, borderWord: packColour(parseHexColour(MARKER_BORDER)), areaOpacity: AREA_FILL_OPACITY };
    const sizes = this.sizes ?? undefined;
    const cursor = startOfPainting();
    const canvas = this.canvas;
    const slice = () => {
      this.pending = null;
      const deadline = performance.now() + DRAW_SLICE_MS;
      const done = paintParts(raster, this.parts, this.screen, view, colours, cursor, (looked, drawn) => drawn >= DRAW_SLICE_PARTS || (looked % CLOCK_EVERY === 0 && performance.now() > deadline), sizes);
      ctx.putImageData(image, 0, 0);
      if (done) canvas.removeAttribute('data-drawing');
      else this.pending = setTimeout(slice, 0);
    };
    canvas.setAttribute('data-drawing', 'true');
    // the first stretch at once: a small layer is drawn whole before the next paint, as before
    slice();
  }

  private stopDrawing(): void {
    if (this.pending !== null) clearTimeout(this.pending);
    this.pending = null;
  }
}

/** Everything of a drawn layer that is drawn, but its colour. */
const sameButColour = (a: UserLayer, b: UserLayer) => a.id === b.id && a.features === b.features && a.name === b.name && a.sizeBy === b.sizeBy && a.nameColumn === b.nameColumn && a.published === b.published;

/**
 * For user-layer.ts's redraw: when the layers to draw differ from the drawn ones only in the colour of canvas-drawn layers,
 * gives those canvases their new colour (one repaint each, nothing taken apart or added again) and
 * says so; a change of anything else, or of an SVG layer's colour, is left to the full redraw.
 */
export function restyleInPlace(drawn: readonly UserLayer[], next: readonly UserLayer[], canvasOf: ReadonlyMap<string, UserCanvasLayer>): boolean {
  if (drawn.length !== next.length || drawn.length === 0) return false;
  const recoloured: [UserCanvasLayer, string][] = [];
  for (let k = 0; k < next.length; k++) {
    const [before, now] = [drawn[k]!, next[k]!];
    if (!sameButColour(before, now)) return false;
    const canvas = canvasOf.get(now.id);
    // a large layer still being taken apart is drawn by the full redraw once ready
    if (now.features.length > CANVAS_THRESHOLD && !canvas) return false;
    if (before.colour === now.colour) continue;
    if (!canvas) return false;
    recoloured.push([canvas, now.colour]);
  }
  for (const [canvas, colour] of recoloured) canvas.setColour(colour);
  return true;
}
