import {
  CUSTOMER_FOCUS_STAGE_LABELS, CUSTOMER_FOCUS_STAGE_THRESHOLD, MATURITY_LEVELS, localize, maturityLevelLabelsFor, questionIndex, weakestQuestions,
  type AssessmentScore, type Evidence, type Locale, type Questionnaire, type RecommendationDefinition,
} from '@omcheck/shared';
import { HorizonGql, RecommendationStatusGql, SeverityGql } from '../../graphql/enums.js';
import type { RecommendationEntity } from '../recommendation/recommendation.entity.js';
import type { ResultSnapshotEntity } from './result-snapshot.entity.js';
import {
  AssessmentResultGql, CustomerFocusStepGql, DimensionResultGql, EvidenceGql, FlagGql, KnowledgeGapGql,
  RecommendationGql, WeakQuestionGql,
} from './result.types.js';

/** Renders a stored, locale-independent snapshot in one language. */
export function toAssessmentResultGql(
  snapshot: ResultSnapshotEntity,
  recommendations: readonly RecommendationEntity[],
  questionnaire: Questionnaire,
  locale: Locale,
): AssessmentResultGql {
  const { score } = snapshot;
  const dimensions = new Map(questionnaire.dimensions.map((d) => [d.id, d]));
  const flags = new Map(questionnaire.flags.map((f) => [f.id, f]));
  const questions = questionIndex(questionnaire);
  const rules = new Map(questionnaire.recommendations.map((rule) => [rule.id, rule]));
  const titleOf = (dimensionId: string): string => {
    const dimension = dimensions.get(dimensionId);
    return dimension ? localize(dimension.title, locale) : dimensionId;
  };
  const subjectOf = (evidence: Evidence): string | null => {
    if (!evidence.ref) return null;
    switch (evidence.kind) {
      case 'question':
      case 'dontKnow': {
        const entry = questions.get(evidence.ref);
        return entry ? localize(entry.question.prompt, locale) : evidence.ref;
      }
      case 'dimension': {
        const dimension = dimensions.get(evidence.ref);
        return dimension ? localize(dimension.title, locale) : evidence.ref;
      }
      case 'flag': {
        const flag = flags.get(evidence.ref as never);
        return flag ? localize(flag.message, locale) : evidence.ref;
      }
      default:
        return evidence.ref;
    }
  };
  return Object.assign(new AssessmentResultGql(), {
    assessmentId: snapshot.assessmentId,
    overallScore: score.overallScore,
    maturityLevel: score.maturityLevel,
    maturityLabel: score.maturityLevel ? localize(maturityLevelLabelsFor(snapshot.scoringVersion)[score.maturityLevel], locale) : null,
    maturityLevelNames: MATURITY_LEVELS.map((level) => localize(maturityLevelLabelsFor(snapshot.scoringVersion)[level], locale)),
    holismIndex: score.holismIndex,
    customerFocusStage: score.customerFocusStage,
    customerFocusStageLabel: localize(CUSTOMER_FOCUS_STAGE_LABELS[score.customerFocusStage as 0 | 1 | 2 | 3 | 4], locale),
    customerFocusLadder: ([1, 2, 3, 4] as const).map((stage) =>
      Object.assign(new CustomerFocusStepGql(), {
        stage,
        label: localize(CUSTOMER_FOCUS_STAGE_LABELS[stage], locale),
        // Snapshots written before the ladder existed have no stage scores.
        score: score.customerFocusStageScores?.[stage - 1] ?? null,
        reached: stage <= score.customerFocusStage,
        distance: score.customerFocusStages?.[stage - 1]?.distance ?? null,
        questionCount: score.customerFocusStages?.[stage - 1]?.questionCount ?? null,
        withinOneStep: score.customerFocusStages?.[stage - 1]?.withinOneStep ?? false,
      }),
    ),
    customerFocusThreshold: CUSTOMER_FOCUS_STAGE_THRESHOLD,
    linkageScore: score.linkageScore ?? null,
    holismStrongParts: (score.holismParts?.strong ?? []).map((id) => titleOf(id)),
    holismWeakParts: (score.holismParts?.weak ?? []).map((id) => titleOf(id)),
    holismHoldsTogether: score.holismParts?.holdsTogether ?? null,
    confidence: score.confidence ?? null,
    insufficientDataDimensions: score.insufficientDataDimensions ?? [],
    dimensions: toDimensionResultsGql(score, questionnaire, locale),
    flags: score.flags.map((f) =>
      Object.assign(new FlagGql(), {
        id: f.id,
        severity: f.severity as SeverityGql,
        message: flags.has(f.id) ? localize(flags.get(f.id)!.message, locale) : f.id,
      }),
    ),
    recommendations: recommendations.map((row) => recommendationGqlOf(row, row.ruleId ? rules.get(row.ruleId) : undefined, locale, subjectOf)),
    knowledgeGaps: score.knowledgeGaps.flatMap((questionId) => {
      const entry = questions.get(questionId);
      if (!entry) return [];
      return [Object.assign(new KnowledgeGapGql(), {
        questionId,
        dimensionId: entry.dimension.id,
        prompt: localize(entry.question.prompt, locale),
      })];
    }),
    respondentCount: snapshot.respondentCount,
    questionnaireKey: snapshot.questionnaireKey,
    questionnaireVersion: snapshot.questionnaireVersion,
    scoringVersion: snapshot.scoringVersion,
    scoredAt: snapshot.createdAt,
    locale,
  });
}

/** The dimension scores of a result in one language, with their weakest questions. */
export function toDimensionResultsGql(score: AssessmentScore, questionnaire: Questionnaire, locale: Locale): DimensionResultGql[] {
  const dimensions = new Map(questionnaire.dimensions.map((d) => [d.id, d]));
  const questions = questionIndex(questionnaire);
  return score.dimensions.map((d) =>
    Object.assign(new DimensionResultGql(), {
      dimensionId: d.dimensionId,
      title: dimensions.has(d.dimensionId) ? localize(dimensions.get(d.dimensionId)!.title, locale) : d.dimensionId,
      description: dimensions.has(d.dimensionId) ? localize(dimensions.get(d.dimensionId)!.description, locale) : '',
      weakestQuestions: weakestQuestions(score, questionnaire, d.dimensionId).map((q) =>
        Object.assign(new WeakQuestionGql(), { ...q, prompt: localize(questions.get(q.questionId)!.question.prompt, locale) })),
      score: d.score,
      coverage: d.coverage,
      insufficientData: d.insufficientData,
      weight: dimensions.get(d.dimensionId)?.weight ?? 0,
    }),
  );
}

/** One stored recommendation in one language, outside a whole result (after an edit). */
export function toRecommendationGql(row: RecommendationEntity, questionnaire: Questionnaire, locale: Locale): RecommendationGql {
  const rule = row.ruleId ? questionnaire.recommendations.find((r) => r.id === row.ruleId) : undefined;
  const questions = questionIndex(questionnaire);
  const subjectOf = (evidence: Evidence): string | null => {
    const entry = evidence.ref ? questions.get(evidence.ref) : undefined;
    return entry ? localize(entry.question.prompt, locale) : evidence.ref ?? null;
  };
  return recommendationGqlOf(row, rule, locale, subjectOf);
}

function recommendationGqlOf(
  row: RecommendationEntity,
  rule: RecommendationDefinition | undefined,
  locale: Locale,
  subjectOf: (evidence: Evidence) => string | null,
): RecommendationGql {
  return Object.assign(new RecommendationGql(), {
    id: row.id,
    ruleId: row.ruleId,
    dimensionId: row.dimensionId,
    title: row.customTitle ?? (rule ? localize(rule.title, locale) : ''),
    body: row.customBody ?? (rule ? localize(rule.body, locale) : ''),
    steps: row.customBody === null && rule ? rule.steps.map((step) => localize(step, locale)) : [],
    priority: row.priority,
    impact: row.impact,
    horizon: row.horizon as HorizonGql,
    status: row.status as RecommendationStatusGql,
    seeds: rule ? [...rule.seeds] : [],
    focus: rule?.focus ?? 'business',
    active: row.active,
    dismissReason: row.dismissReason,
    edited: row.ruleId !== null && (row.customTitle !== null || row.customBody !== null),
    evidence: row.evidence.map((evidence) =>
      Object.assign(new EvidenceGql(), {
        kind: evidence.kind,
        ref: evidence.ref ?? null,
        value: evidence.value ?? null,
        subject: subjectOf(evidence),
      }),
    ),
  });
}
