import { describe, expect, it } from 'vitest';
import { defaultState, type AppState } from '../../src/state/app-state';
import { NO_FILTERS } from '../../src/filters/filter-state';
import { NO_QUESTION } from '../../src/questions/question-types';
import { buildQuestionData } from '../../src/questions/question-result';
import { buildFeatureIndex } from '../../src/spatial';
import { createShownForExport, simpleAreaResolver } from '../../src/export-ui/shown-features';
import { legendItemsFor } from '../../src/export-ui/legend-items';
import { defaultSubtitle, defaultTitle } from '../../src/export-ui/default-texts';
import { features } from '../fixtures/export/sample-input';

const data = buildQuestionData(features, buildFeatureIndex(features));
const shownFor = createShownForExport(data, simpleAreaResolver([], data.byId));
const base: AppState = defaultState(['zh-CN']);
const ids = (list: { id: string }[]) => list.map((f) => f.id);

describe('what the export shows', () => {
  it('everything, and no overlay, when nothing is filtered or asked', () => {
    const shown = shownFor(base);
    expect(ids(shown.visible)).toEqual(ids(features));
    expect(shown.overlay).toBeNull();
    expect(shown.overlayLegend).toEqual([]);
  });

  it('leaves out hidden layers', () => {
    const shown = shownFor({ ...base, filters: { ...NO_FILTERS, hiddenSubtypes: ['national_new_area'] } });
    expect(ids(shown.visible)).toEqual(['hsr-chengdu-chongqing', 'hsr-chengdu-chongqing-middle', 'xss-1', 'mianyang-hitech']);
  });

  it('narrows to a corridor catchment and draws its buffer as the overlay', () => {
    const shown = shownFor({ ...base, question: { ...NO_QUESTION, corridors: ['hsr-chengdu-chongqing'], distanceKm: 10 } });
    // xss-1 sits about 1.3 km from a vertex of the line; Mianyang is over 80 km from it
    expect(ids(shown.visible)).toContain('xss-1');
    expect(ids(shown.visible)).not.toContain('mianyang-hitech');
    expect(shown.overlay?.type).toBe('MultiPolygon');
    expect(shown.overlay?.coordinates.length).toBeGreaterThan(0);
    expect(shown.overlayLegend.map((item) => [item.key, item.label_en, item.label_zh])).toEqual([['question:catchment', 'Within 10 km of the chosen corridors', '所选走廊 10 公里范围']]);
  });

  it('draws a drawn rectangle area as the overlay and keeps only what is inside', () => {
    const shown = shownFor({ ...base, question: { ...NO_QUESTION, area: { kind: 'rect', bounds: [104.5, 31, 105, 32] } } });
    expect(ids(shown.visible)).toEqual(['mianyang-hitech']);
    expect(shown.overlay?.coordinates).toHaveLength(1);
    expect(shown.overlayLegend.map((item) => [item.key, item.label_en])).toEqual([['question:area', 'Area asked about']]);
  });
});

describe('export legend', () => {
  it('has one row per visible subtype, in category order, with counts', () => {
    const rows = legendItemsFor(features).map((item) => [item.key, item.count, item.label_en]);
    expect(rows).toEqual([
      ['high_speed_rail', 2, 'High-speed rail'],
      ['national_new_area', 2, expect.any(String)],
      ['national_high_tech_zone', 2, expect.any(String)],
    ]);
    expect(legendItemsFor(features.slice(0, 2)).map((item) => item.key)).toEqual(['high_speed_rail']);
  });
});

describe('default texts', () => {
  it('count the shown projects and say whether anything is filtered, in the chosen languages', () => {
    const all = { count: 85, total: 85, filters: null };
    expect(defaultTitle('zh', all)).toBe('成渝地区双城经济圈 · 项目 85 项');
    expect(defaultTitle('en', all)).toBe('Chengdu–Chongqing Economic Circle · 85 projects');
    expect(defaultTitle('both', all)).toBe('成渝地区双城经济圈 · 项目 85 项 Chengdu–Chongqing Economic Circle · 85 projects');
    expect(defaultSubtitle('en', all)).toBe('All 85 projects, no filters');
    expect(defaultSubtitle('zh', { count: 12, total: 85, filters: { zh: '筛选 12', en: 'filtered 12' } })).toBe('筛选 12');
  });
});
