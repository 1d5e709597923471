// Ids in the state that are well formed but name nothing in the data: a prefecture code such as
// 519999 in `city`, a project id in `sel`, a corridor id in `qc`. The URL codec cannot know them
// (it has no data); once the data is loaded they are named in the notices rather than silently
// matching nothing.
import type { AppState } from './app-state';
import type { Lang } from '../types';
import { translate } from '../i18n/translate';

export interface KnownIds {
  prefectures: ReadonlySet<string>;
  /** project ids; left out where another module already reports an unknown selection */
  features?: ReadonlySet<string>;
  /** corridor ids; left out where the questions panel already reports them */
  corridors?: ReadonlySet<string>;
}

export type UnknownId = { kind: 'prefecture' | 'feature' | 'corridor'; id: string };

export function findUnknownIds(state: AppState, known: KnownIds): UnknownId[] {
  const unknown: UnknownId[] = [];
  for (const code of state.filters.prefectures) if (!known.prefectures.has(code)) unknown.push({ kind: 'prefecture', id: code });
  const { selection } = state;
  if (known.features && selection?.kind === 'feature' && !known.features.has(selection.id)) unknown.push({ kind: 'feature', id: selection.id });
  if (known.corridors) for (const id of state.question.corridors) if (!known.corridors.has(id)) unknown.push({ kind: 'corridor', id });
  return unknown;
}

export function describeUnknownId(unknown: UnknownId, lang: Lang): string {
  switch (unknown.kind) {
    case 'prefecture':
      return translate(lang, 'filters.unknownPrefecture', { code: unknown.id });
    case 'feature':
      return translate(lang, 'q.unknownFeature', { id: unknown.id });
    case 'corridor':
      return translate(lang, 'q.unknownCorridor', { id: unknown.id });
  }
}
