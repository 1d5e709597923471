// The export's legend rows come from the scene's one legend model: for a state, the picture lists the
// layers the screen's legend shows as shown, with the same counts, and adds its own rows (choropleth,
// questions, user layers) in a fixed order.
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { shownLegendGroups, type LegendItem } from '../../src/filters/legend-items';
import { legendItems, questionLegendItems, shownLegendItems } from '../../src/filters/picture-legend';
import { buildScene, type SceneAnswers, type SceneData } from '../../src/state/scene';
import { defaultState, type AppState } from '../../src/state/app-state';
import { NO_FILTERS } from '../../src/filters/filter-state';
import { NO_QUESTION } from '../../src/questions/question-types';
import { FIXTURE } from './fixtures';

const base: AppState = defaultState(['en']);
const data: SceneData = { features: FIXTURE, userLayers: [] };
const rows = (items: readonly LegendItem[]) => items.map((item) => [item.key, item.count]);

describe('legend rows from the legend model', () => {
  it('lists every shown subtype once with its shown count, in category order', () => {
    const scene = buildScene(base, data, null);
    expect(rows(shownLegendItems(scene.legend))).toEqual([
      ['high_speed_rail', 1],
      ['expressway', 1],
      ['free_trade_zone', 1],
      ['national_high_tech_zone', 1],
      ['comprehensive_bonded_zone', 1],
      ['international_airport', 1],
    ]);
  });

  it('leaves out a layer switched off and a layer the filters empty, as the screen legend shows them', () => {
    const state = { ...base, filters: { ...NO_FILTERS, statuses: ['operating' as const, 'designated' as const], hiddenSubtypes: ['international_airport'] } };
    const scene = buildScene(state, data, null);
    // rail (operating), hitech (designated); the airport is operating but its layer is off
    expect(rows(shownLegendItems(scene.legend))).toEqual([['high_speed_rail', 1], ['national_high_tech_zone', 1]]);
    // the screen lists the same subtypes as shown, and the airport as switched off
    const screenShown = scene.legend.flatMap((group) => group.entries.filter((entry) => !entry.hidden && entry.visibleCount > 0).map((entry) => entry.subtype));
    expect(shownLegendItems(scene.legend).map((item) => item.key)).toEqual(screenShown);
    expect(scene.legend.flatMap((group) => group.entries).find((entry) => entry.subtype === 'international_airport')?.hidden).toBe(true);
    expect(shownLegendGroups(scene.legend).map((group) => group.category)).toEqual(['corridor', 'industrial_park']);
  });

  it('draws each row with the symbol the screen legend uses', () => {
    const scene = buildScene(base, data, null);
    const screen = new Map(scene.legend.flatMap((group) => group.entries.map((entry) => [entry.subtype, entry.symbol] as const)));
    for (const item of shownLegendItems(scene.legend)) expect(item.symbol).toBe(screen.get(item.key));
  });

  it('follows a narrowing question: the picture lists what the question leaves', () => {
    const square: Polygon = { type: 'Polygon', coordinates: [[[103, 29], [105, 29], [105, 31], [103, 31], [103, 29]]] };
    const question = { ...NO_QUESTION, area: { kind: 'unit' as const, adcode: '510104' } };
    const answers: SceneAnswers = { question, answer: { catchment: null, area: { ids: ['hitech'], countsByCategory: {}, geometry: square }, measure: null, matching: new Set(['hitech']), problems: [] } };
    const scene = buildScene({ ...base, question }, data, answers);
    expect(rows(legendItems({ groups: scene.legend, catchmentKm: null, hasArea: true }))).toEqual([['national_high_tech_zone', 1], ['question:area', 1]]);
  });

  it('puts the choropleth first, then the projects, the question outlines and the user layers', () => {
    const scene = buildScene({ ...base, filters: { ...NO_FILTERS, statuses: ['planned'] } }, data, null);
    const extra = (key: string): LegendItem => ({ key, label_zh: key, label_en: key, count: 1, symbol: { kind: 'area', fill: '#cccccc', fillOpacity: 1, stroke: '#999999', strokeWidth: 1, dash: null } });
    const items = legendItems({ groups: scene.legend, choropleth: [extra('choropleth:title')], catchmentKm: 10, hasArea: true, userLayers: [extra('user:a')] });
    expect(items.map((item) => item.key)).toEqual(['choropleth:title', 'free_trade_zone', 'question:catchment', 'question:area', 'user:a']);
  });

  it('names the catchment with its distance and the area asked about, in both languages', () => {
    expect(questionLegendItems(null, false)).toEqual([]);
    expect(questionLegendItems(10, false).map((item) => [item.key, item.label_en, item.label_zh])).toEqual([['question:catchment', 'Within 10 km of the chosen corridors', '所选走廊 10 公里范围']]);
    expect(questionLegendItems(null, true).map((item) => [item.key, item.label_en])).toEqual([['question:area', 'Area asked about']]);
  });
});
