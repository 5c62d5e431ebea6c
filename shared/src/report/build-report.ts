import type { RespondentAnswers } from '../domain/answer.js';
import { RTL_LOCALES, localize, type Locale } from '../domain/locale.js';
import { questionIndex } from '../domain/question-index.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import { RESPONDENT_ROLES, type Horizon } from '../domain/vocabulary.js';
import type { RecommendationStatus } from '../recommendations/merge-recommendations.js';
import { CUSTOMER_FOCUS_STAGE_LABELS } from '../scoring/maturity-levels.js';
import { maturityLevelLabelsFor } from '../scoring/v1-1/maturity-labels.js';
import { MATURITY_LEVELS, type AssessmentScore } from '../scoring/result.types.js';
import { groupByRole, groupQuestionViews, teamResult, type TeamResult } from '../team/index.js';
import { consensusSection, type ReportConsensusInput } from './consensus-section.js';
import type { ReportMeta, ReportModel, ReportRecommendation } from './report-model.js';
import { scoreBand } from './score-band.js';
import { weakestQuestions } from './weakest-questions.js';

/** A stored recommendation as the report needs it (rule text is looked up here). */
export interface ReportRecommendationInput {
  id: string;
  ruleId: string | null;
  dimensionId: string;
  status: RecommendationStatus;
  customTitle: string | null;
  customBody: string | null;
  dismissReason: string | null;
  priority: number;
  horizon: Horizon;
  /** False when its rule no longer fires: kept for the record, not reported. */
  active: boolean;
  actionItems: ReadonlyArray<{ title: string; owner: string | null; dueDate: string | null; done: boolean }>;
}

export interface ReportInput {
  locale: Locale;
  questionnaire: Questionnaire;
  score: AssessmentScore;
  scoringVersion: string;
  meta: Omit<ReportMeta, 'questionnaireTitle' | 'questionnaireVersion'>;
  /** The respondents the result counts, for the team view and the appendix. */
  respondents: readonly RespondentAnswers[];
  targets: Readonly<Record<string, number>>;
  /** The previous check-up's dimension scores, when there is one. */
  previous?: ReadonlyMap<string, number | null> | null;
  recommendations: readonly ReportRecommendationInput[];
  /** The latest workshop's recorded consensus of a check-up, when there is one. */
  consensus?: ReportConsensusInput | null;
}

const STATUS_ORDER: Record<RecommendationStatus, number> = { ACCEPTED: 0, PROPOSED: 1, DONE: 2, DISMISSED: 3 };

/** Builds the report of one scored check-up in one language (pure; the same input gives the same model). */
export function buildReportModel(input: ReportInput): ReportModel {
  const { locale, questionnaire, score } = input;
  const dimensionById = new Map(questionnaire.dimensions.map((d) => [d.id, d]));
  const titleOf = (dimensionId: string): string => {
    const dimension = dimensionById.get(dimensionId);
    return dimension ? localize(dimension.title, locale) : dimensionId;
  };
  const questions = questionIndex(questionnaire);
  const promptOf = (questionId: string): string => {
    const entry = questions.get(questionId);
    return entry ? localize(entry.question.prompt, locale) : questionId;
  };
  const scoreOf = new Map(score.dimensions.map((d) => [d.dimensionId, d]));
  const levelNames = maturityLevelLabelsFor(input.scoringVersion);
  const scored = score.dimensions
    .filter((d) => d.score !== null)
    .map((d) => ({ dimensionId: d.dimensionId, title: titleOf(d.dimensionId), score: d.score }))
    .sort((a, b) => b.score! - a.score!);
  const target = (dimensionId: string): number | null => input.targets[dimensionId] ?? null;
  const team = teamResult(questionnaire, input.respondents, input.meta.minGroupSize);

  return {
    format: 'omcheck-report',
    version: 1,
    locale,
    direction: RTL_LOCALES.has(locale) ? 'rtl' : 'ltr',
    meta: { ...input.meta, questionnaireTitle: localize(questionnaire.title, locale), questionnaireVersion: questionnaire.version },
    summary: {
      overallScore: score.overallScore,
      maturityLevel: score.maturityLevel,
      maturityLabel: score.maturityLevel ? localize(levelNames[score.maturityLevel], locale) : null,
      maturityLevelNames: MATURITY_LEVELS.map((level) => localize(levelNames[level], locale)),
      holismIndex: score.holismIndex,
      holismStrong: (score.holismParts?.strong ?? []).map(titleOf),
      holismWeak: (score.holismParts?.weak ?? []).map(titleOf),
      holdsTogether: score.holismParts?.holdsTogether ?? null,
      customerFocusStage: score.customerFocusStage,
      customerFocusLabel: localize(CUSTOMER_FOCUS_STAGE_LABELS[score.customerFocusStage as 0 | 1 | 2 | 3 | 4], locale),
      confidence: score.confidence ?? null,
      strongest: scored.slice(0, 2),
      weakest: scored.length > 2 ? scored.slice(-2).reverse() : [],
      flags: score.flags.map((flag) => {
        const definition = questionnaire.flags.find((f) => f.id === flag.id);
        return { id: flag.id, severity: flag.severity, message: definition ? localize(definition.message, locale) : flag.id };
      }),
    },
    radar: questionnaire.dimensions.map((d) => ({
      dimensionId: d.id,
      title: localize(d.title, locale),
      score: scoreOf.get(d.id)?.score ?? null,
      target: target(d.id),
      previous: input.previous?.get(d.id) ?? null,
    })),
    dimensions: questionnaire.dimensions.map((d) => {
      const result = scoreOf.get(d.id);
      return {
        dimensionId: d.id,
        title: localize(d.title, locale),
        description: localize(d.description, locale),
        score: result?.score ?? null,
        band: result?.score == null ? null : scoreBand(result.score),
        coverage: result?.coverage ?? 0,
        insufficientData: result?.insufficientData ?? true,
        target: target(d.id),
        weakestQuestions: weakestQuestions(score, questionnaire, d.id).map((q) => ({ ...q, prompt: promptOf(q.questionId) })),
      };
    }),
    team: teamOf(input, team, titleOf, promptOf),
    recommendations: recommendationsOf(input, titleOf),
    appendix: appendixOf(input, team, titleOf, promptOf),
    consensus: input.consensus ? consensusSection(input.consensus, score, questionnaire, locale) : null,
  };
}

function teamOf(input: ReportInput, team: TeamResult, titleOf: (id: string) => string, promptOf: (id: string) => string): ReportModel['team'] {
  if (input.meta.kind !== 'CHECKUP') return null;
  if (team.groups.length < 2) return null;
  const dimensionIds = input.questionnaire.dimensions.map((d) => d.id);
  const questions = questionIndex(input.questionnaire);
  return {
    groups: team.groups.map((group) => {
      const scores = new Map(group.dimensions.map((d) => [d.dimensionId, d.score]));
      return { group: group.role, roles: group.roles, respondentCount: group.respondentCount, scores: dimensionIds.map((id) => scores.get(id) ?? null) };
    }),
    hiddenRoles: team.hiddenRoles.map((hidden) => ({ ...hidden })),
    dimensionGaps: team.gaps
      .filter((gap) => gap.questionId === null)
      .slice(0, 5)
      .map((gap) => ({ dimensionId: gap.dimensionId, title: titleOf(gap.dimensionId), groupA: gap.roleA, groupB: gap.roleB, scoreA: gap.scoreA, scoreB: gap.scoreB, gap: gap.gap })),
    agenda: team.agenda.map((item) => ({
      questionId: item.questionId,
      prompt: promptOf(item.questionId),
      dimensionTitle: titleOf(questions.get(item.questionId)?.dimension.id ?? item.dimensionId),
      groupA: { group: item.groupA.role, meanLevel: item.groupA.meanLevel, spread: item.groupA.spread },
      groupB: { group: item.groupB.role, meanLevel: item.groupB.meanLevel, spread: item.groupB.spread },
      gap: item.gap,
      discussion: item.prompt,
    })),
  };
}

function recommendationsOf(input: ReportInput, titleOf: (id: string) => string): ReportRecommendation[] {
  const rules = new Map(input.questionnaire.recommendations.map((rule) => [rule.id, rule]));
  return input.recommendations
    .filter((row) => row.active)
    .map((row) => {
      const rule = row.ruleId ? rules.get(row.ruleId) : undefined;
      return {
        id: row.id,
        title: row.customTitle ?? (rule ? localize(rule.title, input.locale) : ''),
        body: row.customBody ?? (rule ? localize(rule.body, input.locale) : ''),
        steps: row.customBody === null && rule ? rule.steps.map((step) => localize(step, input.locale)) : [],
        dimensionTitle: titleOf(row.dimensionId),
        priority: row.priority,
        horizon: row.horizon,
        status: row.status,
        dismissReason: row.dismissReason,
        handWritten: row.ruleId === null,
        actionItems: row.actionItems.map((item) => ({ ...item })),
      };
    })
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.priority - a.priority || a.title.localeCompare(b.title));
}

function appendixOf(input: ReportInput, team: TeamResult, titleOf: (id: string) => string, promptOf: (id: string) => string): ReportModel['appendix'] {
  const { questionnaire, score } = input;
  // Groups under the minimum size are never attributed (pooled or left out), as on the team view.
  const grouping = groupByRole(input.respondents, input.meta.minGroupSize, RESPONDENT_ROLES);
  const views = grouping.groups.map((group) => ({ group: group.key, views: groupQuestionViews(questionnaire, group) }));
  const comments = team.verbatims;
  return score.questions.map((question) => ({
    questionId: question.questionId,
    dimensionTitle: titleOf(question.dimensionId),
    prompt: promptOf(question.questionId),
    score: question.score,
    answeredBy: question.answeredBy,
    groups: views.flatMap(({ group, views: byQuestion }) => {
      const view = byQuestion.get(question.questionId);
      return view ? [{ group, meanLevel: view.meanLevel, answeredBy: view.answeredBy }] : [];
    }),
    comments: comments.filter((c) => c.questionId === question.questionId).map((c) => ({ text: c.text, group: c.group })),
  }));
}
