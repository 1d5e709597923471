import { describe, expect, it } from 'vitest';
import { sourcesLine } from '../../src/export-ui/build-input';

const manifest = {
  attribution: { zh: '归属', en: 'Attribution' },
  sources: { boundaries: { zh: '边界：甲。', en: 'Boundaries: A.' }, projects: { zh: '项目：乙。', en: 'Projects: B.' } },
};
const layer = { id: 'libraries', title: { zh: '社区图书馆', en: 'Community libraries' }, source: { name: 'City library', url: 'https://example.org/l', checked: '2026-11-30' } };
const other = { id: 'clinics', title: { zh: '诊所', en: 'Clinics' }, source: { name: '卫健委', url: 'https://example.org/c', checked: '2026-10-01' } };

describe("the export's source line", () => {
  it('names the map\'s own sources alone when no published layer is drawn', () => {
    expect(sourcesLine(manifest, 'en')).toBe('Boundaries: A. Projects: B.');
    expect(sourcesLine(manifest, 'zh')).toBe('边界：甲。项目：乙。');
  });

  it('adds each drawn published layer with its source and the day it was checked, in the export\'s language', () => {
    expect(sourcesLine(manifest, 'en', [layer, other])).toBe('Boundaries: A. Projects: B. Community libraries: City library (checked 2026-11-30); Clinics: 卫健委 (checked 2026-10-01).');
    expect(sourcesLine(manifest, 'zh', [layer])).toBe('边界：甲。项目：乙。社区图书馆：City library（2026-11-30 核对）。');
    expect(sourcesLine(manifest, 'both', [layer])).toBe('边界：甲。项目：乙。社区图书馆：City library（2026-11-30 核对）。 Boundaries: A. Projects: B. Community libraries: City library (checked 2026-11-30).');
  });
});
