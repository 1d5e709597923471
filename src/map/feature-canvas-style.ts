// Styles and projection of the canvas feature layer: the symbology's colours, widths and dashes
// for one feature, and Web Mercator at zoom 0 (Leaflet's world pixels divided by 2^zoom).
import type { ProjectFeature } from '../types';
import { areaSymbol, lineSymbol, pointSymbol } from '../style/symbology';

/** one style of the layer and the indexes of the features drawn with it */
export interface Style {
  kind: 'point' | 'line' | 'area';
  fill: string | null;
  fillOpacity: number;
  stroke: string;
  width: number;
  dash: number[];
  members: number[];
}

const TILE = 256;
export function project(lon: number, lat: number): [number, number] {
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [((lon + 180) / 360) * TILE, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE];
}

export function styleOf(feature: ProjectFeature): Style {
  const p = feature.properties;
  switch (feature.geometry.type) {
    case 'Point': {
      const s = pointSymbol(p);
      return { kind: 'point', fill: s.fill, fillOpacity: 1, stroke: s.stroke, width: s.strokeWidth, dash: [], members: [] };
    }
    case 'LineString': {
      const s = lineSymbol(p);
      return { kind: 'line', fill: null, fillOpacity: 0, stroke: s.stroke, width: s.width, dash: s.dash ?? [], members: [] };
    }
    default: {
      const s = areaSymbol(p);
      return { kind: 'area', fill: s.fill, fillOpacity: s.fillOpacity, stroke: s.stroke, width: s.strokeWidth, dash: s.dash ?? [], members: [] };
    }
  }
}
