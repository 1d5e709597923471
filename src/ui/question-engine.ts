// The spatial side of the questions (feature index, buffers, unions, area tests: turf and its
// geometry libraries), as one chunk that mount-questions fetches when a question is first asked or
// the address already holds one. The first view draws without it.
import type { ProjectFeature } from '../types';
import { buildFeatureIndex, type IndexableFeature } from '../spatial';
import { buildQuestionData, memoiseAnswer, type QuestionData } from '../questions/question-result';

export interface QuestionEngine {
  data: QuestionData;
  answerFor: ReturnType<typeof memoiseAnswer>;
}

export function createQuestionEngine(features: readonly ProjectFeature[]): QuestionEngine {
  return {
    data: buildQuestionData(features, buildFeatureIndex(features as unknown as IndexableFeature[])),
    answerFor: memoiseAnswer(),
  };
}
