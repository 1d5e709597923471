import { describe, expect, it } from 'vitest';
import { describeError } from '../../src/user-data/describe-error';
import { createLayerStore, memoryLayerBackend } from '../../src/import/layer-store.ts';
import { ImportFailedError } from '../../src/import/import-failure.ts';

describe('describeError', () => {
  it('words refused layer edits in both languages', async () => {
    const store = createLayerStore({ backend: memoryLayerBackend() });
    const layer = await store.save({ name: 'parks', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [104, 30] }, properties: {} }] });
    const refusals = await Promise.all([
      store.rename(layer.id, '  ').catch((e: unknown) => e),
      store.rename(layer.id, 'x'.repeat(201)).catch((e: unknown) => e),
      store.recolour(layer.id, 'red').catch((e: unknown) => e),
      store.rename('gone', 'x').catch((e: unknown) => e),
      store.save({ name: 'empty', features: [] }).catch((e: unknown) => e),
    ]);
    expect(refusals.map((e) => describeError(e, 'zh'))).toEqual([
      '图层名称不能为空',
      '图层名称最多 200 个字符',
      '颜色 "red" 不是 #rrggbb 格式',
      '没有编号为 "gone" 的已保存图层（可能已在其他标签页中删除）',
      '图层 "empty" 没有可保存的要素',
    ]);
    expect(refusals.map((e) => describeError(e, 'en'))).toEqual([
      'a layer name cannot be empty',
      'a layer name can have at most 200 characters',
      'colour "red" is not of the form #rrggbb',
      'no saved layer has the id "gone"',
      'layer "empty" has no features to save',
    ]);
  });

  it('words an import that could not run, keeping the browser detail', () => {
    const failure = new ImportFailedError('a.csv', 'read', 'NotReadableError');
    expect(failure.message).toBe('a.csv: the file could not be read (NotReadableError)');
    expect(describeError(failure, 'zh')).toBe('文件无法读取（NotReadableError）');
    expect(describeError(failure, 'en')).toBe('the file could not be read (NotReadableError)');
  });

  it('says the browser store is full in the planner language, and keeps other errors as they are', () => {
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(describeError(full, 'zh')).toBe('浏览器的存储空间已满；请删除一些图层或释放空间后再试');
    expect(describeError(new Error('disk on fire'), 'zh')).toBe('disk on fire');
  });
});
