import type { AnswerValue } from '../domain/answer.js';
import type { Question, Questionnaire } from '../domain/questionnaire.schema.js';
import type { AssessmentScore, ScoringVersion } from '../scoring/result.types.js';
import { scoreAssessment, scoringVersionFor } from '../scoring/score-assessment.js';

/** The role the consensus is scored under; with role restrictions lifted, any role scores the same. */
const CONSENSUS_ROLE = 'MANAGEMENT';

/**
 * Scores the room's consensus answers on their own. The room answers for the whole company, so
 * role restrictions do not apply, and a question with a recorded consensus counts even when its
 * show-if condition would hide it; everything else is the ordinary scoring (`scoreAssessment`).
 */
export function scoreConsensus(
  questionnaire: Questionnaire,
  answers: ReadonlyMap<string, AnswerValue>,
  scoringVersion: ScoringVersion = scoringVersionFor(questionnaire),
): AssessmentScore {
  const open = (question: Question): Question => {
    const { roles: _roles, showIf, ...rest } = question;
    return (answers.has(question.id) || !showIf ? rest : { ...rest, showIf }) as Question;
  };
  const unrestricted: Questionnaire = {
    ...questionnaire,
    dimensions: questionnaire.dimensions.map((dimension) => ({ ...dimension, questions: dimension.questions.map(open) })),
  };
  return scoreAssessment(unrestricted, [{ respondentId: 'consensus', role: CONSENSUS_ROLE, answers }], scoringVersion);
}
