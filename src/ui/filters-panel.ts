// The filters panel: how many projects are shown, the active filters as removable chips, "reset all",
// and one control per filter. Every change is one store dispatch, so one history entry.
import { LEVELS, PRECISIONS, STATUSES, type Lang, type ProjectCollection, type ProjectFeature } from '../types';
import type { Store } from '../state/store';
import { translate } from '../i18n/translate';
import type { SceneSource } from '../state/scene-source';
import { NO_FILTERS, isFiltering, toggleInSet, type FeatureFilters, type LevelFilterValue, type ProvinceFilterValue, type StatusFilterValue } from '../filters/filter-state';
import { activeFilters } from '../filters/active-filters';
import { levelValueLabel, precisionLabel, provinceLabel, statusValueLabel } from '../filters/filter-labels';
import { createCheckboxGroup } from './filter-checkbox-group';
import { createPrefectureFilter, type PrefectureOption } from './filter-prefectures';
import { createYearFilter } from './filter-years';
import { el } from './dom';
import type { Teardown } from './teardown';

export interface FiltersPanelOptions {
  store: Store;
  scene: SceneSource;
  collection: ProjectCollection;
  prefectures: readonly PrefectureOption[];
}

export function mountFiltersPanel(parent: HTMLElement, { store, scene, collection, prefectures }: FiltersPanelOptions): Teardown {
  // load-features checked that every feature has a string id
  const all = collection.features as ProjectFeature[];
  const section = el('section', { class: 'panel explore-panel', 'aria-labelledby': 'filters-heading', 'data-testid': 'filters-panel' });
  const heading = el('h2', { class: 'panel-heading', id: 'filters-heading' });
  const count = el('p', { class: 'filter-count', 'data-testid': 'filter-count', 'aria-live': 'polite', tabindex: '-1' });
  const chipsLabel = el('p', { class: 'filter-chips-label', id: 'filter-chips-label' });
  const chips = el('ul', { class: 'filter-chips', 'data-testid': 'filter-chips', 'aria-labelledby': 'filter-chips-label' });
  const reset = el('button', { type: 'button', class: 'filter-reset', 'data-testid': 'filter-reset' });
  const controls = el('div', { class: 'filter-controls' });
  section.append(heading, count, chipsLabel, chips, reset, controls);
  parent.append(section);

  const update = (change: (filters: FeatureFilters) => FeatureFilters) =>
    store.dispatch((state) => ({ filters: change(state.filters) }));

  const provinces = createCheckboxGroup<ProvinceFilterValue>({
    testid: 'filter-prov', legendKey: 'filters.province', values: ['sichuan', 'chongqing'], label: provinceLabel,
    onToggle: (value, on) => update((f) => ({ ...f, provinces: toggleInSet(f.provinces, value, on) })),
  });
  const cities = createPrefectureFilter(
    [...prefectures].sort((a, b) => a.adcode.localeCompare(b.adcode)),
    (adcode, on) => update((f) => ({ ...f, prefectures: toggleInSet(f.prefectures, adcode, on) })),
  );
  const levels = createCheckboxGroup<LevelFilterValue>({
    testid: 'filter-lvl', legendKey: 'filters.level', values: [...LEVELS, 'unknown'], label: levelValueLabel,
    onToggle: (value, on) => update((f) => ({ ...f, levels: toggleInSet(f.levels, value, on) })),
  });
  const statuses = createCheckboxGroup<StatusFilterValue>({
    testid: 'filter-st', legendKey: 'filters.status', values: [...STATUSES, 'unknown'], label: statusValueLabel,
    onToggle: (value, on) => update((f) => ({ ...f, statuses: toggleInSet(f.statuses, value, on) })),
  });
  const knownYears = all.map((f) => f.properties.year).filter((year): year is number => year !== null);
  const years = createYearFilter(
    [Math.min(...knownYears), Math.max(...knownYears)],
    all.length - knownYears.length,
    (range) => update((f) => ({ ...f, years: range })),
  );
  const precisions = createCheckboxGroup({
    testid: 'filter-prec', legendKey: 'filters.precision', values: PRECISIONS, label: precisionLabel,
    onToggle: (value, on) => update((f) => ({ ...f, precisions: toggleInSet(f.precisions, value, on) })),
  });
  const planning = el('input', { type: 'checkbox', 'data-testid': 'filter-pa' });
  const planningText = el('span');
  const planningLabel = el('label', { class: 'filter-option filter-planning' });
  planningLabel.append(planning, planningText);
  planning.addEventListener('change', () => update((f) => ({ ...f, inPlanningArea: planning.checked })));
  controls.append(provinces.element, cities.element, levels.element, statuses.element, years.element, precisions.element, planningLabel);
  // Reset clears every field, including the prefecture search text that is not a filter itself.
  reset.addEventListener('click', () => {
    cities.clearSearch();
    store.dispatch({ filters: NO_FILTERS });
  });

  const nameOf = new Map(prefectures.map((p) => [p.adcode, p]));
  let shownLang: Lang | null = null;
  let shownFilters: FeatureFilters | null = null;
  let shownCount = -1;
  const render = () => {
    const { lang, filters } = store.getState();
    const shown = scene.get().shown.length;
    if (lang === shownLang && filters === shownFilters && shown === shownCount) return;
    shownLang = lang;
    shownFilters = filters;
    shownCount = shown;
    heading.textContent = translate(lang, 'filters.title');
    count.textContent = translate(lang, 'filters.shown', { shown, total: all.length });
    chipsLabel.textContent = translate(lang, isFiltering(filters) ? 'filters.active' : 'filters.none');
    reset.textContent = translate(lang, 'filters.reset');
    reset.disabled = !isFiltering(filters);
    const prefectureName = (adcode: string) => {
      const unit = nameOf.get(adcode);
      return unit && (lang === 'zh' ? unit.name_zh : unit.name_en);
    };
    chips.replaceChildren(
      ...activeFilters(filters, lang, prefectureName).map((chip) => {
        const button = el('button', { type: 'button', class: 'filter-chip', 'data-filter-key': chip.key, 'aria-label': translate(lang, 'filters.remove', { label: chip.label }) });
        button.append(el('span', {}, chip.label), el('span', { class: 'filter-chip__x', 'aria-hidden': 'true' }, '×'));
        button.addEventListener('click', () => {
          const index = [...chips.querySelectorAll('button')].indexOf(button);
          update(chip.without);
          // the chip is gone: keep the keyboard in the row (the next chip), or on the count
          const rest = chips.querySelectorAll('button');
          (rest[Math.min(index, rest.length - 1)] ?? count).focus();
        });
        const item = el('li');
        item.append(button);
        return item;
      }),
    );
    provinces.update(filters.provinces, lang);
    cities.update(filters.prefectures, lang);
    levels.update(filters.levels, lang);
    statuses.update(filters.statuses, lang);
    years.update(filters.years, lang);
    precisions.update(filters.precisions, lang);
    planning.checked = filters.inPlanningArea;
    planningText.textContent = translate(lang, 'filters.planningArea');
  };
  render();
  return scene.subscribe(render);
}
