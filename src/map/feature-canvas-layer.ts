// Every feature on one canvas, drawn in batches of equal style: for synthetic sets of tens of
// thousands of features, where one Leaflet layer (or SVG element) per feature is too slow to toggle.
// Coordinates are projected once (Web Mercator at zoom 0) into typed arrays; a filter change only
// rewrites a visibility mask and repaints. No hover, focus or selection highlight: the app's own
// 85 features use the SVG layer (feature-layer.ts), which has them.
import L from 'leaflet';
import type { ProjectFeature } from '../types';
import { areaSymbol, lineSymbol, pointSymbol } from '../style/symbology';

interface Style {
  kind: 'point' | 'line' | 'area';
  fill: string | null;
  stroke: string;
  width: number;
  dash: number[];
  members: number[];
}

const TILE = 256;
function project(lon: number, lat: number): [number, number] {
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * TILE, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE];
}

export class FeatureCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private readonly coords: Float64Array;
  /** per feature: rings as [start, end) pairs into coords (x, y interleaved) */
  private readonly rings: number[][];
  private readonly styles: Style[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly visible: Uint8Array;

  constructor(features: readonly ProjectFeature[], private readonly paneName: string) {
    super();
    const flat: number[] = [];
    const byKey = new Map<string, Style>();
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
      const style = this.styleOf(feature);
      const key = JSON.stringify({ ...style, members: 0 });
      let shared = byKey.get(key);
      if (!shared) byKey.set(key, (shared = style));
      shared.members.push(i);
      return ranges;
    });
    this.coords = Float64Array.from(flat);
    const order = { area: 0, line: 1, point: 2 };
    this.styles = [...byKey.values()].sort((a, b) => order[a.kind] - order[b.kind]);
    this.visible = new Uint8Array(features.length).fill(1);
  }

  private styleOf(feature: ProjectFeature): Style {
    const p = feature.properties;
    switch (feature.geometry.type) {
      case 'Point': {
        const s = pointSymbol(p);
        return { kind: 'point', fill: s.fill, stroke: s.stroke, width: 1, dash: [], members: [] };
      }
      case 'LineString': {
        const s = lineSymbol(p);
        return { kind: 'line', fill: null, stroke: s.stroke, width: s.width, dash: s.dash ?? [], members: [] };
      }
      default: {
        const s = areaSymbol(p);
        return { kind: 'area', fill: s.fill, stroke: s.stroke, width: s.strokeWidth, dash: s.dash ?? [], members: [] };
      }
    }
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
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.canvas.width, this.canvas.height);
    // world pixel at zoom 0 -> container pixel
    const scale = 2 ** map.getZoom();
    const topLeft = map.getPixelBounds().min!;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const c = this.coords;
    for (const style of this.styles) {
      ctx.beginPath();
      for (const i of style.members) {
        if (!this.visible[i]) continue;
        const ranges = this.rings[i]!;
        for (let r = 0; r < ranges.length; r += 2) {
          const start = ranges[r]!;
          const end = ranges[r + 1]!;
          const x0 = c[start]! * scale - topLeft.x;
          const y0 = c[start + 1]! * scale - topLeft.y;
          if (style.kind === 'point') {
            // squares: far cheaper than arcs on a software canvas, and 8 px is too small to tell apart
            ctx.rect(x0 - 4, y0 - 4, 8, 8);
            continue;
          }
          ctx.moveTo(x0, y0);
          for (let k = start + 2; k < end; k += 2) ctx.lineTo(c[k]! * scale - topLeft.x, c[k + 1]! * scale - topLeft.y);
          if (style.kind === 'area') ctx.closePath();
        }
      }
      ctx.setLineDash(style.dash);
      ctx.lineWidth = style.width;
      ctx.strokeStyle = style.stroke;
      if (style.fill !== null) {
        ctx.fillStyle = style.fill;
        ctx.globalAlpha = style.kind === 'area' ? 0.1 : 1;
        ctx.fill();
        ctx.globalAlpha = 1;
        if (style.kind === 'point') continue; // filled points need no outline at this scale
      }
      ctx.stroke();
    }
  }
}
