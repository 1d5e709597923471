// The URL <-> state codec: a registry of small per-field codecs, one URL parameter each, so a new
// layer, filter or option adds a codec instead of editing a parser. Unknown, invalid or repeated
// parameters are ignored and reported, never fatal: the rest of the URL still applies.
import type { AppState } from './app-state';
import { isTrackingParam } from './tracking-params';

export interface FieldCodec<K extends keyof AppState = keyof AppState> {
  readonly field: K;
  /** the query parameter, short and readable: "v", "lang", "sel" */
  readonly param: string;
  /** discrete changes (language, selection) get their own history entry; continuous ones (view) replace it */
  readonly history: 'push' | 'replace';
  /** what a valid value looks like, for the message `"abc" is not a valid …` */
  readonly expected: { readonly zh: string; readonly en: string };
  /** undefined when the text is not a valid value */
  parse(raw: string): AppState[K] | undefined;
  /** null leaves the parameter out of the URL (the value is the default) */
  serialize(value: AppState[K]): string | null;
  /** true when several parameters share one object field: parse returns only this parameter's part,
   * which is merged over the field's value (the filters use one parameter per filter) */
  readonly merge?: boolean;
  /** for a list kept item by item: the items of `raw` that parse dropped, each reported as invalid
   * while the valid ones still apply */
  rejected?(raw: string): string[];
}

/** Widens a typed codec for the registry (method parameters are checked where the codec is written). */
export function defineFieldCodec<K extends keyof AppState>(codec: FieldCodec<K>): FieldCodec {
  return codec as unknown as FieldCodec;
}

export type UrlIssue =
  | { reason: 'unknown'; param: string; value: string }
  | { reason: 'repeated'; param: string; value: string }
  /** a parameter of the embed (title, legend, theme) in a link without embed=1 */
  | { reason: 'embed-only'; param: string; value: string }
  | { reason: 'invalid'; param: string; value: string; expected: { zh: string; en: string } };

export interface ParsedUrl {
  state: AppState;
  issues: UrlIssue[];
}

export interface UrlCodec {
  readonly codecs: readonly FieldCodec[];
  /** Applies the parameters in `search` on top of `base` (the defaults). */
  parse(search: string, base: AppState): ParsedUrl;
  /** "?lang=en&v=30.5,104.1,8", or "" when every field is at its default */
  serialize(state: AppState): string;
  /** How a change from prev to next is recorded: null when the URL does not change. */
  historyMode(prev: AppState, next: AppState): 'push' | 'replace' | null;
  /** A codec that also knows `more` (later registrations win nothing: params must be unique). */
  with(...more: FieldCodec[]): UrlCodec;
}

// Commas and colons stay readable in the URL; everything else is percent-encoded.
function encodeParamValue(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':');
}

export function createUrlCodec(codecs: readonly FieldCodec[]): UrlCodec {
  const byParam = new Map<string, FieldCodec>();
  for (const codec of codecs) {
    if (byParam.has(codec.param)) throw new Error(`URL parameter "${codec.param}" is registered twice`);
    byParam.set(codec.param, codec);
  }
  const frozen = Object.freeze([...codecs]);

  function serializeField(codec: FieldCodec, state: AppState): string | null {
    return codec.serialize(state[codec.field]);
  }

  return {
    codecs: frozen,
    parse(search, base) {
      const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
      const patch: Partial<Record<keyof AppState, unknown>> = {};
      const seen = new Set<string>();
      const issues: UrlIssue[] = [];
      for (const [param, value] of params) {
        const codec = byParam.get(param);
        if (!codec && isTrackingParam(param, value)) {
          // utm_source, fbclid, from=singlemessage…: added by share buttons, never about the map.
          continue;
        } else if (!codec) {
          issues.push({ reason: 'unknown', param, value });
        } else if (seen.has(param)) {
          issues.push({ reason: 'repeated', param, value });
        } else {
          seen.add(param);
          const parsed = codec.parse(value);
          if (parsed === undefined) issues.push({ reason: 'invalid', param, value, expected: codec.expected });
          else for (const item of codec.rejected?.(value) ?? []) issues.push({ reason: 'invalid', param, value: item, expected: codec.expected });
          if (parsed === undefined) continue;
          if (codec.merge) patch[codec.field] = { ...(patch[codec.field] ?? base[codec.field]) as object, ...(parsed as object) };
          else patch[codec.field] = parsed;
        }
      }
      return { state: { ...base, ...patch } as AppState, issues };
    },
    serialize(state) {
      const parts: string[] = [];
      for (const codec of frozen) {
        const text = serializeField(codec, state);
        if (text !== null) parts.push(`${codec.param}=${encodeParamValue(text)}`);
      }
      return parts.length > 0 ? `?${parts.join('&')}` : '';
    },
    historyMode(prev, next) {
      let mode: 'push' | 'replace' | null = null;
      for (const codec of frozen) {
        if (serializeField(codec, prev) === serializeField(codec, next)) continue;
        if (codec.history === 'push') return 'push';
        mode = 'replace';
      }
      return mode;
    },
    with(...more) {
      return createUrlCodec([...frozen, ...more]);
    },
  };
}
