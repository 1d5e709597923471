// Opening a project file into a page that already has the reader's own layer, with the real stores
// (in memory), the real permalink codec and the real state: what is added, what the page shows
// after, and that a refused file or a refused write leaves everything as it was.
import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { openProject, type OpenOptions } from '../../src/project-file/project-open.ts';
import { encodeProject, projectFromLayers } from '../../src/project-file/project-codec.ts';
import { createUserLayersState } from '../../src/user-data/user-layers-state.ts';
import { createUserLayersController } from '../../src/user-data/user-layers-controller.ts';
import { createLayerStore, memoryLayerBackend, type LayerBackend, type UserLayer } from '../../src/import/layer-store.ts';
import type { StoredTable, TableStore } from '../../src/choropleth/table-store.ts';
import { appUrlCodec } from '../../src/state/app-url-codec.ts';
import { defaultState } from '../../src/state/app-state.ts';
import { createStore } from '../../src/state/store.ts';
import { describeError } from '../../src/user-data/describe-error.ts';

const defaults = defaultState(['zh-CN']);
const site: Feature = { type: 'Feature', properties: { 名称: '天府站' }, geometry: { type: 'Point', coordinates: [104.07, 30.6] } };
const mine: UserLayer = { id: 'mine', name: '我的调研点', colour: '#1b7837', visible: true, features: [site], createdAt: '2026-11-01T00:00:00.000Z' };
const theirs: UserLayer = { id: 'theirs', name: '重点项目', colour: '#c51b7d', visible: true, features: [site, site], createdAt: '2026-12-01T00:00:00.000Z', nameColumn: '名称' };
const table: StoredTable = {
  id: 't1abc',
  name: '区县指数.csv',
  table: { columns: ['区县', '指数'], rows: [{ n: 2, cells: { 区县: '武侯区', 指数: '120' } }] },
  level: 'county',
  key: '区县',
  createdAt: '2026-12-02T00:00:00.000Z',
};
const SAVED_SEARCH = '?lang=en&v=30.6,104.3,10&tab=list&city=510100&ch=t1abc~equal~4~YlGnBu~指数&my=theirs~重点项目';

function memoryTables(failPut = false): TableStore & { all: Map<string, StoredTable> } {
  const all = new Map<string, StoredTable>();
  return {
    all,
    get: async (id) => all.get(id),
    put: async (t) => {
      if (failPut) throw new Error('disk full');
      all.set(t.id, t);
    },
    remove: async (id) => void all.delete(id),
    list: async () => [...all.values()],
  };
}

async function page(options: { backend?: LayerBackend; tables?: ReturnType<typeof memoryTables> } = {}) {
  const backend = options.backend ?? memoryLayerBackend();
  const layers = createUserLayersState();
  const controller = createUserLayersController(layers, createLayerStore({ backend }));
  await backend.set(mine);
  await controller.load();
  const store = createStore({ ...defaults, lang: 'zh', panelTab: 'mydata', myLayers: [{ id: 'mine', name: '我的调研点' }] });
  const tables = options.tables ?? memoryTables();
  const open: OpenOptions = { store, parse: (search) => appUrlCodec.parse(search, defaults), controller, layers, tables, describe: describeError, now: new Date('2026-12-05T09:00:00.000Z') };
  return { backend, layers, store, tables, open };
}

const projectFile = (name = '规划.json') =>
  new File([encodeProject(projectFromLayers([theirs], (id) => (id === 'theirs' ? { kind: 'text', field: '名称', contains: '天府' } : undefined), SAVED_SEARCH, new Date('2026-12-04T10:00:00Z'), [table]))], name);

describe('opening a project file', () => {
  it('adds its layers beside the reader’s own, with their colour, name column and filter, and keeps its table', async () => {
    const { layers, store, tables, backend, open } = await page();
    const result = await openProject(projectFile(), open);
    expect(result.ok).toBe(true);
    expect(layers.getLayers().map((layer) => [layer.name, layer.colour, layer.features.length])).toEqual([
      ['我的调研点', '#1b7837', 1],
      ['重点项目', '#c51b7d', 2],
    ]);
    const opened = layers.getLayers()[1]!;
    expect(opened.id).not.toBe('theirs');
    expect(opened.nameColumn).toBe('名称');
    expect(layers.getFilter(opened.id)).toEqual({ kind: 'text', field: '名称', contains: '天府' });
    // kept in the browser's store too, so a reload still has it
    expect((await backend.values()).map((layer) => layer.name).sort()).toEqual(['我的调研点', '重点项目']);
    expect(tables.all.get('t1abc')).toEqual(table);
    expect(result.message('en')).toBe('Opened the project "规划.json": 1 layer added beside yours, which stay; the view, filters, questions and colouring are the project’s (the browser’s Back returns to your previous view).');
    // the map state is the project's; the reader's language and open tab stay
    const state = store.getState();
    expect(state.view).toEqual({ lat: 30.6, lon: 104.3, zoom: 10 });
    expect(state.filters.prefectures).toEqual(['510100']);
    expect(state.choropleth).toMatchObject({ table: 't1abc', method: 'equal', classes: 4, palette: 'YlGnBu', value: '指数' });
    expect(state.lang).toBe('zh');
    expect(state.panelTab).toBe('mydata');
    // the saving browser's layer id (theirs) is not this browser's
    expect(state.myLayers).toEqual([{ id: 'mine', name: '我的调研点' }]);
  });

  it('refuses a truncated file, naming it, and changes nothing', async () => {
    const { layers, store, tables, open } = await page();
    const before = store.getState();
    const text = await projectFile().text();
    const result = await openProject(new File([text.slice(0, 200)], '规划.json'), open);
    expect(result.ok).toBe(false);
    expect(result.message('zh')).toBe('文件 "规划.json" 不是 JSON 文件，无法作为项目打开。已加载的内容保持不变。');
    expect(layers.getLayers().map((layer) => layer.name)).toEqual(['我的调研点']);
    expect(store.getState()).toBe(before);
    expect(tables.all.size).toBe(0);
  });

  it('refuses a file from a newer version, saying which', async () => {
    const { layers, open } = await page();
    const newer = JSON.stringify({ ...(JSON.parse(await projectFile().text()) as object), version: 7 });
    const result = await openProject(new File([newer], 'plan.json'), open);
    expect(result.message('en')).toBe('The file "plan.json" comes from a newer version (project file version 7); this page opens version 1. Nothing already loaded has changed.');
    expect(layers.getLayers()).toHaveLength(1);
  });

  it('takes back the table and the layers written when the browser refuses a write, and changes nothing', async () => {
    const backend = memoryLayerBackend();
    const failing: LayerBackend = { ...backend, set: async (layer) => (layer.id === 'mine' ? backend.set(layer) : Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))) };
    const { layers, store, tables, open } = await page({ backend: failing });
    tables.all.set('t1abc', { ...table, key: '指数' });
    const before = store.getState();
    const result = await openProject(projectFile(), open);
    expect(result.ok).toBe(false);
    expect(result.message('en')).toMatch(/^The layers and tables of the project "规划.json" could not be kept in this browser \(.+\)\. Nothing already loaded has changed\.$/);
    expect(layers.getLayers().map((layer) => layer.name)).toEqual(['我的调研点']);
    expect((await backend.values()).map((layer) => layer.name)).toEqual(['我的调研点']);
    // the reader's own table of that id is put back as it was
    expect(tables.all.get('t1abc')?.key).toBe('指数');
    expect(store.getState()).toBe(before);
  });

  it('changes nothing when the table cannot be kept', async () => {
    const { layers, store, open } = await page({ tables: memoryTables(true) });
    const before = store.getState();
    const result = await openProject(projectFile(), open);
    expect(result.message('en')).toBe('The layers and tables of the project "规划.json" could not be kept in this browser (disk full). Nothing already loaded has changed.');
    expect(layers.getLayers()).toHaveLength(1);
    expect(store.getState()).toBe(before);
  });
});
