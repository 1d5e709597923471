// All charts for one panel, so the app wires them with a single call per state change.
// Each chart gets its own child element, created once; later calls update them in place.
import type { Lang, Level, ProjectFeature, Status } from '../types.ts';
import { countByCityAndCategory, countByLevel, countByStatus, countByYear, type UnitNameLookup } from './aggregate.ts';
import { renderCityBarChart } from './city-bar-chart.ts';
import { renderPlaceChoice } from './place-choice.ts';
import { compareProvinces } from './province-compare.ts';
import { renderProvinceChart } from './province-chart.ts';
import type { ChongqingBars } from '../state/chart-options.ts';
import { renderLevelChart, renderStatusChart } from './count-bars.ts';
import { renderYearTimeline } from './year-timeline.ts';
import type { YearRange } from './year-scale.ts';

export interface ChartPanelData {
  /** the currently filtered set */
  features: readonly ProjectFeature[];
  /**
   * the set filtered by everything except the year range, for the timeline, so brushing does not
   * shrink its own axis; defaults to `features`
   */
  featuresIgnoringYear?: readonly ProjectFeature[];
  /** adcode -> names of prefecture-level units */
  lookup: UnitNameLookup;
}

export interface ChartPanelOptions {
  lang: Lang;
  yearRange?: YearRange | null;
  onYearRange?: (range: YearRange | null) => void;
  onSelectCity?: (adcode: string) => void;
  onSelectLevel?: (level: Level | null) => void;
  onSelectStatus?: (status: Status | null) => void;
  /** how the by-place chart groups Chongqing (default: its districts and counties) */
  chongqing?: ChongqingBars;
  /** called when the reader chooses how Chongqing is drawn */
  onChongqing?: (value: ChongqingBars) => void;
}

const SLOTS = ['cities', 'provinces', 'timeline', 'levels', 'statuses'] as const;
type Slot = (typeof SLOTS)[number];

function slotElement(container: HTMLElement, slot: Slot): HTMLElement {
  const existing = container.querySelector<HTMLElement>(`:scope > [data-chart="${slot}"]`);
  if (existing) return existing;
  const element = document.createElement('div');
  element.dataset.chart = slot;
  element.className = `chart-slot chart-slot--${slot}`;
  container.append(element);
  return element;
}

export function renderChartPanel(container: HTMLElement, data: ChartPanelData, options: ChartPanelOptions): void {
  const { lang } = options;
  const slots = Object.fromEntries(SLOTS.map((slot) => [slot, slotElement(container, slot)])) as Record<Slot, HTMLElement>;
  const chongqing = options.chongqing ?? 'districts';
  renderCityBarChart(slots.cities, countByCityAndCategory(data.features, data.lookup, chongqing), {
    lang,
    chongqing,
    onSelect: options.onSelectCity,
  });
  renderPlaceChoice(slots.cities, lang, chongqing, options.onChongqing);
  renderProvinceChart(slots.provinces, compareProvinces(data.features), lang);
  renderYearTimeline(slots.timeline, countByYear(data.featuresIgnoringYear ?? data.features), {
    lang,
    yearRange: options.yearRange ?? null,
    onYearRange: options.onYearRange,
  });
  renderLevelChart(slots.levels, countByLevel(data.features), {
    lang,
    onSelect: options.onSelectLevel,
  });
  renderStatusChart(slots.statuses, countByStatus(data.features), {
    lang,
    onSelect: options.onSelectStatus,
  });
}
