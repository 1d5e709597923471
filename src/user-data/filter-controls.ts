// The filter of one user layer: a property select offering every column, then a min/max pair for
// numeric ones, a value select for properties with few values, or a "contains" box for the rest.
// Fields come from propertyFilterModel (filter-fields.ts); a large layer's are read in slices, and
// until then the property select says so and waits.
import type { Feature } from 'geojson';
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import type { PropertyField } from '../import/property-filter-model.ts';
import { fieldsLater, fieldsNow } from './filter-fields';
import { el } from '../ui/dom';
import { displayValue } from './property-table';
import type { LayerFilter } from './layer-filter';

export interface FilterControlsOptions {
  layerId: string;
  features: readonly Feature[];
  filter: LayerFilter | undefined;
  lang: Lang;
  onChange(filter: LayerFilter | undefined): void;
}


function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = el('label', { class: 'user-filter-label' });
  label.append(el('span', {}, text), control);
  return label;
}

function parseBound(input: HTMLInputElement): number | undefined {
  if (input.value.trim() === '') return undefined;
  const value = Number(input.value);
  return Number.isFinite(value) ? value : undefined;
}

export function buildFilterControls(options: FilterControlsOptions): HTMLElement {
  const { layerId, lang, onChange } = options;
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const known = fieldsNow(options.features);
  const box = el('div', { class: 'user-filter' });
  const fieldSelect = el('select', { 'data-testid': 'user-filter-field', 'data-focus-key': `${layerId}:filter-field` });
  if (!known) {
    fieldSelect.disabled = true;
    fieldSelect.append(el('option', { value: '' }, t('mydata.filterReading')));
    box.append(labelled(t('mydata.filterField'), fieldSelect));
    void fieldsLater(options.features).then(() => {
      if (box.isConnected) box.replaceWith(buildFilterControls(options));
    });
    return box;
  }
  const fields = known;
  fieldSelect.append(el('option', { value: '' }, t('mydata.filterNone')));
  for (const field of fields) fieldSelect.append(el('option', { value: field.name }, field.name));
  fieldSelect.value = options.filter?.field ?? '';
  const valueBox = el('div', { class: 'user-filter-values' });
  box.append(labelled(t('mydata.filterField'), fieldSelect), valueBox);

  const showValues = (field: PropertyField | undefined, current: LayerFilter | undefined) => {
    valueBox.replaceChildren();
    if (!field) return;
    if (field.kind !== 'number' && field.distinct === null) {
      const contains = el('input', { type: 'search', 'data-testid': 'user-filter-text', 'data-focus-key': `${layerId}:filter-text` });
      if (current?.kind === 'text') contains.value = current.contains;
      contains.addEventListener('change', () => onChange(contains.value.trim() === '' ? undefined : { kind: 'text', field: field.name, contains: contains.value }));
      valueBox.append(labelled(t('mydata.filterContains'), contains));
      return;
    }
    if (field.kind !== 'number' && field.distinct !== null) {
      const valueSelect = el('select', { 'data-testid': 'user-filter-value', 'data-focus-key': `${layerId}:filter-value` });
      valueSelect.append(el('option', { value: '' }, t('mydata.filterAny')));
      for (const { value, count } of field.distinct) valueSelect.append(el('option', { value: String(value) }, `${displayValue(value, lang)} (${count})`));
      valueSelect.value = current?.kind === 'value' ? current.value : '';
      valueSelect.addEventListener('change', () => onChange(valueSelect.value === '' ? undefined : { kind: 'value', field: field.name, value: valueSelect.value }));
      valueBox.append(labelled(t('mydata.filterValue'), valueSelect));
      return;
    }
    const min = el('input', { type: 'number', step: 'any', placeholder: String(field.min ?? ''), 'data-testid': 'user-filter-min', 'data-focus-key': `${layerId}:filter-min` });
    const max = el('input', { type: 'number', step: 'any', placeholder: String(field.max ?? ''), 'data-testid': 'user-filter-max', 'data-focus-key': `${layerId}:filter-max` });
    if (current?.kind === 'range') {
      if (current.min !== undefined) min.value = String(current.min);
      if (current.max !== undefined) max.value = String(current.max);
    }
    const update = () => {
      const lower = parseBound(min);
      const upper = parseBound(max);
      onChange(lower === undefined && upper === undefined ? undefined : { kind: 'range', field: field.name, min: lower, max: upper });
    };
    min.addEventListener('change', update);
    max.addEventListener('change', update);
    valueBox.append(labelled(t('mydata.filterMin'), min), labelled(t('mydata.filterMax'), max));
  };

  fieldSelect.addEventListener('change', () => {
    onChange(undefined);
    showValues(fields.find((field) => field.name === fieldSelect.value), undefined);
  });
  showValues(fields.find((field) => field.name === options.filter?.field), options.filter);
  return box;
}
