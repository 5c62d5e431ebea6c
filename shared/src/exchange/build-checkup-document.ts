import type { AnswerValue, RespondentAnswers } from '../domain/answer.js';
import { localize, type Locale } from '../domain/locale.js';
import { questionIndex } from '../domain/validate-questionnaire.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import { RESPONDENT_ROLES, type Horizon, type RespondentRole } from '../domain/vocabulary.js';
import type { RecommendationStatus } from '../recommendations/merge-recommendations.js';
import type { AssessmentScore } from '../scoring/result.types.js';
import { groupByRole } from '../team/role-groups.js';
import type { RelationshipModel } from '../workspace/vocabulary.js';
import {
  CHECKUP_DOCUMENT_FORMAT, CHECKUP_DOCUMENT_VERSION, type CheckupDocument, type ExportedAnswer, type ExportedRecommendation,
} from './checkup-document.schema.js';

/** A respondent as stored, in the order they were invited. `id` is internal and never exported. */
export interface CheckupRespondentInput {
  id: string;
  role: RespondentRole;
  label: string | null;
  locale: Locale;
  submitted: boolean;
  revoked: boolean;
}

export interface CheckupRecommendationInput {
  ruleId: string | null;
  dimensionId: string | null;
  status: RecommendationStatus;
  horizon: Horizon;
  impact: number;
  priority: number;
  active: boolean;
  customTitle: string | null;
  customBody: string | null;
  dismissReason: string | null;
  actionItems: ReadonlyArray<{ title: string; owner: string | null; dueDate: string | null; status: 'OPEN' | 'DONE' }>;
}

/** Everything an export reads, as domain values (the server loads it; nothing here does I/O). */
export interface CheckupExportInput {
  questionnaire: Questionnaire;
  /** True when the check-up runs on a workspace's imported questionnaire. */
  customQuestionnaire: boolean;
  /** The language of rendered texts. */
  locale: Locale;
  exportedAt: Date;
  client: { name: string; industry: string | null; size: string | null; country: string | null };
  checkup: {
    title: string;
    status: 'OPEN' | 'CLOSED';
    locale: Locale;
    createdAt: Date;
    closedAt: Date | null;
    minGroupSize: number;
    desiredRelationshipModel: RelationshipModel | null;
    targets: Readonly<Record<string, number>> | null;
  };
  respondents: readonly CheckupRespondentInput[];
  answers: ReadonlyArray<AnswerValue & { respondentId: string }>;
  result: { score: AssessmentScore; respondentCount: number } | null;
  /** Highest priority first. */
  recommendations: readonly CheckupRecommendationInput[];
}

/**
 * The roles whose respondents may be named: those forming a group of their own among the
 * respondents a result counts (submitted, not revoked) under the check-up's minimum group size.
 * Pooled and omitted roles are below the minimum, so their labels and comments stay anonymous.
 */
export function rolesAtMinimum(respondents: readonly CheckupRespondentInput[], minGroupSize: number): Set<RespondentRole> {
  const counted: RespondentAnswers[] = respondents
    .filter((r) => r.submitted && !r.revoked)
    .map((r) => ({ respondentId: r.id, role: r.role, answers: new Map() }));
  const grouping = groupByRole(counted, minGroupSize, RESPONDENT_ROLES);
  return new Set(grouping.groups.filter((g) => g.key !== 'POOLED').map((g) => g.key as RespondentRole));
}

/** The pseudonym of the n-th respondent (0-based) in invitation order: stable across exports. */
export function respondentPseudonym(position: number): string {
  return `R${position + 1}`;
}

/**
 * Builds the export of one check-up: respondents under pseudonyms (labels and comment
 * attribution only for role groups at the minimum size), their answers in questionnaire order,
 * the stored result and the recommendations with status, edits and action items.
 */
export function buildCheckupDocument(input: CheckupExportInput): CheckupDocument {
  const { questionnaire, locale, checkup } = input;
  const index = questionIndex(questionnaire);
  const order = (questionId: string) => index.get(questionId)?.order ?? Number.MAX_SAFE_INTEGER;
  const named = rolesAtMinimum(input.respondents, checkup.minGroupSize);
  const answersOf = new Map<string, Array<AnswerValue>>();
  for (const answer of input.answers) answersOf.set(answer.respondentId, [...(answersOf.get(answer.respondentId) ?? []), answer]);
  const unattributedComments: CheckupDocument['unattributedComments'] = [];

  const respondents = input.respondents.map((respondent, position) => {
    const attributed = named.has(respondent.role);
    const answers = [...(answersOf.get(respondent.id) ?? [])]
      .sort((a, b) => order(a.questionId) - order(b.questionId) || a.questionId.localeCompare(b.questionId))
      .map((answer): ExportedAnswer => {
        const comment = answer.comment?.trim() ? answer.comment : null;
        if (comment && !attributed) unattributedComments.push({ questionId: answer.questionId, text: comment });
        return {
          questionId: answer.questionId,
          optionId: answer.optionId ?? null,
          optionIds: answer.optionIds ?? null,
          text: answer.text ?? null,
          comment: attributed ? comment : null,
        };
      });
    return {
      id: respondentPseudonym(position),
      role: respondent.role,
      label: attributed ? respondent.label : null,
      locale: respondent.locale,
      submitted: respondent.submitted,
      revoked: respondent.revoked,
      answers,
    };
  });
  // By question, then text: the order says nothing about who wrote what.
  unattributedComments.sort((a, b) => order(a.questionId) - order(b.questionId) || a.text.localeCompare(b.text));

  return {
    format: CHECKUP_DOCUMENT_FORMAT,
    version: CHECKUP_DOCUMENT_VERSION,
    exportedAt: input.exportedAt.toISOString(),
    locale,
    client: { ...input.client },
    checkup: {
      title: checkup.title,
      status: checkup.status,
      locale: checkup.locale,
      createdAt: checkup.createdAt.toISOString(),
      closedAt: checkup.closedAt ? checkup.closedAt.toISOString() : null,
      questionnaire: { key: questionnaire.key, version: questionnaire.version, custom: input.customQuestionnaire },
      minGroupSize: checkup.minGroupSize,
      desiredRelationshipModel: checkup.desiredRelationshipModel,
      targets: Object.entries(checkup.targets ?? {})
        .map(([dimensionId, score]) => ({ dimensionId, score }))
        .sort((a, b) => a.dimensionId.localeCompare(b.dimensionId)),
    },
    respondents,
    unattributedComments,
    result: input.result ? resultOf(input.result.score, input.result.respondentCount, questionnaire, locale) : null,
    recommendations: input.recommendations.map((row) => recommendationOf(row, questionnaire, locale)),
  };
}

function resultOf(score: AssessmentScore, respondentCount: number, questionnaire: Questionnaire, locale: Locale): CheckupDocument['result'] {
  const titles = new Map(questionnaire.dimensions.map((d) => [d.id, localize(d.title, locale)]));
  return {
    scoringVersion: score.scoringVersion,
    respondentCount,
    overallScore: score.overallScore,
    maturityLevel: score.maturityLevel,
    holismIndex: score.holismIndex,
    customerFocusStage: score.customerFocusStage,
    dimensions: score.dimensions.map((d) => ({ dimensionId: d.dimensionId, title: titles.get(d.dimensionId) ?? d.dimensionId, score: d.score, coverage: d.coverage })),
  };
}

function recommendationOf(row: CheckupRecommendationInput, questionnaire: Questionnaire, locale: Locale): ExportedRecommendation {
  const rule = row.ruleId ? questionnaire.recommendations.find((r) => r.id === row.ruleId) : undefined;
  return {
    ruleId: row.ruleId,
    dimensionId: row.dimensionId,
    title: row.customTitle ?? (rule ? localize(rule.title, locale) : ''),
    body: row.customBody ?? (rule ? localize(rule.body, locale) : ''),
    customTitle: row.customTitle,
    customBody: row.customBody,
    status: row.status,
    dismissReason: row.dismissReason,
    horizon: row.horizon,
    impact: row.impact,
    priority: row.priority,
    active: row.active,
    actionItems: row.actionItems.map((item) => ({ title: item.title, owner: item.owner, dueDate: item.dueDate, status: item.status })),
  };
}
