import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { createLayerStore, idbLayerBackend, layerBackendWithFallback, memoryLayerBackend, type LayerBackend, type LayerStore } from '../../src/import/layer-store.ts';
import { importTextFile } from '../../src/import/import-file.ts';
import { fixtureBytes } from './fixtures.ts';
import { CATEGORIES } from '../../src/types.ts';
import { categoryColour } from '../../src/style/symbology.ts';
import { colourDifference } from '../style/colour-vision.ts';

const seat: Feature = { type: 'Feature', properties: { name: '成都' }, geometry: { type: 'Point', coordinates: [104.07, 30.67] } };

function newStore(): LayerStore {
  let n = 0;
  let minute = 0;
  return createLayerStore({
    backend: memoryLayerBackend(),
    newId: () => `L${++n}`,
    now: () => new Date(Date.UTC(2025, 0, 1, 9, minute++)),
  });
}

describe('layer store', () => {
  it('gives the first few imported layers colours far from every built-in category colour', async () => {
    const store = newStore();
    const { layer } = importTextFile({ name: 'projects.geojson', bytes: fixtureBytes('good.geojson') });
    for (let i = 0; i < 3; i++) {
      const saved = await store.save({ name: `layer ${i + 1}`, features: layer?.features ?? [] });
      for (const category of CATEGORIES) {
        // CIE76 ΔE: 10 reads as another colour at a glance; a layer must be well beyond that
        expect(colourDifference(saved.colour, categoryColour(category), 'normal'), `${saved.colour} / ${category}`).toBeGreaterThanOrEqual(20);
        expect(colourDifference(saved.colour, categoryColour(category), 'deuteranopia'), `${saved.colour} / ${category}`).toBeGreaterThanOrEqual(8);
        expect(colourDifference(saved.colour, categoryColour(category), 'protanopia'), `${saved.colour} / ${category}`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('keeps both a rename and a recolour made before the first is saved (a planner typing a name, then picking a colour)', async () => {
    const store = newStore();
    const saved = await store.save({ name: 'projects-title-row', features: [seat] });
    // both changes start before either finishes, as when the colour is picked right after Enter
    const [renamed, recoloured] = await Promise.all([store.rename(saved.id, '重点项目（2026）'), store.recolour(saved.id, '#762a83')]);
    expect(renamed.name).toBe('重点项目（2026）');
    expect(recoloured).toMatchObject({ name: '重点项目（2026）', colour: '#762a83' });
    const [kept] = await store.list();
    expect(kept).toMatchObject({ name: '重点项目（2026）', colour: '#762a83' });
  });

  it('goes on with later changes after one fails', async () => {
    const store = newStore();
    const saved = await store.save({ name: 'Parks', features: [seat] });
    const [missing, recoloured] = await Promise.allSettled([store.rename('nope', 'x'), store.recolour(saved.id, '#123456')]);
    expect(missing.status).toBe('rejected');
    expect(recoloured).toMatchObject({ status: 'fulfilled', value: { colour: '#123456' } });
  });

  it('saves layers visible, with a colour, and lists them oldest first', async () => {
    const store = newStore();
    await store.save({ name: ' Parks ', features: [seat] });
    await store.save({ name: 'Roads', features: [seat], colour: '#00AA11' });
    const layers = await store.list();
    expect(layers.map((l) => [l.id, l.name, l.colour, l.visible, l.createdAt])).toEqual([
      ['L1', 'Parks', '#b2182b', true, '2025-01-01T09:00:00.000Z'],
      ['L2', 'Roads', '#00aa11', true, '2025-01-01T09:01:00.000Z'],
    ]);
    expect(layers[0]?.features).toEqual([seat]);
  });

  it('keeps the property a point layer is sized by, and forgets it when asked', async () => {
    const store = newStore();
    const { id } = await store.save({ name: 'Parks', features: [seat] });
    expect((await store.setSizeBy(id, '投资')).sizeBy).toBe('投资');
    expect((await store.list())[0]?.sizeBy).toBe('投资');
    expect('sizeBy' in (await store.setSizeBy(id, null))).toBe(false);
    await expect(store.setSizeBy(id, '  ')).rejects.toThrow('"  " is not a property to size the points by');
    expect((await store.list())[0]?.sizeBy).toBeUndefined();
  });

  it('renames, recolours, hides and removes', async () => {
    const store = newStore();
    const { id } = await store.save({ name: 'Parks', features: [seat] });
    await store.rename(id, 'Industrial parks');
    await store.recolour(id, '#123456');
    await store.setVisible(id, false);
    expect(await store.list()).toMatchObject([{ id, name: 'Industrial parks', colour: '#123456', visible: false }]);
    await store.remove(id);
    expect(await store.list()).toEqual([]);
  });

  it('refuses bad names and colours with a clear message and changes nothing', async () => {
    const store = newStore();
    const { id } = await store.save({ name: 'Parks', features: [seat] });
    await expect(store.rename(id, '   ')).rejects.toThrow('a layer name cannot be empty');
    await expect(store.recolour(id, 'red;background:url(x)')).rejects.toThrow('colour "red;background:url(x)" is not of the form #rrggbb');
    await expect(store.rename('nope', 'x')).rejects.toThrow('no saved layer has the id "nope"');
    expect(await store.list()).toMatchObject([{ name: 'Parks', colour: '#b2182b' }]);
  });

  it('saves nothing from a failed import', async () => {
    const store = newStore();
    await store.save({ name: 'Parks', features: [seat] });
    const failed = importTextFile({ name: 'truncated.geojson', bytes: fixtureBytes('truncated.geojson') });
    expect(failed.layer).toBeUndefined();
    await expect(store.save({ name: 'truncated', features: failed.layer?.features ?? [] })).rejects.toThrow(
      'layer "truncated" has no features to save',
    );
    expect((await store.list()).map((l) => l.name)).toEqual(['Parks']);
  });
});

describe('layer store without IndexedDB', () => {
  it('keeps layers in memory when there is no IndexedDB at all, and says so once', async () => {
    // Node has no indexedDB: exactly the "Cannot read properties of undefined (reading 'open')" case.
    expect('indexedDB' in globalThis).toBe(false);
    const reasons: unknown[] = [];
    const store = createLayerStore({ backend: layerBackendWithFallback(() => idbLayerBackend(), (reason) => reasons.push(reason)) });
    const parks = await store.save({ name: 'Parks', features: [seat] });
    await store.save({ name: 'Roads', features: [seat] });
    await store.rename(parks.id, 'Green');
    await store.remove(parks.id);
    expect((await store.list()).map((l) => l.name)).toEqual(['Roads']);
    expect(reasons).toHaveLength(1);
  });

  it('keeps layers in memory when opening the database throws or rejects', async () => {
    const refusing = (how: 'throw' | 'reject'): LayerBackend => {
      const fail = () => {
        const error = new DOMException('The operation is insecure.', 'SecurityError');
        if (how === 'throw') throw error;
        return Promise.reject(error);
      };
      return { get: fail, set: fail, del: fail, values: fail, count: fail };
    };
    for (const how of ['throw', 'reject'] as const) {
      let told = 0;
      const store = createLayerStore({ backend: layerBackendWithFallback(() => refusing(how), () => (told += 1)) });
      await store.save({ name: 'Parks', features: [seat] });
      expect((await store.list()).map((l) => l.name)).toEqual(['Parks']);
      expect(told).toBe(1);
    }
  });

  it('uses the database when it opens, without a word', async () => {
    const persistent = memoryLayerBackend();
    let told = 0;
    const store = createLayerStore({ backend: layerBackendWithFallback(() => persistent, () => (told += 1)) });
    await store.save({ name: 'Parks', features: [seat] });
    expect((await persistent.values()).map((l) => l.name)).toEqual(['Parks']);
    expect(told).toBe(0);
  });
});

describe('layer store: keeping a whole layer (opened from a project file)', () => {
  const opened = { id: 'p1', name: ' 重点项目 ', colour: '#C51B7D', visible: false, features: [seat], createdAt: '2026-12-05T09:00:00.000Z', sizeBy: '投资', nameColumn: '名称' };

  it('keeps its id, colour, visibility, sizing and name column, checked like a new layer', async () => {
    const store = newStore();
    await store.restore(opened);
    expect(await store.list()).toEqual([{ ...opened, name: '重点项目', colour: '#c51b7d' }]);
  });

  it('refuses a layer without features or with a bad colour, keeping nothing', async () => {
    const store = newStore();
    await expect(store.restore({ ...opened, features: [] })).rejects.toMatchObject({ code: 'no-features' });
    await expect(store.restore({ ...opened, colour: 'red' })).rejects.toMatchObject({ code: 'colour-invalid' });
    expect(await store.list()).toEqual([]);
  });
});
