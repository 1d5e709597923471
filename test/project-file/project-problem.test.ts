import { describe, expect, it } from 'vitest';
import { projectProblemMessage } from '../../src/project-file/project-problem.ts';

describe('project file problem messages', () => {
  it('name the file and the field in English', () => {
    expect(projectProblemMessage({ code: 'field', field: 'layers[1].colour' }, 'plan.json', 'en')).toBe(
      'The file "plan.json" has a missing or invalid field layers[1].colour. Nothing already loaded has changed.',
    );
  });

  it('say which version a newer file has and which this page opens, in Chinese', () => {
    expect(projectProblemMessage({ code: 'version-newer', version: 3 }, '规划.json', 'zh')).toBe(
      '文件 "规划.json" 来自更新的版本（项目文件版本 3），本页面只能打开版本 1。已加载的内容保持不变。',
    );
  });

  it('tell a file that is not a project from one that is not JSON', () => {
    expect(projectProblemMessage({ code: 'not-a-project' }, 'parks.geojson', 'en')).toContain('is not a project saved by this map');
    expect(projectProblemMessage({ code: 'not-json' }, 'parks.csv', 'en')).toContain('is not JSON');
  });
});
