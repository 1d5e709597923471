// SVG path data for the point symbols, centred on (0, 0), so the map markers and the exported
// picture draw the very same shapes.
import type { PointShape } from '../style/symbology.ts';

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function polygon(sides: number, radius: number, rotation: number): string {
  const points: string[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = rotation + (2 * Math.PI * i) / sides;
    points.push(`${round(radius * Math.cos(angle))},${round(radius * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

function star(outer: number, inner: number): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = -Math.PI / 2 + (Math.PI * i) / 5;
    points.push(`${round(radius * Math.cos(angle))},${round(radius * Math.sin(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

/** Path data of `shape` fitting a circle of diameter `size`. */
export function pointShapePath(shape: PointShape, size: number): string {
  const r = size / 2;
  const up = -Math.PI / 2;
  switch (shape) {
    case 'circle':
      return `M${round(-r)},0A${round(r)},${round(r)} 0 1,0 ${round(r)},0A${round(r)},${round(r)} 0 1,0 ${round(-r)},0Z`;
    case 'square':
      return polygon(4, r * 1.2, Math.PI / 4);
    case 'diamond':
      return polygon(4, r * 1.2, 0);
    case 'triangle':
      return polygon(3, r * 1.25, up);
    case 'triangle-down':
      return polygon(3, r * 1.25, -up);
    case 'pentagon':
      return polygon(5, r * 1.1, up);
    case 'hexagon':
      return polygon(6, r * 1.1, 0);
    case 'star':
      return star(r * 1.35, r * 0.6);
    case 'cross': {
      const a = round(r);
      const b = round(r / 3);
      return `M${-b},${-a}H${b}V${-b}H${a}V${b}H${b}V${a}H${-b}V${b}H${-a}V${-b}H${-b}Z`;
    }
  }
}

/**
 * How far `shape` reaches from its centre, in either axis, as a share of the circle it fits
 * (diameter `size` in pointShapePath): a diamond's points reach 1.2 of the radius, a star's 1.35.
 */
export function pointShapeReach(shape: PointShape): number {
  switch (shape) {
    case 'circle':
    case 'cross':
      return 1;
    case 'square':
      return 1.2 * Math.SQRT1_2;
    case 'diamond':
      return 1.2;
    case 'triangle':
    case 'triangle-down':
      return 1.25;
    case 'pentagon':
    case 'hexagon':
      return 1.1;
    case 'star':
      return 1.35;
  }
}
