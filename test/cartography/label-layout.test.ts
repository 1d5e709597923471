import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelBox } from '../../src/cartography/label-layout';

const box = (id: string, x: number, y: number, priority = 1, width = 40, height = 12): LabelBox => ({
  id, x, y, width, height, priority,
});

describe('placeLabels', () => {
  it('shows every label when none collide', () => {
    const shown = placeLabels([box('a', 0, 0), box('b', 100, 0), box('c', 0, 100)]);
    expect([...shown].sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps the more important of two overlapping labels, whatever the input order', () => {
    expect([...placeLabels([box('county', 10, 5, 1), box('city', 0, 0, 5)])]).toEqual(['city']);
    expect([...placeLabels([box('city', 0, 0, 5), box('county', 10, 5, 1)])]).toEqual(['city']);
  });

  it('keeps the first of equally important overlapping labels', () => {
    expect([...placeLabels([box('first', 0, 0), box('second', 20, 0)])]).toEqual(['first']);
  });

  it('lets a label hidden by a winner free its space for nobody else: a chain keeps both ends', () => {
    // b overlaps a and c; a wins, b loses, so c (which only touched b) is shown.
    const shown = placeLabels([box('a', 0, 0, 3), box('b', 35, 0, 2), box('c', 70, 0, 1)]);
    expect([...shown].sort()).toEqual(['a', 'c']);
  });

  it('keeps the padding between labels', () => {
    expect(placeLabels([box('a', 0, 0), box('b', 41, 0)], { padding: 0 }).size).toBe(2);
    expect(placeLabels([box('a', 0, 0), box('b', 41, 0)], { padding: 4 }).size).toBe(1);
  });

  it('hides labels that do not fit in the viewport', () => {
    const shown = placeLabels([box('in', 10, 10), box('cut', 380, 10), box('above', 10, -5)], {
      viewport: { width: 400, height: 300 },
    });
    expect([...shown]).toEqual(['in']);
  });

  it('does not modify its input', () => {
    const input = [box('b', 0, 0, 1), box('a', 5, 0, 9)];
    const copy = structuredClone(input);
    placeLabels(input);
    expect(input).toEqual(copy);
  });
});
