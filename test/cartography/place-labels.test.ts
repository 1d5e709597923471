import { describe, expect, it } from 'vitest';
import { layoutMapLabels, type MapLabelInput, type SeatPlace } from '../../src/cartography/map-labels';
import { capitalsClearOfSymbols } from '../../src/cartography/place-labels';
import type { LabelPlace } from '../../src/cartography/label-input';
import type { PlacementCandidate } from '../../src/cartography/label-placement';
import { measure } from './label-fixtures';

// One seat at the centre of a 400×300 map, under a disc as wide as a cluster of a city's projects.
const project = (lon: number, lat: number): [number, number] => [200 + (lon - 106.5) * 100, 150 - (lat - 29.5) * 100];
const seat = (priority: number): SeatPlace => ({ adcode: '500103', name_zh: '渝中区', name_en: 'Yuzhong District', lon: 106.5, lat: 29.5, priority });
const disc = { x: 204, y: 146, radius: 36 };

function layout(priority: number) {
  const input: MapLabelInput = { lang: 'en', zoom: 6, viewport: { width: 400, height: 300 }, project, measure, features: [], seats: [seat(priority)], symbols: [disc] };
  return layoutMapLabels(input);
}

describe('a seat under a large symbol', () => {
  it("a capital's name stands just clear of the disc, its dot still on the seat", () => {
    const [label] = layout(3e6 + 100);
    expect(label?.lines).toEqual(['Yuzhong District']);
    expect(label?.dot).toEqual([200, 150]);
    const box = label!.boxes[0]!;
    // the nearest point of the name's box to the disc's centre is outside the disc
    const dx = Math.max(box.x - disc.x, 0, disc.x - (box.x + box.width));
    const dy = Math.max(box.y - disc.y, 0, disc.y - (box.y + box.height));
    expect(Math.hypot(dx, dy)).toBeGreaterThanOrEqual(disc.radius);
    // and close to it: within a line's height of the disc's edge
    expect(Math.hypot(dx, dy)).toBeLessThan(disc.radius + 20);
  });

  it("a capital's name is never put beside a neighbouring symbol that does not cover the seat", () => {
    // a second disc to the south-west, clear of the seat, and a panel over every spot around the seat's own disc
    const neighbour = { x: 130, y: 220, radius: 30 };
    const panel = { x: 140, y: 70, width: 130, height: 160 };
    const input: MapLabelInput = {
      ...{ lang: 'en', zoom: 6, viewport: { width: 400, height: 300 }, project, measure, features: [] },
      ...{ seats: [seat(3e6 + 100)], symbols: [disc, neighbour], obstacles: [panel] },
    };
    for (const label of layoutMapLabels(input)) {
      const box = label.boxes[0]!;
      const dx = Math.max(box.x - disc.x, 0, disc.x - (box.x + box.width));
      const dy = Math.max(box.y - disc.y, 0, disc.y - (box.y + box.height));
      // wherever it stands, it is beside the seat's own disc, not the neighbour's
      expect(Math.hypot(dx, dy)).toBeLessThan(disc.radius + 20);
    }
  });

  it('a district seat under the same disc is left out, as before', () => {
    expect(layout(1e6 + 100)).toEqual([]);
  });
});

describe('capitalsClearOfSymbols', () => {
  // A capital's name (80 × 20) whose seat lies under a disc of radius 30, at the screen's unit and at a
  // page's (a 300 dpi A4 is about 2.3 units): the positions it gains beside the disc keep 3 units clear of it.
  const gapsAt = (unit: number): number[] => {
    const place: LabelPlace = { id: 'seat:510100', kind: 'seat', style: 'capital', key: '510100', lines: ['Chengdu'], x: 0, y: 0, align: 'start', angle: 0, width: 80, height: 20, dot: [200, 150] };
    const candidate: PlacementCandidate<LabelPlace> = { id: place.id, priority: 1, positions: [{ boxes: [{ x: 206, y: 140, width: 80, height: 20 }], place }] };
    const disc = { x: 204, y: 146, radius: 30 * unit };
    const [widened] = capitalsClearOfSymbols([candidate], [disc], unit);
    return widened!.positions.slice(1).map(({ boxes: [box] }) => {
      const dx = Math.max(box!.x - disc.x, 0, disc.x - (box!.x + box!.width));
      const dy = Math.max(box!.y - disc.y, 0, disc.y - (box!.y + box!.height));
      return Math.max(dx, dy) - disc.radius;
    });
  };

  it.each([1, 2.3, 4])('sets the name 3 units clear of a symbol over the seat at %s px a unit', (unit) => {
    const gaps = gapsAt(unit);
    expect(gaps.length).toBe(8);
    for (const gap of gaps) expect(gap).toBeCloseTo(3 * unit, 6);
  });
});
