import { describe, expect, it } from 'vitest';
import {
  countiesCrossed, countyAt, indexCounties, OUTSIDE, planningStatus, prefecturesOf, type CountyFeature,
} from '../../data/build/placement.ts';

// Two unit squares side by side: a Sichuan county (parent 510100) and a Chongqing district.
const square = (adcode: string, parent: string, x: number): CountyFeature => ({
  type: 'Feature',
  properties: { adcode, name: adcode, parent },
  geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 1, 30], [x + 1, 31], [x, 31], [x, 30]]] },
});
const index = indexCounties([square('510104', '510100', 104), square('500112', '500000', 105)]);

describe('placement', () => {
  it('finds the unit containing a point, or says it is outside', () => {
    expect(countyAt(index, [104.5, 30.5])).toBe('510104');
    expect(countyAt(index, [105.5, 30.5])).toBe('500112');
    expect(countyAt(index, [108, 22])).toBe(OUTSIDE);
  });

  it('lists the units a line crosses and notes when it leaves the region', () => {
    expect(countiesCrossed(index, { type: 'LineString', coordinates: [[104.5, 30.5], [105.5, 30.5]] }).sort()).toEqual(['500112', '510104']);
    expect(countiesCrossed(index, { type: 'LineString', coordinates: [[105.5, 30.5], [108, 22]] })).toEqual(['500112', OUTSIDE]);
  });

  it('maps Sichuan counties to their city and Chongqing districts to themselves', () => {
    expect(prefecturesOf(index, ['500112', '510104', OUTSIDE])).toEqual(['500112', '510100']);
  });

  it('says yes only when every unit touched is a whole member', () => {
    const area = { whole: new Set(['510104']), partial: new Set(['500112']) };
    expect(planningStatus(area, ['510104'])).toBe('yes');
    expect(planningStatus(area, ['510104', OUTSIDE])).toBe('partial');
    expect(planningStatus(area, ['500112'])).toBe('partial');
    expect(planningStatus(area, [OUTSIDE])).toBe('no');
  });
});
