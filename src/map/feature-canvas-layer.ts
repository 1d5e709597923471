// Every feature on one canvas: for sets of tens of thousands of features, where one Leaflet layer
// (or SVG element) per feature is too slow to toggle. Coordinates are projected once (Web Mercator
// at zoom 0) into typed arrays; a filter change only rewrites a visibility mask and repaints. The
// repaint writes pixels itself (feature-canvas-raster.ts) into one ImageData, skipping features
// whose box lies outside the view, and hands it over with a single putImageData: the canvas path
// API left Chromium rasterising for longer than the whole budget (README "Rendering").
// No hover, focus or selection highlight: the app's own 85 features use the SVG layer
// (feature-layer.ts), which has them.
import L from 'leaflet';
import type { ProjectFeature } from '../types';
import { project, styleOf, type Style } from './feature-canvas-style';
import { buildPointHitIndex, pointAt, type PointHitIndex } from './feature-canvas-hit';
import { drawSquare, fillPolygon, packColour, parseHexColour, rasterOf, strokePolyline, type Raster, type Rgb } from './feature-canvas-raster';

interface Paint {
  fill: Rgb | null;
  fillWord: number | null;
  strokeWord: number;
}

/** Square marker side in CSS pixels. */
const MARKER = 8;

export class FeatureCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private readonly coords: Float64Array;
  /** per feature: rings as [start, end) pairs into coords (x, y interleaved) */
  private readonly rings: number[][];
  private readonly styles: Style[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly visible: Uint8Array;
  /** per feature: x min, y min, x max, y max at zoom 0 (culling against the view) */
  private readonly boxes: Float64Array;
  private readonly paints: Paint[];
  private readonly ids: string[];
  /** built on the first hit-test: most layers are never pointed at */
  private hits: { index: PointHitIndex; order: Uint32Array } | null = null;
  private image: ImageData | null = null;
  private raster: Raster | null = null;
  /** every coordinate in canvas pixels for the view in `screenKey`: a filter change reuses them */
  private readonly screen: Float32Array;
  private screenKey = '';
  /** canvas pixels the last repaint may have touched: x0, y0, x1, y1 (exclusive) */
  private dirty: [number, number, number, number] = [0, 0, 0, 0];

  constructor(features: readonly ProjectFeature[], private readonly paneName: string) {
    super();
    const flat: number[] = [];
    const byKey = new Map<string, Style>();
    this.ids = features.map((feature) => feature.id);
    this.rings = features.map((feature, i) => {
      this.indexOf.set(feature.id, i);
      const g = feature.geometry;
      const lines = g.type === 'Point' ? [[g.coordinates]] : g.type === 'LineString' ? [g.coordinates] : g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
      const ranges: number[] = [];
      for (const line of lines) {
        ranges.push(flat.length);
        for (const [lon, lat] of line as number[][]) flat.push(...project(lon!, lat!));
        ranges.push(flat.length);
      }
      const style = styleOf(feature);
      const key = JSON.stringify({ ...style, members: 0 });
      let shared = byKey.get(key);
      if (!shared) byKey.set(key, (shared = style));
      shared.members.push(i);
      return ranges;
    });
    this.coords = Float64Array.from(flat);
    this.screen = new Float32Array(flat.length);
    const order = { area: 0, line: 1, point: 2 };
    this.styles = [...byKey.values()].sort((a, b) => order[a.kind] - order[b.kind]);
    this.visible = new Uint8Array(features.length).fill(1);
    this.paints = this.styles.map((style) => {
      const fill = style.fill === null ? null : parseHexColour(style.fill);
      return { fill, fillWord: fill === null ? null : packColour(fill), strokeWord: packColour(parseHexColour(style.stroke)) };
    });
    this.boxes = new Float64Array(features.length * 4);
    this.rings.forEach((ranges, i) => {
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (let k = ranges[0] ?? 0; k < (ranges[ranges.length - 1] ?? 0); k += 2) {
        x0 = Math.min(x0, this.coords[k]!);
        x1 = Math.max(x1, this.coords[k]!);
        y0 = Math.min(y0, this.coords[k + 1]!);
        y1 = Math.max(y1, this.coords[k + 1]!);
      }
      this.boxes.set([x0, y0, x1, y1], i * 4);
    });
  }

  override onAdd(map: L.Map): this {
    this.canvas = L.DomUtil.create('canvas', 'feature-canvas', map.getPane(this.paneName));
    map.on('moveend zoomend resize', this.redraw, this);
    this.redraw();
    return this;
  }

  override onRemove(map: L.Map): this {
    map.off('moveend zoomend resize', this.redraw, this);
    this.canvas?.remove();
    this.canvas = null;
    return this;
  }

  /** Shows exactly these features; returns how many of them this layer knows. */
  setVisible(features: readonly ProjectFeature[]): number {
    this.visible.fill(0);
    let count = 0;
    for (const feature of features) {
      const i = this.indexOf.get(feature.id);
      if (i !== undefined) (this.visible[i] = 1), count++;
    }
    this.redraw();
    return count;
  }

  /** Id of the visible point feature whose marker covers this spot, or null (points only). */
  pointFeatureAt(latlng: L.LatLng): string | null {
    const map = this._map as L.Map | undefined;
    if (!map) return null;
    if (!this.hits) {
      const order = new Uint32Array(this.ids.length);
      const points: [number, number, number][] = [];
      let drawn = 0;
      for (const style of this.styles) {
        for (const i of style.members) {
          order[i] = drawn++;
          if (style.kind === 'point') points.push([i, this.coords[this.rings[i]![0]!]!, this.coords[this.rings[i]![0]! + 1]!]);
        }
      }
      this.hits = { index: buildPointHitIndex(points), order };
    }
    const [x, y] = project(latlng.lng, latlng.lat);
    const hit = pointAt(this.hits.index, x, y, MARKER, 2 ** map.getZoom(), this.visible, this.hits.order);
    return hit === null ? null : this.ids[hit]!;
  }

  redraw(): void {
    const map = this._map as L.Map | undefined;
    if (!this.canvas || !map) return;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    // resizing a canvas reallocates it: only when the map's size changed
    if (this.canvas.width !== size.x * ratio || this.canvas.height !== size.y * ratio) {
      this.canvas.width = size.x * ratio;
      this.canvas.height = size.y * ratio;
      this.canvas.style.width = `${size.x}px`;
      this.canvas.style.height = `${size.y}px`;
    }
    L.DomUtil.setPosition(this.canvas, map.containerPointToLayerPoint([0, 0]));
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    const width = this.canvas.width;
    const height = this.canvas.height;
    if (!this.image || !this.raster || this.image.width !== width || this.image.height !== height) {
      this.image = ctx.createImageData(width, height);
      this.raster = rasterOf(this.image);
      this.dirty = [0, 0, 0, 0]; // a new buffer (and a resized canvas) starts empty
    }
    const image = this.raster;
    // world pixel at zoom 0 -> device pixel of the canvas
    const scale = 2 ** map.getZoom();
    const topLeft = map.getPixelBounds().min!;
    const [left, top] = [topLeft.x / scale, topLeft.y / scale];
    const [right, bottom] = [left + width / ratio / scale, top + height / ratio / scale];
    const margin = (MARKER + 4) / scale; // markers and line widths reach past a feature's box
    const c = this.coords;
    const b = this.boxes;
    const screen = this.screen;
    const key = `${scale} ${left} ${top} ${ratio}`;
    if (key !== this.screenKey) {
      for (let k = 0; k < c.length; k += 2) {
        screen[k] = (c[k]! - left) * scale * ratio;
        screen[k + 1] = (c[k + 1]! - top) * scale * ratio;
      }
      this.screenKey = key;
    }
    const [px0, py0, px1, py1] = this.dirty;
    for (let y = py0; y < py1; y++) image.words.fill(0, y * width + px0, y * width + px1);
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    const marker = Math.round(MARKER * ratio);
    for (let s = 0; s < this.styles.length; s++) {
      const style = this.styles[s]!;
      const paint = this.paints[s]!;
      const lineWidth = style.width * ratio;
      const dash = style.dash.map((d) => d * ratio);
      for (const i of style.members) {
        if (!this.visible[i]) continue;
        if (b[i * 4]! > right + margin || b[i * 4 + 2]! < left - margin || b[i * 4 + 1]! > bottom + margin || b[i * 4 + 3]! < top - margin) continue;
        x0 = Math.min(x0, b[i * 4]!);
        y0 = Math.min(y0, b[i * 4 + 1]!);
        x1 = Math.max(x1, b[i * 4 + 2]!);
        y1 = Math.max(y1, b[i * 4 + 3]!);
        const ranges = this.rings[i]!;
        const first = ranges[0]!;
        if (style.kind === 'point') {
          drawSquare(image, screen[first]!, screen[first + 1]!, marker, paint.fillWord, paint.strokeWord, Math.max(1, Math.round(lineWidth)));
          continue;
        }
        if (style.kind === 'area' && paint.fill !== null) fillPolygon(image, screen, ranges, paint.fill, style.fillOpacity);
        for (let r = 0; r < ranges.length; r += 2) strokePolyline(image, screen, ranges[r]!, ranges[r + 1]!, lineWidth, paint.strokeWord, dash, style.kind === 'area');
      }
    }
    // only the pixels drawn now or last time go back to the canvas
    const toX = (x: number) => Math.max(0, Math.min(width, Math.round((x - left) * scale * ratio)));
    const toY = (y: number) => Math.max(0, Math.min(height, Math.round((y - top) * scale * ratio)));
    this.dirty = x0 > x1 ? [0, 0, 0, 0] : [toX(x0 - margin), toY(y0 - margin), toX(x1 + margin), toY(y1 + margin)];
    const [nx0, ny0, nx1, ny1] = this.dirty;
    const ux0 = Math.min(px0, nx0);
    const uy0 = Math.min(py0, ny0);
    const ux1 = Math.max(px1, nx1);
    const uy1 = Math.max(py1, ny1);
    if (ux1 > ux0 && uy1 > uy0) ctx.putImageData(this.image, 0, 0, ux0, uy0, ux1 - ux0, uy1 - uy0);
  }
}
