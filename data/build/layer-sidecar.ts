// The sidecar of a published layer (data/layers/<id>.layer.json): its title in both languages, its
// style, its source and the precision of its positions. Pure: checks a parsed JSON value and says
// what is wrong with it, naming the file and the field, so a broken sidecar stops the data build with
// a sentence the publisher can act on instead of a stack trace.

import { PRECISIONS as PUBLISHED_PRECISIONS, type Precision as PublishedPrecision } from '../../src/types.ts';

export type { PublishedPrecision };

/** Point symbols the map and the export draw for a published layer. */
export const PUBLISHED_SYMBOLS = ['circle'] as const;
export type PublishedSymbol = (typeof PUBLISHED_SYMBOLS)[number];

export const DATA_EXTENSIONS = ['.geojson', '.json', '.csv', '.xlsx'] as const;

export interface LayerSidecar {
  /** from the sidecar's file name: <id>.layer.json */
  id: string;
  /** the data file beside the sidecar; absent: <id> with the first of DATA_EXTENSIONS found */
  file?: string;
  title: { zh: string; en: string };
  style: { colour: string; symbol: PublishedSymbol };
  source: { name: string; url: string; checked: string };
  /** how far to trust positions given in the file; rows placed by a place name get their own */
  precision: PublishedPrecision;
  /** the column (property) that names each feature */
  name: string;
  /** XLSX: the sheet to read (default: the first with data) */
  sheet?: string;
}

export type SidecarCheck = { ok: true; sidecar: LayerSidecar } | { ok: false; problems: string[] };

export const SIDECAR_SUFFIX = '.layer.json';
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
const MAX_TITLE = 120;
const MAX_TEXT = 200;
const FIELDS = ['file', 'title', 'style', 'source', 'precision', 'name', 'sheet'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.trim() !== '' && value.length <= max;
const quote = (value: unknown) => JSON.stringify(value);

/** A real calendar day written YYYY-MM-DD, not after `today`. */
function checkDay(value: unknown, today: string): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return `must be a day written YYYY-MM-DD, e.g. "2026-11-30" (found ${quote(value)})`;
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return `${quote(value)} is not a calendar day`;
  if (value > today) return `${quote(value)} is after today (${today}): it is the day the source was last checked`;
  return undefined;
}

function checkUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return `must be the source's http(s) address (found ${quote(value)})`;
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
  } catch {
    // fall through to the message
  }
  return `must be an absolute http(s) address (found ${quote(value)})`;
}

/**
 * Checks a parsed sidecar. `fileName` is the sidecar's own name (its id comes from it); `today`
 * (YYYY-MM-DD) bounds the checked-on date. Every problem names the file and the field.
 */
export function checkSidecar(fileName: string, value: unknown, today: string): SidecarCheck {
  const problems: string[] = [];
  const at = (field: string, text: string) => problems.push(`${fileName}: "${field}" ${text}`);
  const id = fileName.endsWith(SIDECAR_SUFFIX) ? fileName.slice(0, -SIDECAR_SUFFIX.length) : fileName;
  if (!ID_PATTERN.test(id)) problems.push(`${fileName}: the layer's id "${id}" (the file name before ${SIDECAR_SUFFIX}) must be 1–40 lower-case letters, digits or hyphens`);
  if (!isRecord(value)) return { ok: false, problems: [...problems, `${fileName}: must be a JSON object with title, style, source, precision and name`] };

  for (const key of Object.keys(value)) {
    if (!(FIELDS as readonly string[]).includes(key)) at(key, `is not a sidecar field (expected ${FIELDS.join(', ')})`);
  }
  const { file, title, style, source, precision, name, sheet } = value;
  if (file !== undefined && (!isText(file, MAX_TEXT) || /[\\/]/.test(file) || !DATA_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext)))) {
    at('file', `must be the name of a file beside the sidecar ending in ${DATA_EXTENSIONS.join(', ')} (found ${quote(file)})`);
  }
  if (!isRecord(title)) at('title', 'is missing: give {"zh": "…", "en": "…"}');
  else for (const lang of ['zh', 'en'] as const) if (!isText(title[lang], MAX_TITLE)) at(`title.${lang}`, `must be text of 1–${MAX_TITLE} characters (found ${quote(title[lang])})`);
  if (!isRecord(style)) at('style', 'is missing: give {"colour": "#rrggbb", "symbol": "circle"}');
  else {
    if (typeof style.colour !== 'string' || !/^#[0-9a-f]{6}$/i.test(style.colour)) at('style.colour', `must be a colour written #rrggbb (found ${quote(style.colour)})`);
    if (style.symbol !== undefined && !(PUBLISHED_SYMBOLS as readonly unknown[]).includes(style.symbol)) at('style.symbol', `must be one of ${PUBLISHED_SYMBOLS.join(', ')} (found ${quote(style.symbol)})`);
    for (const key of Object.keys(style)) if (key !== 'colour' && key !== 'symbol') at(`style.${key}`, 'is not a style field (expected colour, symbol)');
  }
  if (!isRecord(source)) at('source', 'is missing: give {"name": "…", "url": "https://…", "checked": "YYYY-MM-DD"}');
  else {
    if (!isText(source.name, MAX_TEXT)) at('source.name', `must name who published the data, 1–${MAX_TEXT} characters (found ${quote(source.name)})`);
    const badUrl = checkUrl(source.url);
    if (badUrl) at('source.url', badUrl);
    const badDay = checkDay(source.checked, today);
    if (badDay) at('source.checked', badDay);
    for (const key of Object.keys(source)) if (!['name', 'url', 'checked'].includes(key)) at(`source.${key}`, 'is not a source field (expected name, url, checked)');
  }
  if (!(PUBLISHED_PRECISIONS as readonly unknown[]).includes(precision)) at('precision', `must be one of ${PUBLISHED_PRECISIONS.join(', ')} (found ${quote(precision)})`);
  if (!isText(name, MAX_TEXT)) at('name', `must be the column that names each feature (found ${quote(name)})`);
  if (sheet !== undefined && !isText(sheet, MAX_TEXT)) at('sheet', `must be the name of a sheet (found ${quote(sheet)})`);
  if (problems.length > 0) return { ok: false, problems };

  const checked = value as { title: LayerSidecar['title']; style: { colour: string; symbol?: PublishedSymbol }; source: LayerSidecar['source']; precision: PublishedPrecision; name: string };
  const sidecar: LayerSidecar = {
    id,
    title: { zh: checked.title.zh.trim(), en: checked.title.en.trim() },
    style: { colour: checked.style.colour.toLowerCase(), symbol: checked.style.symbol ?? 'circle' },
    source: { name: checked.source.name.trim(), url: checked.source.url, checked: checked.source.checked },
    precision: checked.precision,
    name: checked.name,
  };
  if (typeof file === 'string') sidecar.file = file;
  if (typeof sheet === 'string') sidecar.sheet = sheet;
  return { ok: true, sidecar };
}
