import type { AnswerValue } from '../domain/answer.js';
import { localize, type Locale } from '../domain/locale.js';
import { questionOptions } from '../domain/options.js';
import { questionsInOrder } from '../domain/question-index.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { AssessmentScore } from '../scoring/result.types.js';
import { maturityLevelLabelsFor } from '../scoring/v1-1/maturity-labels.js';
import { compareWithConsensus, type ScoredDimension } from './consensus-comparison.js';
import type { ReportConsensus } from './report-model.js';

/** A workshop's consensus as the report needs it: its own score and the agreed answers (`comment` = the note). */
export interface ReportConsensusInput {
  score: AssessmentScore;
  answers: ReadonlyMap<string, AnswerValue>;
}

/**
 * The report's consensus section: the room's agreed answers scored on their own beside the
 * individual result, and each agreed answer in words with its note.
 */
export function consensusSection(
  consensus: ReportConsensusInput,
  individual: AssessmentScore,
  questionnaire: Questionnaire,
  locale: Locale,
): ReportConsensus {
  const { score } = consensus;
  const levelNames = maturityLevelLabelsFor(score.scoringVersion);
  // In questionnaire order, with the report's titles.
  const titled = (result: AssessmentScore): ScoredDimension[] => {
    const byId = new Map(result.dimensions.map((d) => [d.dimensionId, d]));
    return questionnaire.dimensions.map((d) => ({
      dimensionId: d.id,
      title: localize(d.title, locale),
      score: byId.get(d.id)?.score ?? null,
      insufficientData: byId.get(d.id)?.insufficientData ?? true,
    }));
  };
  const answers = questionsInOrder(questionnaire).flatMap(({ question, dimension }) => {
    const agreed = consensus.answers.get(question.id);
    const option = agreed?.optionId ? questionOptions(question).find((o) => o.id === agreed.optionId) : undefined;
    if (!agreed || !option) return [];
    return [{
      questionId: question.id,
      dimensionTitle: localize(dimension.title, locale),
      prompt: localize(question.prompt, locale),
      answer: localize(option.label, locale),
      note: agreed.comment ?? null,
    }];
  });
  return {
    answeredCount: answers.length,
    overallScore: score.overallScore,
    maturityLevel: score.maturityLevel,
    maturityLabel: score.maturityLevel ? localize(levelNames[score.maturityLevel], locale) : null,
    dimensions: compareWithConsensus(titled(score), titled(individual)),
    answers,
  };
}
