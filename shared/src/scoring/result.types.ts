import type { FlagId, Horizon, RecommendationFocus, Severity } from '../domain/vocabulary.js';

/**
 * The scoring versions this code can run, oldest first. A result stores the one it was made
 * with, and re-scoring with it reproduces the result exactly (docs/scoring.md).
 */
export const SCORING_VERSIONS = ['1.0.0', '1.1.0'] as const;
export type ScoringVersion = (typeof SCORING_VERSIONS)[number];

/** The scoring version of new results. */
export const SCORING_VERSION: ScoringVersion = '1.1.0';

/** How far the overall verdict rests on real answers (scoring 1.1). */
export const CONFIDENCE_LEVELS = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** Which parts hold the whole up and which pull it down (scoring 1.1). */
export interface HolismParts {
  /** Dimension ids at least half a level (12.5) above the mean of the dimensions. */
  strong: string[];
  /** Dimension ids at least half a level below the mean. */
  weak: string[];
  /** True when all dimensions lie within one level (25 points) of each other. */
  holdsTogether: boolean;
}

/** One customer-focus stage and how close it is to its threshold (scoring 1.1). */
export interface StageProgress {
  stage: 1 | 2 | 3 | 4;
  /** Mean 0–100 of the stage's questions, unanswered ones counted as 0. */
  score: number;
  threshold: number;
  /** score − threshold: negative means short of the stage. */
  distance: number;
  questionCount: number;
  /** Points one answer one level higher adds to the stage score: 25 ÷ questionCount. */
  step: number;
  /** This stage and every earlier one reach the threshold. */
  reached: boolean;
  /** Short of the threshold by no more than one step: one answer one level higher reaches it. */
  withinOneStep: boolean;
}

export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export interface QuestionScore {
  questionId: string;
  dimensionId: string;
  /** Mean 0–100 over respondents who gave a scored answer; null when none did. */
  score: number | null;
  /** How many respondents gave a scored answer (a level or *don't know*). */
  answeredBy: number;
  /** How many respondents answered *don't know*. */
  dontKnowCount: number;
  /** How many respondents answered *not applicable*. */
  notApplicableCount: number;
  /** Max − min of the respondents' 0–100 scores; 0 with fewer than two. */
  divergence: number;
}

export interface DimensionScore {
  dimensionId: string;
  /**
   * Weighted mean 0–100. Scoring 1.0: over answered questions, null under 50 % coverage.
   * Scoring 1.1: over every applicable question, what nobody answered with a level counting 0.
   */
  score: number | null;
  /** Answered weight ÷ applicable weight, 0–1. */
  coverage: number;
  insufficientData: boolean;
  answeredCount: number;
  applicableCount: number;
}

export interface FiredFlag {
  id: FlagId;
  severity: Severity;
}

/** Why a recommendation fired: the facts its condition tested, for "Why this?". */
export interface Evidence {
  kind: 'question' | 'dimension' | 'tag' | 'overall' | 'holism' | 'customerFocusStage' | 'flag' | 'dontKnow' | 'dontKnowShare';
  /** Question id, dimension id, tag or flag id; absent for overall figures. */
  ref?: string;
  /** The value found (score, stage, share); absent for flags. */
  value?: number | null;
}

export interface FiredRecommendation {
  ruleId: string;
  dimensionId: string;
  horizon: Horizon;
  impact: number;
  /** impact × gap × dimension weight, scaled to 0–100. */
  priority: number;
  evidence: Evidence[];
  /** Scoring 1.1: `knowledge-gap` advice fixes the check-up, not the business, and ranks after business advice. */
  focus?: RecommendationFocus;
}

export interface AssessmentScore {
  scoringVersion: string;
  /** Weighted mean of dimension scores, 0–100; null when no dimension has enough data. */
  overallScore: number | null;
  maturityLevel: MaturityLevel | null;
  holismIndex: number | null;
  /** 0–4, stage-gated. */
  customerFocusStage: number;
  /** Mean 0–100 of the `stage-1` … `stage-4` questions (null where unanswered): the stage ladder. */
  customerFocusStageScores: (number | null)[];
  /** Mean 0–100 of the `linkage` questions, the holism index's first term; null when unanswered. */
  linkageScore: number | null;
  dimensions: DimensionScore[];
  questions: QuestionScore[];
  /** Question ids answered *don't know* by at least one respondent. */
  knowledgeGaps: string[];
  /** Share (0–100) of scored answers that were *don't know*. */
  dontKnowShare: number;
  flags: FiredFlag[];
  recommendations: FiredRecommendation[];
  /** Scoring 1.1: weighted share 0–1 of the questions answered with a real level. */
  dataCoverage?: number;
  /** Scoring 1.1: HIGH, MEDIUM or LOW — how far the verdict rests on real answers. */
  confidence?: Confidence;
  /** Scoring 1.1: dimensions under 50 % coverage, a finding in themselves. */
  insufficientDataDimensions?: string[];
  /** Scoring 1.1: which parts are strong and which weak, for the holism explanation. */
  holismParts?: HolismParts;
  /** Scoring 1.1: each customer-focus stage with its distance to the threshold. */
  customerFocusStages?: StageProgress[];
}
