import { describe, expect, it } from 'vitest';
import { BASEMAP, categoryColour, featureSymbol, lineSymbol, pointSymbol, pointShapeFor } from '../../src/style/symbology.ts';
import { LAYER_COLOURS } from '../../src/import/layer-store.ts';
import { CATEGORIES } from '../../src/types.ts';
import { colourDifference, contrastRatio, type Vision } from './colour-vision.ts';

const base = { category: 'industrial_park' as const, subtype: 'national_high_tech_zone', status: 'operating' as const, precision: 'exact' as const };

describe('symbology', () => {
  it('draws an approximate point hollow and an exact one filled', () => {
    expect(pointSymbol(base).fill).toBe(categoryColour('industrial_park'));
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

});

const MODES = ['high_speed_rail', 'railway', 'waterway', 'expressway', 'land_sea_corridor', 'international_rail_freight'];
const VISIONS: Vision[] = ['normal', 'deuteranopia', 'protanopia'];
// CIE76: about 2.3 is just noticeable; 10 reads as a different colour at a glance on a map symbol
const APART = 10;

function closestPair(colours: readonly string[], vision: Vision): { difference: number; pair: string } {
  let closest = { difference: Infinity, pair: '' };
  for (let i = 0; i < colours.length; i++) {
    for (let j = i + 1; j < colours.length; j++) {
      const difference = colourDifference(colours[i]!, colours[j]!, vision);
      if (difference < closest.difference) closest = { difference, pair: `${colours[i]} / ${colours[j]}` };
    }
  }
  return closest;
}

describe('colours', () => {
  const categories = CATEGORIES.map(categoryColour);
  const modes = MODES.map((subtype) => lineSymbol({ ...base, category: 'corridor', subtype }).stroke);

  it('give every category and corridor mode its own colour, the one the legend shows', () => {
    expect(new Set(categories).size).toBe(CATEGORIES.length);
    expect(new Set(modes).size).toBe(MODES.length);
  });

  it('keep 3:1 contrast against the land, imported layers too', () => {
    for (const colour of [...categories, ...modes, ...LAYER_COLOURS]) expect(contrastRatio(colour, BASEMAP.provinceFill), colour).toBeGreaterThanOrEqual(3);
  });

  it('keep the categories apart under simulated deuteranopia and protanopia', () => {
    for (const vision of VISIONS) {
      const { difference, pair } = closestPair(categories, vision);
      expect(difference, `${vision}: ${pair}`).toBeGreaterThanOrEqual(APART);
    }
  });

  it('keep the corridor modes apart under simulated deuteranopia and protanopia', () => {
    for (const vision of VISIONS) {
      const { difference, pair } = closestPair(modes, vision);
      expect(difference, `${vision}: ${pair}`).toBeGreaterThanOrEqual(APART);
    }
  });

  it('give imported layers colours no built-in symbol uses, nor one close to it', () => {
    for (const layer of LAYER_COLOURS) {
      for (const builtIn of [...categories, ...modes]) {
        // twice "apart" for normal vision: a layer must never read as one of the built-in categories
        expect(colourDifference(layer, builtIn, 'normal'), `${layer} / ${builtIn}`).toBeGreaterThanOrEqual(2 * APART);
        for (const vision of ['deuteranopia', 'protanopia'] as const) {
          expect(colourDifference(layer, builtIn, vision), `${vision}: ${layer} / ${builtIn}`).toBeGreaterThanOrEqual(0.8 * APART);
        }
      }
    }
    expect(closestPair(LAYER_COLOURS, 'normal').difference).toBeGreaterThanOrEqual(APART);
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
