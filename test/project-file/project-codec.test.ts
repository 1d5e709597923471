import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { UserLayer } from '../../src/import/layer-store.ts';
import type { StoredTable } from '../../src/choropleth/table-store.ts';
import { decodeProject, encodeProject, layersFromProject, projectFromLayers } from '../../src/project-file/project-codec.ts';

const park: Feature = { type: 'Feature', geometry: { type: 'Point', coordinates: [104.07, 30.67] }, properties: { 名称: '人民公园', 面积: 11.3 } };
const zone: Feature = {
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[106.5, 29.5], [106.6, 29.5], [106.6, 29.6], [106.5, 29.5]]] },
  properties: { name: 'Zone A' },
};

const parks: UserLayer = { id: 'a1', name: '公园.csv', colour: '#b2182b', visible: true, features: [park], createdAt: '2026-12-01T08:00:00.000Z', sizeBy: '面积', nameColumn: '名称' };
const zones: UserLayer = { id: 'b2', name: 'zones.geojson', colour: '#762a83', visible: false, features: [zone], createdAt: '2026-12-02T08:00:00.000Z' };
// Only the presence of `published` matters here; its content is the site's, tested elsewhere.
const published = { ...zones, id: 'pub', name: 'Published', published: {} } as unknown as UserLayer;

const gdp: StoredTable = {
  id: 't1abc',
  name: '区县GDP.csv',
  table: {
    columns: ['市', '区县', 'GDP（亿元）'],
    rows: [
      { n: 2, cells: { 市: '成都市', 区县: '武侯区', 'GDP（亿元）': '1,432' } },
      { n: 3, cells: { 市: '乐山市', 区县: '市中区', 'GDP（亿元）': '' } },
    ],
  },
  level: 'county',
  key: '区县',
  parent: '市',
  createdAt: '2026-12-03T08:00:00.000Z',
};

function fileWith(changes: Record<string, unknown>): string {
  const base = JSON.parse(encodeProject(projectFromLayers([parks], () => undefined, '?lang=en', new Date('2026-12-04T10:00:00Z')))) as Record<string, unknown>;
  return JSON.stringify({ ...base, ...changes });
}

describe('project file codec', () => {
  it('round-trips layers, their styling, filters and the page state', () => {
    const project = projectFromLayers(
      [parks, zones],
      (id) => (id === 'a1' ? { kind: 'range', field: '面积', min: 5 } : undefined),
      '?lang=zh&view=30.6,104.1,9&km=10',
      new Date('2026-12-04T10:00:00Z'),
    );
    const decoded = decodeProject(encodeProject(project));
    expect(decoded).toEqual({
      ok: true,
      project: {
        savedAt: '2026-12-04T10:00:00.000Z',
        search: '?lang=zh&view=30.6,104.1,9&km=10',
        layers: [
          { name: '公园.csv', colour: '#b2182b', visible: true, createdAt: '2026-12-01T08:00:00.000Z', features: [park], sizeBy: '面积', nameColumn: '名称', filter: { kind: 'range', field: '面积', min: 5 } },
          { name: 'zones.geojson', colour: '#762a83', visible: false, createdAt: '2026-12-02T08:00:00.000Z', features: [zone] },
        ],
        tables: [],
      },
    });
  });

  it('leaves the site’s published layers out: the site brings them', () => {
    const project = projectFromLayers([published, parks], () => undefined, '', new Date('2026-12-04T10:00:00Z'));
    expect(project.layers.map((layer) => layer.name)).toEqual(['公园.csv']);
  });

  it('writes the format name and version 1 into the file', () => {
    const json = JSON.parse(encodeProject(projectFromLayers([], () => undefined, '', new Date('2026-12-04T10:00:00Z')))) as Record<string, unknown>;
    expect(json.format).toBe('chengyu-map-project');
    expect(json.version).toBe(1);
  });

  it('opens a file saved with a byte-order mark', () => {
    expect(decodeProject('\uFEFF' + fileWith({})).ok).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    expect(decodeProject('name,lon,lat\n公园,104,30')).toEqual({ ok: false, problem: { code: 'not-json' } });
  });

  it('refuses JSON that is not a project (a GeoJSON file)', () => {
    expect(decodeProject(JSON.stringify({ type: 'FeatureCollection', features: [park] }))).toEqual({ ok: false, problem: { code: 'not-a-project' } });
    expect(decodeProject('[1,2]')).toEqual({ ok: false, problem: { code: 'not-a-project' } });
  });

  it('refuses a newer version instead of guessing, and a missing or odd version', () => {
    expect(decodeProject(fileWith({ version: 2 }))).toEqual({ ok: false, problem: { code: 'version-newer', version: 2 } });
    expect(decodeProject(fileWith({ version: '1' }))).toEqual({ ok: false, problem: { code: 'version-invalid', field: 'version' } });
    expect(decodeProject(fileWith({ version: undefined }))).toEqual({ ok: false, problem: { code: 'version-invalid', field: 'version' } });
  });

  it('names the malformed field', () => {
    const layer = { name: 'x', colour: '#b2182b', visible: true, createdAt: '2026-12-01T08:00:00.000Z', features: [park] };
    const problemField = (changes: Record<string, unknown>) => {
      const result = decodeProject(fileWith(changes));
      return result.ok ? 'accepted' : result.problem.field;
    };
    expect(problemField({ layers: [layer, { ...layer, colour: 'red' }] })).toBe('layers[1].colour');
    expect(problemField({ layers: [{ ...layer, name: '  ' }] })).toBe('layers[0].name');
    expect(problemField({ layers: [{ ...layer, features: [] }] })).toBe('layers[0].features');
    expect(problemField({ layers: [{ ...layer, features: [park, { type: 'Point', coordinates: [0, 0] }] }] })).toBe('layers[0].features[1]');
    expect(problemField({ layers: [{ ...layer, visible: 'yes' }] })).toBe('layers[0].visible');
    expect(problemField({ layers: [{ ...layer, filter: { kind: 'range', field: 'a', min: 'x' } }] })).toBe('layers[0].filter.min');
    expect(problemField({ layers: [{ ...layer, filter: { kind: 'regex', field: 'a' } }] })).toBe('layers[0].filter');
    expect(problemField({ layers: 'none' })).toBe('layers');
    expect(problemField({ search: 'lang=en' })).toBe('search');
    expect(problemField({ savedAt: 5 })).toBe('savedAt');
  });

  it('carries the joined table the choropleth is coloured from: its rows, join level, key and prefecture columns', () => {
    const project = projectFromLayers([], () => undefined, '?ch=t1abc~quantile~5~YlGnBu~GDP（亿元）', new Date('2026-12-04T10:00:00Z'), [gdp]);
    const decoded = decodeProject(encodeProject(project));
    expect(decoded).toEqual({ ok: true, project: { savedAt: '2026-12-04T10:00:00.000Z', search: '?ch=t1abc~quantile~5~YlGnBu~GDP（亿元）', layers: [], tables: [gdp] } });
  });

  it('opens a file without tables (nothing was coloured) with none', () => {
    const decoded = decodeProject(fileWith({ tables: undefined }));
    expect(decoded.ok && decoded.project.tables).toEqual([]);
  });

  it('names the malformed field of a table', () => {
    const problemField = (table: unknown) => {
      const result = decodeProject(fileWith({ tables: [table] }));
      return result.ok ? 'accepted' : result.problem.field;
    };
    expect(problemField(gdp)).toBe('accepted');
    expect(problemField({ ...gdp, id: 'a b' })).toBe('tables[0].id');
    expect(problemField({ ...gdp, level: 'province' })).toBe('tables[0].level');
    expect(problemField({ ...gdp, key: '区划' })).toBe('tables[0].key');
    expect(problemField({ ...gdp, parent: '省' })).toBe('tables[0].parent');
    expect(problemField({ ...gdp, table: { columns: [], rows: [] } })).toBe('tables[0].table.columns');
    expect(problemField({ ...gdp, table: { ...gdp.table, rows: [{ n: 2, cells: { 区县: '武侯区', 'GDP（亿元）': 1432 } }] } })).toBe('tables[0].table.rows[0].cells');
    expect(problemField({ ...gdp, table: { ...gdp.table, rows: [{ n: 0, cells: {} }] } })).toBe('tables[0].table.rows[0].n');
    expect(problemField({ ...gdp, createdAt: 'yesterday' })).toBe('tables[0].createdAt');
    expect(decodeProject(fileWith({ tables: {} }))).toEqual({ ok: false, problem: { code: 'field', field: 'tables' } });
  });

  it('stamps opened layers as added when opened, a millisecond apart in the file’s order, after the reader’s own', () => {
    const decoded = decodeProject(encodeProject(projectFromLayers([parks, zones], () => undefined, '', new Date('2026-12-04T10:00:00Z'))));
    if (!decoded.ok) throw new Error('the saved file did not open');
    const { layers } = layersFromProject(decoded.project, () => 'id', new Date('2026-12-05T09:00:00.000Z'));
    expect(layers.map((layer) => layer.createdAt)).toEqual(['2026-12-05T09:00:00.000Z', '2026-12-05T09:00:00.001Z']);
  });

  it('gives opened layers fresh ids and keys their filters by them', () => {
    const saved = projectFromLayers([parks, zones], (id) => (id === 'b2' ? { kind: 'text', field: 'name', contains: 'zone' } : undefined), '', new Date('2026-12-04T10:00:00Z'));
    const decoded = decodeProject(encodeProject(saved));
    if (!decoded.ok) throw new Error('the saved file did not open');
    let n = 0;
    const { layers, filters } = layersFromProject(decoded.project, () => `new-${++n}`);
    expect(layers.map((layer) => [layer.id, layer.name, layer.colour, layer.visible])).toEqual([
      ['new-1', '公园.csv', '#b2182b', true],
      ['new-2', 'zones.geojson', '#762a83', false],
    ]);
    expect(layers[0]?.sizeBy).toBe('面积');
    expect([...filters]).toEqual([['new-2', { kind: 'text', field: 'name', contains: 'zone' }]]);
  });
});
