import { questionIndex } from '../domain/question-index.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { AssessmentScore } from '../scoring/result.types.js';

/** How many of a dimension's questions a result points to as the place to start. */
export const WEAKEST_PER_DIMENSION = 3;

/** A question a dimension is weakest on: the link back to the answers. */
export interface WeakQuestion {
  questionId: string;
  score: number;
}

/**
 * A dimension's lowest-scoring questions (below 100, scored), weakest first, ties in
 * questionnaire order — the same list on the results page, in the PDF and in the deck.
 */
export function weakestQuestions(score: AssessmentScore, questionnaire: Questionnaire, dimensionId: string): WeakQuestion[] {
  const questions = questionIndex(questionnaire);
  return score.questions
    .filter((q) => q.dimensionId === dimensionId && q.score !== null && q.score < 100 && questions.has(q.questionId))
    .sort((a, b) => a.score! - b.score! || questions.get(a.questionId)!.order - questions.get(b.questionId)!.order)
    .slice(0, WEAKEST_PER_DIMENSION)
    .map((q) => ({ questionId: q.questionId, score: q.score! }));
}
