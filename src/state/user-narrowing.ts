// Which of a planner's own features the spatial questions leave on the map: all of them when no
// question narrows, none while a narrowing answer is still coming (as the projects: never the
// unnarrowed set), else the ones the answer selects. One function per answer, remembering each
// features array's subset, so the map, the labels and the export get the same array every time.
import type { Feature } from 'geojson';
import type { QuestionAnswer } from '../questions/question-result';

export type UserNarrowing = (features: readonly Feature[]) => readonly Feature[];

/** no question narrows: every feature */
export const KEEP_ALL: UserNarrowing = (features) => features;
/** a narrowing answer has not arrived: nothing */
const NONE: readonly Feature[] = [];
export const KEEP_NONE: UserNarrowing = () => NONE;

const byAnswer = new WeakMap<QuestionAnswer, UserNarrowing>();

/** The narrowing of this answer (the same function for the same answer). */
export function userNarrowing(narrowing: boolean, pending: boolean, answer: QuestionAnswer | null): UserNarrowing {
  if (!narrowing) return KEEP_ALL;
  if (pending || !answer) return KEEP_NONE;
  // no corridor or area could be resolved: the projects are not narrowed either
  const select = answer.userFeatures;
  if (!select) return KEEP_ALL;
  let known = byAnswer.get(answer);
  if (!known) {
    const subsets = new WeakMap<readonly Feature[], readonly Feature[]>();
    known = (features) => {
      let subset = subsets.get(features);
      if (!subset) {
        const positions = select(features);
        subset = positions.length === features.length ? features : positions.map((position) => features[position] as Feature);
        subsets.set(features, subset);
      }
      return subset;
    };
    byAnswer.set(answer, known);
  }
  return known;
}
