import { describe, expect, it } from 'vitest';
import { projectFileName, projectText } from '../../src/project-file/project-text.ts';

describe('project file words', () => {
  it('names the saved file after the map and the local day, in the interface language', () => {
    const day = new Date(2026, 11, 4, 23, 30);
    expect(projectFileName('zh', day)).toBe('成渝地图项目-20261204.json');
    expect(projectFileName('en', day)).toBe('chengyu-map-project-20261204.json');
  });

  it('counts layers in English with the right plural', () => {
    expect(projectText('en', 'projectFile.saved', { file: 'a.json', layers: 1 })).toBe('Saved the project file a.json (1 layer).');
    expect(projectText('en', 'projectFile.saved', { file: 'a.json', layers: 2 })).toBe('Saved the project file a.json (2 layers).');
    expect(projectText('zh', 'projectFile.saved', { file: 'a.json', layers: 2 })).toBe('已保存项目文件 a.json（2 个图层）。');
  });
});
