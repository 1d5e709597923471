// Command-line export options: parsing and checking, without touching files or browsers, so every
// bad input is caught (with a message naming it) before Chromium starts.
import { PRESET_NAMES, resolvePreset } from '../export/presets';
import { ATLAS_KINDS, type AtlasKind } from '../export/atlas-kinds';
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
  /** one page per Sichuan prefecture, per zone or per shown project, after a contents page: one PDF, or (format png) a folder `out` of PNG pages */
  atlas?: AtlasKind;
}

export type CliRequest = { kind: 'single'; job: ExportJob } | { kind: 'batch'; file: string } | { kind: 'help' };

export const USAGE = `Usage:
  npm run export -- --url "<permalink or its ?query>" [--preset a4-landscape] [--dpi 300] [--format png|svg|pdf] [--lang zh|en|both] [--title T] [--subtitle T] [--note T] [--atlas prefecture|zone|selection] --out FILE
  npm run export -- --url "…" --atlas prefecture|zone|selection --format png --out FOLDER   (a contents page and one PNG per unit)
  npm run export -- --batch FILE.json   (a JSON array of {url, preset, dpi, format, lang, title, subtitle, note, out})
Presets: ${PRESET_NAMES.join(', ')}. Formats: png, svg, pdf (vector, selectable text); the default is the --out file's extension.
The social preset is a 1200×630 PNG link preview (og:image) of the --url's state.`;

/** The query part of a permalink: a full URL, "?a=b", "#a=b" or "a=b" all give "?a=b". */
export function queryFromUrl(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  let query = trimmed;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new Error(`The URL "${shorten(trimmed)}" is malformed: ${describeMalformedUrl(trimmed)}`);
    }
    query = url.search !== '' ? url.search : url.hash;
  } else if (/^[^?#=&]*[./][^?#=&]*[?#]/.test(trimmed) || /^[a-z][a-z0-9+.-]*:\/?[^/]/i.test(trimmed)) {
    // "example.org/map/?lang=en", "https:/example.org/…", "http:example.org": an address with a broken start.
    throw new Error(`The URL "${shorten(trimmed)}" is malformed: it does not start with http:// or https:// (give the whole permalink, or only its ?query)`);
  }
  query = query.replace(/^[?#]/, '');
  return query === '' ? '' : `?${query}`;
}

function shorten(text: string): string {
  return text.length > 100 ? `${text.slice(0, 99)}…` : text;
}

/** Says which part of an address the URL parser refused: the host, the port or the characters. */
export function describeMalformedUrl(text: string): string {
  const afterScheme = text.slice(text.indexOf('://') + 3);
  const authority = afterScheme.split(/[/?#]/, 1)[0] ?? '';
  const hostPort = authority.includes('@') ? authority.slice(authority.lastIndexOf('@') + 1) : authority;
  if (hostPort === '') return 'it has no host name after "://"';
  const port = /^(?:\[[^\]]*\]|[^:]*):(.*)$/.exec(hostPort)?.[1];
  if (port !== undefined && !/^\d{0,5}$/.test(port)) return `the port "${port}" is not a number`;
  if (port !== undefined && Number(port) > 65535) return `the port ${port} is above 65535`;
  const host = port === undefined ? hostPort : hostPort.slice(0, hostPort.length - port.length - 1);
  if (/\s/.test(host)) return `the host name "${host}" contains a space`;
  const bad = [...new Set(host.replace(/^\[.*\]$/, '').match(/[^\p{L}\p{N}.\-_~!$&'()*+,;=%]/gu) ?? [])];
  if (bad.length > 0) return `the host name "${host}" contains ${bad.map((c) => `"${c}"`).join(', ')}, which a host name cannot have`;
  return `the host name "${host}" is not a valid host name`;
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

export function makeJob(raw: { url?: unknown; preset?: unknown; dpi?: unknown; format?: unknown; lang?: unknown; out?: unknown; title?: unknown; subtitle?: unknown; note?: unknown; atlas?: unknown }): ExportJob {
  if (typeof raw.out !== 'string' || raw.out === '') throw new Error('Missing the output file: give --out FILE');
  if (raw.url !== undefined && typeof raw.url !== 'string') throw new Error('url must be text');
  const preset = raw.preset === undefined ? 'a4-landscape' : String(raw.preset);
  const dpi = parseDpi(raw.dpi);
  const size = resolvePreset(preset, dpi); // throws on an unknown preset or a dpi it does not offer
  const query = queryFromUrl(raw.url ?? '');
  if (new URLSearchParams(query).get('embed') === '1') {
    throw new Error('This is an embed link (embed=1): the export draws the full map. Remove embed=1 (and title, legend, theme), or use the embed\'s "Open the full map" link');
  }
  const lang = raw.lang === undefined ? undefined : String(raw.lang);
  if (lang !== undefined && !(EXPORT_LANGS as readonly string[]).includes(lang)) throw new Error(`Unknown language "${lang}". Valid: ${EXPORT_LANGS.join(', ')}.`);
  const texts: Pick<ExportJob, 'title' | 'subtitle' | 'note'> = {};
  for (const name of ['title', 'subtitle', 'note'] as const) {
    const value = optionalText(raw[name], name);
    if (value !== undefined) texts[name] = value;
  }
  if (raw.atlas !== undefined && !(ATLAS_KINDS as readonly unknown[]).includes(raw.atlas)) throw new Error(`Unknown atlas "${String(raw.atlas)}". Valid: ${ATLAS_KINDS.join(', ')}.`);
  if (raw.atlas !== undefined && raw.format === undefined && !/\.pdf$/i.test(raw.out)) throw new Error('--atlas writes one multi-page PDF or a folder of PNG pages: give --format pdf (or an --out ending in .pdf), or --format png and an --out folder');
  const format = formatFrom(raw.format === undefined ? undefined : String(raw.format), raw.out);
  if (raw.atlas !== undefined && format === 'svg') throw new Error('--atlas writes one multi-page PDF or a folder of PNG pages, not SVG: give --format pdf or png');
  if (raw.atlas !== undefined && format === 'png' && /\.(png|zip|pdf|svg)$/i.test(raw.out)) throw new Error(`--atlas with --format png writes a folder of PNG pages: give --out a folder, not the file "${raw.out}"`);
  return {
    ...texts,
    ...(raw.atlas !== undefined ? { atlas: raw.atlas as AtlasKind } : {}),
    link: footerLink(raw.url ?? ''),
    query,
    preset,
    dpi: size.dpi,
    format,
    lang: lang as ExportLang | undefined,
    out: raw.out,
  };
}

const FLAGS = ['--url', '--preset', '--dpi', '--format', '--lang', '--out', '--batch', '--title', '--subtitle', '--note', '--atlas'] as const;

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
      title: values['--title'], subtitle: values['--subtitle'], note: values['--note'], atlas: values['--atlas'],
    }),
  };
}

/** One entry of a batch file, numbered from 1: the job, or why it cannot run. */
export type BatchEntry = { entry: number; job: ExportJob } | { entry: number; error: string; out?: string };

/**
 * Every entry of a batch file, the bad ones with their reason, so that one bad entry does not stop
 * the others. Only a file that is not a JSON array at all is refused as a whole (it throws).
 */
export function parseBatchEntries(text: string, file: string): BatchEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(value) || value.length === 0) throw new Error(`${file} must be a non-empty JSON array of {url, preset, dpi, format, out}`);
  return value.map((raw: unknown, index): BatchEntry => {
    const entry = index + 1;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { entry, error: 'expected an object' };
    const out = (raw as { out?: unknown }).out;
    try {
      return { entry, job: makeJob(raw as Record<string, unknown>) };
    } catch (error) {
      return { entry, error: error instanceof Error ? error.message : String(error), ...(typeof out === 'string' ? { out } : {}) };
    }
  });
}
