import { describe, expect, it } from 'vitest';
import { checkSidecar } from '../../data/build/layer-sidecar.ts';

const TODAY = '2026-12-04';
const good = {
  title: { zh: '社区图书馆', en: 'Community libraries' },
  style: { colour: '#1B7837', symbol: 'circle' },
  source: { name: '某市图书馆', url: 'https://example.org/libraries', checked: '2026-11-30' },
  precision: 'exact',
  name: '名称',
};

/** The problems of a sidecar that should fail. */
function problems(value: unknown, file = 'libraries.layer.json'): string[] {
  const check = checkSidecar(file, value, TODAY);
  if (check.ok) throw new Error('expected the sidecar to be refused');
  return check.problems;
}

describe('published layer sidecar', () => {
  it('accepts a complete sidecar, takes the id from the file name and writes the colour in lower case', () => {
    expect(checkSidecar('libraries.layer.json', good, TODAY)).toEqual({
      ok: true,
      sidecar: {
        id: 'libraries',
        title: { zh: '社区图书馆', en: 'Community libraries' },
        style: { colour: '#1b7837', symbol: 'circle' },
        source: { name: '某市图书馆', url: 'https://example.org/libraries', checked: '2026-11-30' },
        precision: 'exact',
        name: '名称',
      },
    });
  });

  it('keeps the optional data file and sheet, and draws circles when no symbol is given', () => {
    const check = checkSidecar('parks.layer.json', { ...good, style: { colour: '#762a83' }, file: '园区.xlsx', sheet: '2025' }, TODAY);
    expect(check.ok && check.sidecar).toMatchObject({ id: 'parks', file: '园区.xlsx', sheet: '2025', style: { colour: '#762a83', symbol: 'circle' } });
  });

  it('names the file and the field of every problem, with what was found', () => {
    expect(problems({ ...good, style: { colour: 'green' } })).toEqual(['libraries.layer.json: "style.colour" must be a colour written #rrggbb (found "green")']);
    expect(problems({ ...good, precision: 'county' })).toEqual(['libraries.layer.json: "precision" must be one of exact, city, approximate (found "county")']);
    expect(problems({ ...good, title: { zh: '图书馆' } })).toEqual(['libraries.layer.json: "title.en" must be text of 1–120 characters (found undefined)']);
    expect(problems({ ...good, style: { colour: '#1b7837', symbol: 'star' } })).toEqual(['libraries.layer.json: "style.symbol" must be one of circle (found "star")']);
  });

  it('lists every problem at once, so one run of the build shows them all', () => {
    const { source: _source, name: _name, ...rest } = good;
    expect(problems({ ...rest, colour: '#ff0000' })).toEqual([
      'libraries.layer.json: "colour" is not a sidecar field (expected file, title, style, source, precision, name, sheet)',
      'libraries.layer.json: "source" is missing: give {"name": "…", "url": "https://…", "checked": "YYYY-MM-DD"}',
      'libraries.layer.json: "name" must be the column that names each feature (found undefined)',
    ]);
  });

  it('wants a source with a name, an http(s) address and the day it was checked, not a future one', () => {
    expect(problems({ ...good, source: { name: ' ', url: 'javascript:alert(1)', checked: '30/11/2026' } })).toEqual([
      'libraries.layer.json: "source.name" must name who published the data, 1–200 characters (found " ")',
      'libraries.layer.json: "source.url" must be an absolute http(s) address (found "javascript:alert(1)")',
      'libraries.layer.json: "source.checked" must be a day written YYYY-MM-DD, e.g. "2026-11-30" (found "30/11/2026")',
    ]);
    expect(problems({ ...good, source: { ...good.source, url: 'example.org', checked: '2026-02-30' } })).toEqual([
      'libraries.layer.json: "source.url" must be an absolute http(s) address (found "example.org")',
      'libraries.layer.json: "source.checked" "2026-02-30" is not a calendar day',
    ]);
    expect(problems({ ...good, source: { ...good.source, checked: '2027-01-01' } })).toEqual([
      'libraries.layer.json: "source.checked" "2027-01-01" is after today (2026-12-04): it is the day the source was last checked',
    ]);
  });

  it('refuses a data file outside the folder or of a kind the importer does not publish', () => {
    expect(problems({ ...good, file: '../secret.csv' })).toEqual(['libraries.layer.json: "file" must be the name of a file beside the sidecar ending in .geojson, .json, .csv, .xlsx (found "../secret.csv")']);
    expect(problems({ ...good, file: 'libraries.kml' })).toHaveLength(1);
  });

  it('refuses an id that could not be part of an address, and a sidecar that is not an object', () => {
    expect(problems(good, 'Community Libraries.layer.json')).toEqual([
      'Community Libraries.layer.json: the layer\'s id "Community Libraries" (the file name before .layer.json) must be 1–40 lower-case letters, digits or hyphens',
    ]);
    expect(problems([good])).toEqual(['libraries.layer.json: must be a JSON object with title, style, source, precision and name']);
  });
});
