import { describe, expect, it } from 'vitest';
import { featureSymbol, lineSymbol, pointSymbol, pointShapeFor, OKABE_ITO } from '../../src/style/symbology.ts';

const base = { category: 'industrial_park' as const, subtype: 'national_high_tech_zone', status: 'operating' as const, precision: 'exact' as const };

describe('symbology', () => {
  it('draws an approximate point hollow and an exact one filled', () => {
    expect(pointSymbol(base).fill).toBe(OKABE_ITO.blue);
    expect(pointSymbol({ ...base, precision: 'approximate' }).fill).toBeNull();
  });

  it('gives every subtype of one category its own shape', () => {
    const pilot = ['free_trade_zone', 'national_new_area', 'science_city', 'provincial_new_area', 'adjacent_cooperation_platform', 'digital_economy_pilot'];
    expect(new Set(pilot.map(pointShapeFor)).size).toBe(pilot.length);
    const parks = ['national_economic_development_zone', 'national_high_tech_zone', 'comprehensive_bonded_zone'];
    expect(new Set(parks.map(pointShapeFor)).size).toBe(parks.length);
  });

  it('draws operating corridors solid and unbuilt ones dashed', () => {
    const rail = { ...base, category: 'corridor' as const, subtype: 'high_speed_rail' };
    expect(lineSymbol(rail).dash).toBeNull();
    expect(lineSymbol({ ...rail, status: 'under_construction' }).dash).not.toBeNull();
    expect(lineSymbol({ ...rail, status: 'planned' }).dash).not.toBeNull();
  });

  it('outlines an approximate area with a dash', () => {
    const zone = featureSymbol({ ...base, precision: 'approximate' }, 'Polygon');
    expect(zone.kind === 'area' && zone.dash).toBeTruthy();
  });

  it('uses only Okabe–Ito colours for features', () => {
    const palette = new Set<string>(Object.values(OKABE_ITO));
    for (const subtype of ['high_speed_rail', 'railway', 'waterway', 'expressway', 'land_sea_corridor', 'international_rail_freight']) {
      expect(palette.has(lineSymbol({ ...base, category: 'corridor', subtype }).stroke)).toBe(true);
    }
  });
});

describe('zone extents', () => {
  const zone = (category: 'pilot_zone' | 'platform', subtype: string) => featureSymbol({ category, subtype, status: 'designated', precision: 'approximate' }, 'MultiPolygon');

  it('draws the planning area as an outline only', () => {
    const symbol = zone('platform', 'planning_area');
    expect(symbol.kind === 'area' && symbol.fillOpacity).toBe(0);
    expect(symbol.kind === 'area' && symbol.dash).not.toBeNull();
  });

  it('keeps every extent tint faint, the wide zones fainter than the small platforms, and the outline dashed', () => {
    const wide = [zone('platform', 'metropolitan_area'), zone('pilot_zone', 'digital_economy_pilot')];
    const small = zone('pilot_zone', 'adjacent_cooperation_platform');
    for (const symbol of [...wide, small]) {
      if (symbol.kind !== 'area') throw new Error('an extent is an area');
      expect(symbol.fillOpacity).toBeGreaterThan(0);
      expect(symbol.fillOpacity).toBeLessThanOrEqual(0.1);
      expect(symbol.dash).not.toBeNull();
    }
    for (const symbol of wide) if (symbol.kind === 'area' && small.kind === 'area') expect(symbol.fillOpacity).toBeLessThan(small.fillOpacity);
  });
});
