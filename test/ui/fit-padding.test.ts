import { describe, expect, it } from 'vitest';
import { paddingAroundPanel } from '../../src/ui/fit-padding';

const map = { left: 0, top: 60, right: 1440, bottom: 900 };

describe('paddingAroundPanel', () => {
  it('keeps only the margin when there is no panel', () => {
    expect(paddingAroundPanel(map, null)).toEqual({ paddingTopLeft: [12, 12], paddingBottomRight: [12, 12] });
  });

  it('pads the right by the width a card covers on a wide screen', () => {
    // a 340 px card with a 12 px gap to the right edge covers 352 px of the map
    const card = { left: 1088, top: 72, right: 1428, bottom: 850 };
    expect(paddingAroundPanel(map, card).paddingBottomRight).toEqual([12 + 352, 12]);
  });

  it('pads the bottom by the height a bottom sheet covers on a phone', () => {
    const phoneMap = { left: 0, top: 96, right: 375, bottom: 667 };
    const sheet = { left: 0, top: 627, right: 375, bottom: 667 };
    expect(paddingAroundPanel(phoneMap, sheet).paddingBottomRight).toEqual([12, 12 + 40]);
  });

  it('ignores a panel outside the map', () => {
    const beside = { left: 1500, top: 60, right: 1800, bottom: 900 };
    expect(paddingAroundPanel(map, beside)).toEqual({ paddingTopLeft: [12, 12], paddingBottomRight: [12, 12] });
  });
});
