// Hostile property names and values are data: kept exactly, never turned into links or markup.
import { describe, expect, it } from 'vitest';
import { importTextFile } from '../../src/import/import-file.ts';
import { safeHref } from '../../src/import/safe-href.ts';
import { propertyFilterModel } from '../../src/import/property-filter-model.ts';
import { fixtureBytes } from './fixtures.ts';

describe('importing hostile.geojson', () => {
  const result = importTextFile({ name: 'hostile.geojson', bytes: fixtureBytes('hostile.geojson') });
  const source = JSON.parse(new TextDecoder().decode(fixtureBytes('hostile.geojson'))) as {
    features: { properties: Record<string, unknown> }[];
  };

  it('imports both features with every hostile name and value unchanged', () => {
    expect(result.errors).toEqual([]);
    expect(result.layer?.features.map((f) => f.properties)).toEqual(source.features.map((f) => f.properties));
    expect(result.layer?.features[0]?.properties?.['name']).toBe('<img src=x onerror="window.__pwned=true">');
  });

  it('makes no link from its javascript: url properties', () => {
    expect(result.layer?.features.map((f) => safeHref(f.properties?.['url']))).toEqual([null, null]);
  });

  it('summarises hostile property names as plain field names', () => {
    const names = propertyFilterModel(result.layer?.features ?? []).map((f) => f.name);
    expect(names).toContain('<svg onload="window.__pwned=true"></svg>');
  });
});

describe('messages about hostile ids', () => {
  it('escapes a right-to-left override so the message cannot be shown reversed', () => {
    const feature = { type: 'Feature', id: '\u202eevil', properties: {}, geometry: { type: 'Point', coordinates: [104, 'x'] } };
    const result = importTextFile({ name: 'rlo.geojson', bytes: new TextEncoder().encode(JSON.stringify(feature)) });
    expect(result.errors.map((e) => e.message)).toEqual([
      'rlo.geojson: feature 0 (id "\\u202eevil"): latitude of "geometry" is not a number ("x")',
    ]);
    expect(result.errors[0]?.id).toBe('\u202eevil');
  });
});
