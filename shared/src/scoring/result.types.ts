import type { FlagId, Horizon, Severity } from '../domain/vocabulary.js';

/** Bumped whenever a formula changes; stored with every result snapshot. */
export const SCORING_VERSION = '1.0.0';

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
  /** Weighted mean 0–100; null when coverage is under 50 % ("insufficient data"). */
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
}
