import type { Locale } from '../domain/locale.js';
import type { Horizon, RespondentRole, Severity } from '../domain/vocabulary.js';
import type { RecommendationStatus } from '../recommendations/merge-recommendations.js';
import type { AgendaPrompt, RoleGroupKey } from '../team/index.js';
import type { ScoreBand } from './score-band.js';
import type { ConsensusComparisonRow } from './consensus-comparison.js';

/**
 * One report, in one language, for every rendering: the web report and its PDF, the PPTX deck,
 * meeting mode. Plain data (JSON-safe): texts are already in the report's language, numbers
 * are raw (each rendering formats them, Persian digits included). Built by `buildReportModel`.
 */
export interface ReportModel {
  format: 'omcheck-report';
  version: 1;
  locale: Locale;
  direction: 'ltr' | 'rtl';
  meta: ReportMeta;
  summary: ReportSummary;
  /** Every dimension in questionnaire order, for the radar and the score table. */
  radar: ReportRadarAxis[];
  dimensions: ReportDimension[];
  /** Team check-ups with at least two groups shown; null otherwise. */
  team: ReportTeam | null;
  /** Active recommendations, accepted and proposed first by priority; dismissed ones last. */
  recommendations: ReportRecommendation[];
  appendix: ReportAppendixQuestion[];
  /** The answers a workshop's room agreed on, scored on their own; null without a recorded consensus. */
  consensus: ReportConsensus | null;
}

export interface ReportMeta {
  organizationName: string | null;
  assessmentTitle: string | null;
  /** SELF: an online self-assessment; CHECKUP: a consultant's check-up. */
  kind: 'SELF' | 'CHECKUP';
  questionnaireTitle: string;
  questionnaireVersion: string;
  respondentCount: number;
  minGroupSize: number;
  /** When the result was scored (ISO 8601). */
  scoredAt: string;
}

export interface ReportDimensionRef {
  dimensionId: string;
  title: string;
  score: number | null;
}

export interface ReportSummary {
  overallScore: number | null;
  maturityLevel: number | null;
  maturityLabel: string | null;
  /** The five level names, for a scale. */
  maturityLevelNames: string[];
  holismIndex: number | null;
  holismStrong: string[];
  holismWeak: string[];
  holdsTogether: boolean | null;
  customerFocusStage: number;
  customerFocusLabel: string;
  confidence: 'HIGH' | 'MEDIUM' | 'LOW' | null;
  /** Up to two dimensions at the top and two at the bottom (scored ones only). */
  strongest: ReportDimensionRef[];
  weakest: ReportDimensionRef[];
  flags: Array<{ id: string; severity: Severity; message: string }>;
}

export interface ReportRadarAxis {
  dimensionId: string;
  title: string;
  score: number | null;
  target: number | null;
  /** The previous check-up's score of this dimension, when there is one. */
  previous: number | null;
}

export interface ReportDimension {
  dimensionId: string;
  title: string;
  description: string;
  score: number | null;
  band: ScoreBand | null;
  coverage: number;
  insufficientData: boolean;
  target: number | null;
  weakestQuestions: Array<{ questionId: string; prompt: string; score: number }>;
}

export interface ReportTeamGroup {
  group: RoleGroupKey;
  roles: RoleGroupKey[];
  respondentCount: number;
  /** Scores per dimension, in radar order. */
  scores: Array<number | null>;
}

export interface ReportTeam {
  groups: ReportTeamGroup[];
  hiddenRoles: Array<{ role: RespondentRole; respondentCount: number; outcome: 'POOLED' | 'OMITTED' }>;
  /** Largest dimension gaps between two shown groups. */
  dimensionGaps: Array<{ dimensionId: string; title: string; groupA: RoleGroupKey; groupB: RoleGroupKey; scoreA: number; scoreB: number; gap: number }>;
  agenda: Array<{
    questionId: string;
    prompt: string;
    dimensionTitle: string;
    groupA: { group: RoleGroupKey; meanLevel: number; spread: number };
    groupB: { group: RoleGroupKey; meanLevel: number; spread: number };
    gap: number;
    discussion: AgendaPrompt;
  }>;
}

export interface ReportRecommendation {
  id: string;
  title: string;
  body: string;
  steps: string[];
  dimensionTitle: string;
  priority: number;
  horizon: Horizon;
  status: RecommendationStatus;
  dismissReason: string | null;
  /** Written by the consultant, not made by a rule. */
  handWritten: boolean;
  actionItems: Array<{ title: string; owner: string | null; dueDate: string | null; done: boolean }>;
}

export interface ReportAppendixQuestion {
  questionId: string;
  dimensionTitle: string;
  prompt: string;
  /** Mean 0–100 over everyone who answered with a level; null when nobody did. */
  score: number | null;
  answeredBy: number;
  /** Per shown group (at or above the minimum size): mean level 0–4. */
  groups: Array<{ group: RoleGroupKey; meanLevel: number | null; answeredBy: number }>;
  /** Open answers and comments; the group only when it is shown on its own. */
  comments: Array<{ text: string; group: RoleGroupKey | null }>;
}

export interface ReportConsensus {
  /** Questions with an agreed answer. */
  answeredCount: number;
  overallScore: number | null;
  maturityLevel: number | null;
  maturityLabel: string | null;
  /** Every dimension in questionnaire order: the consensus's score beside the individual answers' (`compareWithConsensus`). */
  dimensions: ConsensusComparisonRow[];
  /** The agreed answers in questionnaire order, with the note the facilitator recorded. */
  answers: Array<{ questionId: string; dimensionTitle: string; prompt: string; answer: string; note: string | null }>;
}
