import type { RespondentAnswers } from '../domain/answer.js';
import type { Questionnaire } from '../domain/questionnaire.schema.js';
import { RESPONDENT_ROLES } from '../domain/vocabulary.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { type GroupQuestionView, type PerceptionGap, groupQuestionViews, perceptionGaps } from './perception-gaps.js';
import { type HiddenRole, type RoleGroup, type RoleGroupKey, groupByRole } from './role-groups.js';
import { type Verbatim, verbatimsOf } from './verbatims.js';

/** A group's own result: how many answered and its dimension scores (over all it was asked). */
export interface RoleGroupResult {
  role: RoleGroupKey;
  roles: RoleGroupKey[];
  respondentCount: number;
  dimensions: Array<{ dimensionId: string; score: number | null }>;
}

/**
 * Which discussion an agenda item calls for (seed 004's sparring and mirroring): two functions
 * see a practice differently; the partner and the client see it differently (seed 002: calling it
 * a partnership does not make it one); or a group disagrees within itself as much as with others.
 */
export type AgendaPrompt = 'COMPARE_CASES' | 'MIRROR_WITH_PARTNER' | 'SETTLE_WITHIN_GROUP';

/** One line of the meeting agenda: a question two groups see differently. */
export interface AgendaItem {
  questionId: string;
  dimensionId: string;
  groupA: { role: RoleGroupKey; score: number; meanLevel: number; spread: number; answeredBy: number };
  groupB: { role: RoleGroupKey; score: number; meanLevel: number; spread: number; answeredBy: number };
  gap: number;
  prompt: AgendaPrompt;
}

/** Everything a team check-up shows beyond the combined score. */
export interface TeamResult {
  minGroupSize: number;
  groups: RoleGroupResult[];
  hiddenRoles: HiddenRole[];
  /** Largest first, dimension and question gaps between every pair of shown groups. */
  gaps: PerceptionGap[];
  agenda: AgendaItem[];
  /** The partner against everyone on the client's side; null when either side is under the minimum. */
  clientVersusPartner: { gaps: PerceptionGap[]; agenda: AgendaItem[] } | null;
  /** Open answers and comments, without attribution. */
  verbatims: Verbatim[];
}

/** A gap of a full level (25 points) or more is worth the meeting's time. */
export const AGENDA_MIN_GAP = 25;
export const AGENDA_LENGTH = 8;

function agendaOf(questionGaps: readonly PerceptionGap[], views: ReadonlyMap<RoleGroupKey, Map<string, GroupQuestionView>>): AgendaItem[] {
  const items: AgendaItem[] = [];
  const seen = new Set<string>();
  for (const gap of questionGaps) {
    if (gap.questionId === null || gap.gap < AGENDA_MIN_GAP || seen.has(gap.questionId)) continue;
    const a = views.get(gap.roleA)?.get(gap.questionId);
    const b = views.get(gap.roleB)?.get(gap.questionId);
    if (!a || !b || a.meanLevel === null || b.meanLevel === null) continue;
    // One item per question: its largest gap, so the agenda covers more ground.
    seen.add(gap.questionId);
    const partner = gap.roleA === 'PARTNER' || gap.roleB === 'PARTNER';
    items.push({
      questionId: gap.questionId,
      dimensionId: gap.dimensionId,
      groupA: { role: gap.roleA, score: gap.scoreA, meanLevel: a.meanLevel, spread: a.spread, answeredBy: a.answeredBy },
      groupB: { role: gap.roleB, score: gap.scoreB, meanLevel: b.meanLevel, spread: b.spread, answeredBy: b.answeredBy },
      gap: gap.gap,
      prompt: partner ? 'MIRROR_WITH_PARTNER' : Math.max(a.spread, b.spread) * 25 >= gap.gap ? 'SETTLE_WITHIN_GROUP' : 'COMPARE_CASES',
    });
    if (items.length === AGENDA_LENGTH) break;
  }
  return items;
}

function groupResult(questionnaire: Questionnaire, group: RoleGroup): RoleGroupResult {
  const score = scoreAssessment(questionnaire, group.respondents);
  return {
    role: group.key,
    roles: group.roles,
    respondentCount: group.respondents.length,
    dimensions: score.dimensions.map((d) => ({ dimensionId: d.dimensionId, score: d.score })),
  };
}

function viewsOf(questionnaire: Questionnaire, groups: readonly RoleGroup[]): Map<RoleGroupKey, Map<string, GroupQuestionView>> {
  return new Map(groups.map((group) => [group.key, groupQuestionViews(questionnaire, group)]));
}

/**
 * The team view of a check-up: role groups under minimum-n anonymity, the perception gaps
 * between them, the meeting agenda of the largest question gaps, and the client-versus-partner
 * comparison. Pure; independent of respondent order.
 */
export function teamResult(questionnaire: Questionnaire, respondents: readonly RespondentAnswers[], minGroupSize: number): TeamResult {
  const grouping = groupByRole(respondents, minGroupSize, RESPONDENT_ROLES);
  const gaps = perceptionGaps(questionnaire, grouping.groups);
  const partner = grouping.groups.find((g) => g.key === 'PARTNER');
  const clientSide = respondents.filter((r) => r.role !== 'PARTNER').sort((a, b) => a.respondentId.localeCompare(b.respondentId));
  let clientVersusPartner: TeamResult['clientVersusPartner'] = null;
  if (partner && clientSide.length >= grouping.minGroupSize) {
    const client: RoleGroup = { key: 'CLIENT', roles: [...new Set(clientSide.map((r) => r.role))], respondents: clientSide };
    const pairGaps = perceptionGaps(questionnaire, [client, partner]);
    clientVersusPartner = { gaps: pairGaps, agenda: agendaOf(pairGaps, viewsOf(questionnaire, [client, partner])) };
  }
  return {
    minGroupSize: grouping.minGroupSize,
    groups: grouping.groups.map((group) => groupResult(questionnaire, group)),
    hiddenRoles: grouping.hidden,
    gaps,
    agenda: agendaOf(gaps, viewsOf(questionnaire, grouping.groups)),
    clientVersusPartner,
    verbatims: verbatimsOf(questionnaire, respondents, grouping),
  };
}
