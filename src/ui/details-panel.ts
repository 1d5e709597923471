// The selected unit's details: names in both languages, level, parent, area and seat. Closed by its
// button or Escape, which clear the selection (and so the URL's sel parameter).
import type { Lang, UnitProperties } from '../types';
import type { Store } from '../state/store';
import type { UnitCatalog } from '../map/unit-catalog';
import { localName, translate } from '../i18n/translate';
import { formatArea } from '../i18n/number-format';
import { el } from './dom';
import { createTeardowns, type Teardown } from './teardown';
import { choroplethState } from '../choropleth/choropleth-state';
import { valueLabel } from '../style/class-labels';

/** The choropleth's column and this unit's value (or "no data"), when the table covers its level. */
function choroplethRow(adcode: string, lang: Lang): [string, string][] {
  const model = choroplethState.get();
  if (model === null || !model.fills.has(adcode)) return [];
  const entry = model.values.get(adcode);
  const text = entry ? translate(lang, 'choro.valueRow', { value: valueLabel(entry.value, lang, model.unit), n: entry.n }) : translate(lang, 'choro.details.noData');
  return [[model.spec.value, text]];
}

function formatSeat(seat: [number, number] | null, lang: Lang): string {
  if (seat === null) return translate(lang, 'domain.unknown');
  const [lon, lat] = seat;
  return `${lat.toFixed(3)}°N, ${lon.toFixed(3)}°E`;
}

function rows(unit: UnitProperties, lang: Lang, catalog: UnitCatalog): [string, string][] {
  const parent = unit.parent === null ? undefined : catalog.get(unit.parent)?.properties;
  return [
    [translate(lang, 'details.nameZh'), unit.name_zh],
    [translate(lang, 'details.nameEn'), unit.name_en],
    [translate(lang, 'details.level'), translate(lang, `level.${unit.level}`)],
    [translate(lang, 'details.parent'), parent ? localName(parent, lang) : (unit.parent ?? '—')],
    [translate(lang, 'details.area'), formatArea(unit.area_km2, lang)],
    [translate(lang, 'details.seat'), formatSeat(unit.seat, lang)],
    [translate(lang, 'details.adcode'), unit.adcode],
    ...choroplethRow(unit.adcode, lang),
  ];
}

export interface DetailsPanel {
  /** re-render after new units arrive (counties) */
  refresh(): void;
  teardown: Teardown;
}

export function mountDetailsPanel(stack: HTMLElement, store: Store, catalog: UnitCatalog): DetailsPanel {
  const panel = el('section', { class: 'panel details-panel', 'data-testid': 'details-panel', 'aria-labelledby': 'details-heading' });
  panel.hidden = true;
  const heading = el('h2', { id: 'details-heading', class: 'panel-heading' });
  const close = el('button', { type: 'button', class: 'panel-close', 'data-testid': 'details-close' }, '×');
  const list = el('dl', { class: 'details-list' });
  panel.append(close, heading, list);
  stack.append(panel);
  const teardowns = createTeardowns();
  teardowns.add(() => panel.remove());

  const clear = () => store.dispatch({ selection: null });
  close.addEventListener('click', clear);
  teardowns.listen(document, 'keydown', (event) => {
    // Escape inside a text field belongs to that field (it closes the search box's suggestions first).
    if (event.key !== 'Escape' || panel.hidden || (event.target instanceof HTMLInputElement && event.defaultPrevented)) return;
    clear();
  });

  const render = () => {
    const { selection, lang } = store.getState();
    const unit = selection?.kind === 'unit' ? catalog.get(selection.adcode)?.properties : undefined;
    const wasHidden = panel.hidden;
    panel.hidden = unit === undefined;
    close.setAttribute('aria-label', translate(lang, 'details.close'));
    if (!unit) return;
    panel.dataset.adcode = unit.adcode;
    heading.textContent = localName(unit, lang);
    list.replaceChildren(
      ...rows(unit, lang, catalog).flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]),
    );
    if (wasHidden) panel.scrollTop = 0;
  };
  render();
  teardowns.add(store.subscribe(render));
  teardowns.add(choroplethState.subscribe(render));
  return { refresh: render, teardown: teardowns.run };
}
