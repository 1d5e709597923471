// Words an import problem in a language, at the moment it is shown: the worker that found it
// reports only codes and values. English reproduces the importer's original sentences; Chinese is
// worded for planners, with the same file, record, field and numbers so both point at one place.
import type { Lang } from '../types';
import { fill, type Params } from '../i18n/fill.ts';
import { importProblemsEn, importProblemsZh } from '../i18n/tables/import-problems.ts';
import { REGION } from './limits.ts';
import type { GeometryPlace, Problem, ProblemParams, RecordLabel } from './problem-facts.ts';
import { quoteId } from './problem-facts.ts';
import { BINARY_KINDS, type BinaryKind } from './sniff-binary.ts';
import type { EchartsDecodeReason } from './echarts-encoded.ts';

type ImportKey = keyof typeof importProblemsZh;
// Only the import's own words: this module runs in the import worker, which must not carry the UI's table.
const TABLES: Record<Lang, Record<ImportKey, string>> = { zh: importProblemsZh, en: importProblemsEn };

function translate(lang: Lang, key: ImportKey, params: Params = {}): string {
  return fill(TABLES[lang][key], params);
}

/** What formatProblem reads: a problem with or without its English sentence. */
export type ProblemFacts = Omit<Problem, 'message'>;

/** What to do with a binary file that is nearly right: an .xlsx renamed, an old Office file, a lone .shp. */
const BINARY_ADVICE: Partial<Record<string, ImportKey>> = {
  xlsx: 'import.binary.renameXlsx',
  'office-legacy': 'import.binary.saveAsCsv',
  shapefile: 'import.binary.zipShapefile',
};
const ECHARTS_REASONS: readonly EchartsDecodeReason[] = ['ring-not-string', 'no-offsets', 'odd-length', 'offsets-mismatch', 'not-a-list', 'type'];
const AXIS_KEYS = ['import.axis.0', 'import.axis.1', 'import.axis.2'] as const;
const PAPA_CODES = new Set(['MissingQuotes', 'InvalidQuotes', 'UndetectableDelimiter', 'TooFewFields', 'TooManyFields']);

export function formatProblem(problem: ProblemFacts, lang: Lang): string {
  const text = translate(lang, `import.problem.${problem.code}` as const, bodyParams(problem, lang));
  if (problem.record === undefined) return translate(lang, 'import.line.file', { file: problem.file, text });
  return translate(lang, 'import.line.record', { file: problem.file, record: describeRecord(problem.record, problem.id, lang), text });
}

/** `feature 3 (id P-07)` / `第 3 个要素（编号 P-07）`. */
export function describeRecord(record: RecordLabel, id: string | undefined, lang: Lang): string {
  const params = { n: record.n, object: record.object ?? '' };
  const label = translate(lang, `import.record.${record.kind}` as const, params);
  return id === undefined ? label : translate(lang, 'import.record.withId', { record: label, id: quoteId(id) });
}

/** `position 3 of ring 0 of "geometry"` / `"geometry" 的第 0 个环的第 3 个坐标点`; parts are innermost first. */
export function describePlace(place: GeometryPlace, lang: Lang, withAxis: boolean): string {
  const outerFirst = [...place.path].reverse();
  let text = place.field;
  outerFirst.forEach((step, i) => {
    const inner = translate(lang, `import.part.${step.part}` as const, { n: step.n });
    text = i === 0 ? translate(lang, 'import.where.ofField', { inner, field: text }) : translate(lang, 'import.where.ofPart', { inner, outer: text });
  });
  if (withAxis && place.axis !== undefined) {
    const axisKey = AXIS_KEYS[place.axis];
    const inner = axisKey === undefined ? translate(lang, 'import.axis.n', { n: place.axis }) : translate(lang, axisKey);
    text = outerFirst.length === 0 ? translate(lang, 'import.where.ofField', { inner, field: text }) : translate(lang, 'import.where.ofPart', { inner, outer: text });
  }
  return text;
}

/**
 * Chinese puts no space between Chinese characters, but wants one between a quoted name and the
 * word after it; the zh strings therefore follow {where} directly and the space is added here.
 */
function spaced(text: string, lang: Lang): string {
  return lang === 'zh' && !/[\u4e00-\u9fff]$/.test(text) ? `${text} ` : text;
}

function bodyParams(problem: ProblemFacts, lang: Lang): ProblemParams {
  const params: ProblemParams = { ...problem.params };
  if (problem.place) {
    params['where'] = spaced(describePlace(problem.place, lang, false), lang);
    params['subject'] = spaced(describePlace(problem.place, lang, true), lang);
  }
  const typeOf = problem.params['typeOf'];
  params['typeSubject'] = spaced(
    typeof typeOf === 'string' && typeOf !== '' ? translate(lang, 'import.subject.typeOf', { field: typeOf }) : translate(lang, 'import.subject.type'),
    lang,
  );
  params['region'] = translate(lang, 'import.region', { minLon: REGION.minLon, maxLon: REGION.maxLon, minLat: REGION.minLat, maxLat: REGION.maxLat });
  if (problem.code === 'file-binary') {
    const kind = String(problem.params['kind']);
    params['kind'] = translate(lang, `import.binary.${(BINARY_KINDS as readonly string[]).includes(kind) ? (kind as BinaryKind) : 'zip'}` as const);
    // An .xlsx under another name is readable once renamed; an old Office file needs saving as .xlsx.
    const advice = BINARY_ADVICE[kind];
    params['advice'] = advice === undefined ? '' : translate(lang, advice);
  }
  if (problem.code === 'echarts-undecodable') {
    const reason = String(problem.params['reason']);
    params['detail'] = (ECHARTS_REASONS as readonly string[]).includes(reason) ? translate(lang, `import.echarts.${reason as EchartsDecodeReason}`) : reason;
  }
  if (problem.code === 'xml-invalid') {
    const { line, column } = problem.params;
    params['at'] = typeof line === 'number' && typeof column === 'number' ? translate(lang, 'import.xml.at', { line, column }) : '';
  }
  if (problem.code === 'json-invalid') params['detail'] = describeJsonDetail(problem.params, lang);
  if (problem.code === 'csv-no-coordinate-columns') {
    params['accepted'] = translate(lang, 'import.csvColumns');
    if (problem.params['found'] === '') params['found'] = translate(lang, 'import.none');
  }
  if (problem.code === 'csv-parse' || problem.code === 'csv-row-parse') params['detail'] = describeCsvDetail(problem.params, lang);
  if (problem.code === 'place-county-unmatched') params['unit'] = String(problem.params[lang === 'zh' ? 'unitZh' : 'unitEn'] ?? '');
  if (problem.code === 'place-unmatched' || problem.code === 'place-county-unmatched') {
    const names = String(problem.params[lang === 'zh' ? 'candidatesZh' : 'candidatesEn'] ?? '');
    params['candidates'] = names === '' ? translate(lang, 'import.none') : names;
  }
  return params;
}

/** The reason part of a JSON syntax error: `unexpected text at line 2, column 8`. */
export function describeJsonDetail(params: ProblemParams, lang: Lang): string {
  const reason = params['reason'];
  const key: ImportKey = reason === 'truncated' ? 'import.json.truncated' : reason === 'unexpected' ? 'import.json.unexpected' : 'import.json.unreadable';
  return translate(lang, key, params);
}

/** CSV reader errors come in English; the common ones are worded in Chinese, the rest quoted as they are. */
function describeCsvDetail(params: ProblemParams, lang: Lang): string {
  const message = String(params['message'] ?? '');
  const code = String(params['papaCode'] ?? '');
  if (lang === 'en' || !PAPA_CODES.has(code)) return message;
  return translate(lang, `import.csv.${code}` as ImportKey);
}
