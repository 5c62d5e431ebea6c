import type { RespondentAnswers } from '../domain/answer.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import type { AssessmentScore, ScoringVersion } from './result.types.js';
import { SCORING_VERSION, SCORING_VERSIONS } from './result.types.js';
import { scoreAssessment10 } from './score-assessment-1-0.js';
import { scoreAssessment11 } from './v1-1/score-assessment-1-1.js';

/** Questionnaire versions published before scoring 1.1, scored the 1.0 way for ever. */
const SCORED_WITH_1_0: ReadonlySet<string> = new Set(['om-health-check@1.0.0']);

/**
 * The scoring version tied to a questionnaire version: `om-health-check` 1.0.0 is scored with
 * 1.0.0, everything newer (and every imported questionnaire) with the latest.
 */
export function scoringVersionFor(questionnaire: Pick<Questionnaire, 'key' | 'version'>): ScoringVersion {
  return SCORED_WITH_1_0.has(`${questionnaire.key}@${questionnaire.version}`) ? '1.0.0' : SCORING_VERSION;
}

/** Whether `version` is a scoring version this code can run. */
export function isScoringVersion(version: string): version is ScoringVersion {
  return (SCORING_VERSIONS as readonly string[]).includes(version);
}

/**
 * Scores an assessment (DESIGN §4, formulas in docs/scoring.md) with the scoring version tied to
 * its questionnaire version, or with `scoringVersion` when given (re-scoring a stored result with
 * the version it records reproduces it exactly). Pure and deterministic.
 */
export function scoreAssessment(
  questionnaire: Questionnaire,
  respondents: readonly RespondentAnswers[],
  scoringVersion: ScoringVersion = scoringVersionFor(questionnaire),
): AssessmentScore {
  return scoringVersion === '1.0.0' ? scoreAssessment10(questionnaire, respondents) : scoreAssessment11(questionnaire, respondents);
}
