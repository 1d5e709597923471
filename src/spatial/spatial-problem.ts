// What a spatial question found wrong with its input, as a code and values rather than a sentence,
// so the page words it in its own language when it shows it (the words: i18n/tables/spatial.ts).
import type { Lang } from '../types';
import { fill, type Params } from '../i18n/fill';
import { spatialEn, spatialZh } from '../i18n/tables/spatial';

export type SpatialProblemCode =
  | 'distance-not-number'
  | 'distance-out-of-range'
  | 'not-a-pair'
  | 'not-finite'
  | 'outside-range'
  | 'too-few-positions'
  | 'no-ring'
  | 'no-corridor'
  | 'corridor-not-line'
  | 'unsupported-geometry'
  | 'features-not-list'
  | 'bounds-shape'
  | 'bounds-order'
  | 'polygon-corners'
  | 'area-not-polygon'
  | 'buffer-failed'
  | 'merge-failed';

/** The part of the input a problem is about: a thing (with its number), then steps inward. */
export type SpatialThing = 'path' | 'polygon' | 'first-point' | 'second-point' | 'south-west' | 'north-east' | 'area' | 'corridor' | 'feature-point';
export interface SpatialSubject {
  thing: SpatialThing;
  n?: number;
  steps?: readonly { step: 'part' | 'ring' | 'position'; n: number }[];
}

export interface SpatialProblem {
  code: SpatialProblemCode;
  params: Params;
  what?: SpatialSubject;
}

type SpatialKey = keyof typeof spatialZh;
const TABLES: Record<Lang, Record<SpatialKey, string>> = { zh: spatialZh, en: spatialEn };

/** The subject one step further in: `corridor 2` -> `corridor 2 part 0`. */
export function stepInto(subject: SpatialSubject, step: 'part' | 'ring' | 'position', n: number): SpatialSubject {
  return { ...subject, steps: [...(subject.steps ?? []), { step, n }] };
}

function describeSubject(subject: SpatialSubject, lang: Lang): string {
  const words = TABLES[lang];
  let text = fill(words[`spatial.what.${subject.thing}`], { n: subject.n ?? 0 });
  for (const { step, n } of subject.steps ?? []) text = fill(words[`spatial.step.${step}`], { outer: text, n });
  return text;
}

export function spatialProblemText(problem: SpatialProblem, lang: Lang): string {
  const params: Params = { ...problem.params };
  if (problem.what) params['what'] = describeSubject(problem.what, lang);
  return fill(TABLES[lang][`spatial.problem.${problem.code}`], params);
}
