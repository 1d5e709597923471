// The popup of an imported feature: its layer, id and every property as a two-column table.
// Everything goes in through textContent; a value becomes a link only when safeHref accepts it.
import type { Feature } from 'geojson';
import type { Lang } from '../types';
import { translate } from '../i18n/translate';
import { safeHref } from '../import/safe-href.ts';
import { el } from '../ui/dom';
import type { PublishedInfo } from '../data/published-layers';
import { publishedPrecision } from '../data/published-layers';
import { publishedPrecisionLine, publishedSourceLine } from './published-source';

// Longer values are cut in the popup (laying out a 100 kB unbroken string freezes the page for
// seconds); "Download my layers" still gives them in full.
export const MAX_SHOWN_CHARACTERS = 500;

function shorten(text: string): string {
  return text.length > MAX_SHOWN_CHARACTERS ? `${text.slice(0, MAX_SHOWN_CHARACTERS)}… (${text.length})` : text;
}

/** Text for a property value; missing and empty values are shown as unknown, never as blank. */
export function displayValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return translate(lang, 'domain.unknown');
  if (typeof value === 'object') return shorten(JSON.stringify(value));
  return shorten(String(value));
}

function valueCell(value: unknown, lang: Lang): HTMLTableCellElement {
  const cell = el('td');
  const href = safeHref(value);
  if (href) {
    const link = el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, String(value));
    cell.append(link);
  } else {
    cell.textContent = displayValue(value, lang);
  }
  return cell;
}

function row(label: string, cell: HTMLTableCellElement): HTMLTableRowElement {
  const tr = el('tr');
  tr.append(el('th', { scope: 'row' }, label), cell);
  return tr;
}

/**
 * `title`: the feature's name from its layer's name column, shown above its layer. A published
 * layer's feature (`published`) also says where the data comes from and how precise its position is.
 */
export function buildPropertyTable(feature: Feature, layerName: string, lang: Lang, title?: string, published?: PublishedInfo): HTMLElement {
  const container = el('div', { class: 'user-feature-popup', 'data-testid': 'user-feature-popup' });
  if (title !== undefined) container.append(el('p', { class: 'user-feature-title', 'data-testid': 'user-feature-title' }, shorten(title)));
  container.append(el('p', { class: 'user-feature-layer' }, `${translate(lang, 'mydata.layer')}: ${layerName}`));
  if (published) {
    const about = el('p', { class: 'user-feature-published' });
    about.append(publishedSourceLine(published, lang), el('br'), publishedPrecisionLine(publishedPrecision(feature) ?? published.precision, lang));
    container.append(about);
  }
  const table = el('table', { class: 'user-feature-properties' });
  const head = el('thead');
  const headRow = el('tr');
  headRow.append(el('th', { scope: 'col' }, translate(lang, 'mydata.property')), el('th', { scope: 'col' }, translate(lang, 'mydata.value')));
  head.append(headRow);
  const body = el('tbody');
  if (feature.id !== undefined) body.append(row(translate(lang, 'mydata.featureId'), el('td', {}, String(feature.id))));
  for (const [name, value] of Object.entries(feature.properties ?? {})) body.append(row(shorten(name), valueCell(value, lang)));
  table.append(head, body);
  container.append(table);
  return container;
}
