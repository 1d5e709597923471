// Command-line export options: parsing and checking, without touching files or browsers, so every
// bad input is caught (with a message naming it) before Chromium starts.
import { PRESET_NAMES, resolvePreset } from '../export/presets';
import type { ExportLang } from '../export/export-input';
import { EXPORT_FORMATS, EXPORT_LANGS, isExportFormat, type ExportFormat } from './export-options';

export interface ExportJob {
  /** the app's query string, "?lang=en&v=…" or "" */
  query: string;
  preset: string;
  dpi: number | undefined;
  format: ExportFormat;
  /** the image's language; undefined = the app's language for that URL */
  lang: ExportLang | undefined;
  out: string;
  /** printed on the page; undefined keeps the dialog's default title / subtitle, and no note */
  title?: string;
  subtitle?: string;
  note?: string;
  /** the footer's link: the --url as given when it is a full http(s) address, else '' (no temporary server address is ever printed) */
  link: string;
}

export type CliRequest = { kind: 'single'; job: ExportJob } | { kind: 'batch'; file: string } | { kind: 'help' };

export const USAGE = `Usage:
  npm run export -- --url "<permalink or its ?query>" [--preset a4-landscape] [--dpi 300] [--format png|svg|pdf] [--lang zh|en|both] [--title T] [--subtitle T] [--note T] --out FILE
  npm run export -- --batch FILE.json   (a JSON array of {url, preset, dpi, format, lang, title, subtitle, note, out})
Presets: ${PRESET_NAMES.join(', ')}. Formats: png, svg, pdf (vector, selectable text); the default is the --out file's extension.`;

/** The query part of a permalink: a full URL, "?a=b", "#a=b" or "a=b" all give "?a=b". */
export function queryFromUrl(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  let query = trimmed;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    const url = new URL(trimmed);
    query = url.search !== '' ? url.search : url.hash;
  }
  query = query.replace(/^[?#]/, '');
  return query === '' ? '' : `?${query}`;
}

function formatFrom(format: string | undefined, out: string): ExportFormat {
  const chosen = (format ?? out.split('.').pop() ?? '').toLowerCase();
  if (!isExportFormat(chosen)) {
    throw new Error(format === undefined ? `Cannot tell the format from "${out}": give --format ${EXPORT_FORMATS.join(' or ')}` : `Unknown format "${format}". Valid formats: ${EXPORT_FORMATS.join(', ')}.`);
  }
  return chosen;
}

function parseDpi(raw: unknown): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const dpi = Number(raw);
  if (!Number.isInteger(dpi) || dpi <= 0) throw new Error(`dpi must be a whole number such as 150 or 300; got "${String(raw)}"`);
  return dpi;
}

/** Builds and checks a job; throws an Error naming the bad value. */
/** The footer cites the address given, but only a real one: a bare "?query" has no address to cite. */
export function footerLink(url: string): string {
  const trimmed = url.trim();
  return /^https?:\/\/[^\s]+$/i.test(trimmed) ? trimmed : '';
}

function optionalText(raw: unknown, name: string): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') throw new Error(`${name} must be text`);
  return raw;
}

export function makeJob(raw: { url?: unknown; preset?: unknown; dpi?: unknown; format?: unknown; lang?: unknown; out?: unknown; title?: unknown; subtitle?: unknown; note?: unknown }): ExportJob {
  if (typeof raw.out !== 'string' || raw.out === '') throw new Error('Missing the output file: give --out FILE');
  if (raw.url !== undefined && typeof raw.url !== 'string') throw new Error('url must be text');
  const preset = raw.preset === undefined ? 'a4-landscape' : String(raw.preset);
  const dpi = parseDpi(raw.dpi);
  const size = resolvePreset(preset, dpi); // throws on an unknown preset or a dpi it does not offer
  const lang = raw.lang === undefined ? undefined : String(raw.lang);
  if (lang !== undefined && !(EXPORT_LANGS as readonly string[]).includes(lang)) throw new Error(`Unknown language "${lang}". Valid: ${EXPORT_LANGS.join(', ')}.`);
  const texts: Pick<ExportJob, 'title' | 'subtitle' | 'note'> = {};
  for (const name of ['title', 'subtitle', 'note'] as const) {
    const value = optionalText(raw[name], name);
    if (value !== undefined) texts[name] = value;
  }
  return {
    ...texts,
    link: footerLink(raw.url ?? ''),
    query: queryFromUrl(raw.url ?? ''),
    preset,
    dpi: size.dpi,
    format: formatFrom(raw.format === undefined ? undefined : String(raw.format), raw.out),
    lang: lang as ExportLang | undefined,
    out: raw.out,
  };
}

const FLAGS = ['--url', '--preset', '--dpi', '--format', '--lang', '--out', '--batch', '--title', '--subtitle', '--note'] as const;

export function parseCliArgs(argv: readonly string[]): CliRequest {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  const values: Partial<Record<(typeof FLAGS)[number], string>> = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i]!;
    if (!(FLAGS as readonly string[]).includes(flag)) throw new Error(`Unknown option "${flag}".\n${USAGE}`);
    const value = argv[i + 1];
    // a title may be empty, but it must be there
    if (value === undefined || (value.startsWith('--') && (FLAGS as readonly string[]).includes(value))) throw new Error(`Option ${flag} needs a value`);
    values[flag as (typeof FLAGS)[number]] = value;
  }
  if (values['--batch'] !== undefined) return { kind: 'batch', file: values['--batch'] };
  return {
    kind: 'single',
    job: makeJob({
      url: values['--url'], preset: values['--preset'], dpi: values['--dpi'], format: values['--format'], lang: values['--lang'], out: values['--out'],
      title: values['--title'], subtitle: values['--subtitle'], note: values['--note'],
    }),
  };
}

/** The jobs of a batch file; an error names the entry that is wrong. */
export function parseBatch(text: string, file: string): ExportJob[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(value) || value.length === 0) throw new Error(`${file} must be a non-empty JSON array of {url, preset, dpi, format, out}`);
  return value.map((entry: unknown, index) => {
    if (typeof entry !== 'object' || entry === null) throw new Error(`${file}, entry ${index + 1}: expected an object`);
    try {
      return makeJob(entry as Record<string, unknown>);
    } catch (error) {
      throw new Error(`${file}, entry ${index + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}
