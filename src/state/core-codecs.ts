// Codecs for the fields the map shell owns: view, language and selection.
import type { Lang } from '../types';
import { bothLanguages } from '../i18n/translate';
import { MAX_ZOOM, MIN_ZOOM, normalizeView, type MapView, type Selection } from './app-state';
import { createUrlCodec, defineFieldCodec, type UrlCodec } from './url-codec';

const DECIMAL = /^-?\d{1,3}(\.\d+)?$/;

function parseView(raw: string): MapView | null | undefined {
  const parts = raw.split(',');
  if (parts.length !== 3 || !parts.every((part) => DECIMAL.test(part))) return undefined;
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || zoom < MIN_ZOOM || zoom > MAX_ZOOM) return undefined;
  return normalizeView({ lat, lon, zoom });
}

export const viewCodec = defineFieldCodec({
  field: 'view',
  param: 'v',
  history: 'replace',
  expected: bothLanguages('url.expected.view'),
  parse: parseView,
  serialize: (view) => (view === null ? null : `${view.lat},${view.lon},${view.zoom}`),
});

export const langCodec = defineFieldCodec({
  field: 'lang',
  param: 'lang',
  history: 'push',
  expected: bothLanguages('url.expected.lang'),
  parse: (raw): Lang | undefined => (raw === 'zh' || raw === 'en' ? raw : undefined),
  // Always written: a shared link shows the sender's language, whatever the reader's browser says.
  serialize: (lang) => lang,
});

const ADCODE = /^\d{6}$/;
const FEATURE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;

function parseSelection(raw: string): Selection | undefined {
  const colon = raw.indexOf(':');
  const prefix = raw.slice(0, colon);
  const rest = raw.slice(colon + 1);
  if (colon < 0) return undefined;
  if (prefix === 'u' && ADCODE.test(rest)) return { kind: 'unit', adcode: rest };
  if (prefix === 'f' && FEATURE_ID.test(rest)) return { kind: 'feature', id: rest };
  return undefined;
}

export const selectionCodec = defineFieldCodec({
  field: 'selection',
  param: 'sel',
  history: 'push',
  expected: bothLanguages('url.expected.selection'),
  parse: parseSelection,
  serialize: (selection) => {
    if (selection === null) return null;
    return selection.kind === 'unit' ? `u:${selection.adcode}` : `f:${selection.id}`;
  },
});

/** The shell's codec; other modules extend it with coreUrlCodec.with(theirCodec). */
export const coreUrlCodec: UrlCodec = createUrlCodec([langCodec, viewCodec, selectionCodec]);
