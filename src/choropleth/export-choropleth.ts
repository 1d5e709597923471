// The choropleth in the briefing export: the coloured units and their legend rows (the column as a
// title, one row per class with its bounds and unit count, then "no data"), in both languages. Pure.
import type { AreaFeature, ExportChoropleth, LegendItem } from '../export/export-input.ts';
import { CHOROPLETH_TITLE } from '../export/legend.ts';
import { bothLanguages } from '../i18n/translate.ts';
import type { UnitProperties } from '../types.ts';
import { classLabels } from '../style/class-labels.ts';
import { NO_DATA_COLOUR } from '../style/palette-names.ts';
import type { ChoroplethModel } from './choropleth-model.ts';

const NO_DATA = bothLanguages('choro.noData');

export function exportChoropleth(model: ChoroplethModel, units: readonly AreaFeature<UnitProperties>[]): { choropleth: ExportChoropleth; legend: LegendItem[] } {
  const zh = classLabels(model.breaks, 'zh', model.unit);
  const en = classLabels(model.breaks, 'en', model.unit);
  const area = (fill: string) => ({ kind: 'area' as const, fill, fillOpacity: 1, stroke: '#8a867c', strokeWidth: 0.8, dash: null });
  const legend: LegendItem[] = [
    { key: CHOROPLETH_TITLE, label_zh: model.spec.value, label_en: model.spec.value, symbol: area('#ffffff'), count: 0 },
    ...zh.map((label, i) => ({ key: `choropleth:${i}`, label_zh: label, label_en: en[i] ?? label, symbol: area(model.colours[i] ?? NO_DATA_COLOUR), count: model.counts[i] ?? 0 })),
    { key: 'choropleth:no-data', label_zh: NO_DATA.zh, label_en: NO_DATA.en, symbol: area(NO_DATA_COLOUR), count: model.noData },
  ];
  return {
    choropleth: { units: units.filter((unit) => model.fills.has(unit.properties.adcode)), fills: Object.fromEntries(model.fills) },
    legend,
  };
}
