// URL codecs for the spatial questions: qc (corridor ids), qd (catchment km), qr (catchment reach),
// qa (area), qm (measurement). All five share the `question` field, each parsing only its own part.
import { bothLanguages } from '../i18n/translate';
import { defineFieldCodec, type FieldCodec } from './url-codec';
import type { QuestionState } from '../questions/question-types';
import { DEFAULT_DISTANCE_KM, MAX_DISTANCE_KM, MIN_DISTANCE_KM } from '../questions/question-types';
import { formatAreaSpec, formatMeasureSpec, isFeatureId, parseAreaSpec, parseMeasureSpec } from '../questions/question-text';

const MAX_CORRIDORS = 50;

export function parseCorridorList(raw: string): string[] | undefined {
  const ids = raw.split(',');
  if (ids.length === 0 || ids.length > MAX_CORRIDORS || !ids.every(isFeatureId)) return undefined;
  return [...new Set(ids)];
}

export function parseDistance(raw: string): number | undefined {
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(raw)) return undefined;
  const km = Number(raw);
  return km >= MIN_DISTANCE_KM && km <= MAX_DISTANCE_KM ? km : undefined;
}

// Each codec's parse returns only its own part; the registry merges it over the field's value.
const part = (value: Partial<QuestionState>): QuestionState => value as QuestionState;

export const questionCodecs: FieldCodec[] = [
  defineFieldCodec({
    field: 'question',
    param: 'qc',
    history: 'push',
    merge: true,
    expected: bothLanguages('url.expected.corridors'),
    parse: (raw) => {
      const corridors = parseCorridorList(raw);
      return corridors ? part({ corridors }) : undefined;
    },
    serialize: (question) => (question.corridors.length > 0 ? question.corridors.join(',') : null),
  }),
  defineFieldCodec({
    field: 'question',
    param: 'qd',
    history: 'push',
    merge: true,
    expected: bothLanguages('url.expected.distance', { min: MIN_DISTANCE_KM, max: MAX_DISTANCE_KM }),
    parse: (raw) => {
      const distanceKm = parseDistance(raw);
      return distanceKm === undefined ? undefined : part({ distanceKm });
    },
    // Only meaningful with corridors; always written then, so a shared link states its distance.
    serialize: (question) =>
      question.corridors.length > 0 || question.distanceKm !== DEFAULT_DISTANCE_KM ? String(question.distanceKm) : null,
  }),
  defineFieldCodec({
    field: 'question',
    param: 'qr',
    history: 'push',
    merge: true,
    expected: bothLanguages('url.expected.reach'),
    parse: (raw) => (raw === 'anchor' ? part({ reach: 'anchor' }) : undefined),
    serialize: (question) => (question.reach === 'anchor' ? 'anchor' : null),
  }),
  defineFieldCodec({
    field: 'question',
    param: 'qa',
    history: 'push',
    merge: true,
    expected: bothLanguages('url.expected.area'),
    parse: (raw) => {
      const area = parseAreaSpec(raw);
      return area ? part({ area }) : undefined;
    },
    serialize: (question) => (question.area ? formatAreaSpec(question.area) : null),
  }),
  defineFieldCodec({
    field: 'question',
    param: 'qm',
    history: 'push',
    merge: true,
    expected: bothLanguages('url.expected.measure'),
    parse: (raw) => {
      const measure = parseMeasureSpec(raw);
      return measure ? part({ measure }) : undefined;
    },
    serialize: (question) => (question.measure ? formatMeasureSpec(question.measure) : null),
  }),
];
