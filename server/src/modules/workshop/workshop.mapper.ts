import { MATURITY_LEVELS, localize, maturityLevelLabelsFor, type Locale } from '@omcheck/shared';
import type { LocaleGql, RespondentRoleGql, RoleGroupGql, WorkshopStateGql } from '../../graphql/enums.js';
import { toLocale, toLocaleGql } from '../../graphql/locale.mapping.js';
import { toQuestionGql } from '../questionnaire/questionnaire.mapper.js';
import { toDimensionResultsGql } from '../result/result.mapper.js';
import type { ConsensusScore } from './consensus.service.js';
import type { JoinedParticipant } from './workshop-participant.service.js';
import type { FollowView, WorkshopQuestionView, WorkshopView } from './workshop-state.js';
import {
  ConsensusResultGql, WorkshopFollowStateGql, WorkshopGql, WorkshopOptionCountGql, WorkshopParticipantGql, WorkshopQuestionStateGql,
  WorkshopRoleCountGql, WorkshopRoleDistributionGql, WorkshopSpreadGql,
} from './workshop.types.js';

/** Where a participant joins: `<origin>/w/<code>`. */
export function workshopUrl(origin: string, code: string): string {
  return `${origin}/w/${code}`;
}

/** The facilitator's view; `qrCodeSvg` is resolved on its own (only when selected). */
export function toWorkshopGql(view: WorkshopView, origin: string): WorkshopGql {
  const { workshop } = view;
  return Object.assign(new WorkshopGql(), {
    id: workshop.id,
    code: workshop.code,
    url: workshopUrl(origin, workshop.code),
    state: workshop.state as WorkshopStateGql,
    currentQuestionId: workshop.currentQuestionId,
    assessmentId: workshop.assessmentId,
    assessmentTitle: view.assessmentTitle,
    locale: toLocaleGql(view.locale),
    participantCount: view.participantsByRole.reduce((sum, entry) => sum + entry.count, 0),
    participantsByRole: view.participantsByRole.map((entry) => Object.assign(new WorkshopRoleCountGql(), { role: entry.role as RespondentRoleGql, count: entry.count })),
    startedAt: workshop.startedAt,
    endedAt: workshop.endedAt,
    questions: view.questions.map(toWorkshopQuestionStateGql),
    minGroupSize: view.minGroupSize,
  });
}

export function toWorkshopQuestionStateGql(view: WorkshopQuestionView): WorkshopQuestionStateGql {
  const counts = (list: ReadonlyArray<{ optionId: string; count: number }>) => list.map((c) => Object.assign(new WorkshopOptionCountGql(), c));
  return Object.assign(new WorkshopQuestionStateGql(), {
    questionId: view.questionId,
    revealed: view.revealed,
    voteCount: view.voteCount,
    distribution: view.distribution ? counts(view.distribution) : null,
    distributionByRole: view.byRole
      ? view.byRole.groups.map((group) => Object.assign(new WorkshopRoleDistributionGql(), {
        group: group.group as RoleGroupGql,
        roles: group.roles.map((role) => role as RespondentRoleGql),
        voteCount: group.voteCount,
        distribution: counts(group.distribution),
      }))
      : null,
    hiddenRoles: (view.byRole?.hiddenRoles ?? []).map((role) => role as RespondentRoleGql),
    spread: view.spread ? Object.assign(new WorkshopSpreadGql(), view.spread) : null,
    consensusOptionId: view.consensusOptionId,
    consensusNote: view.consensusNote,
  });
}

export function toWorkshopParticipantGql(joined: JoinedParticipant): WorkshopParticipantGql {
  return Object.assign(new WorkshopParticipantGql(), { ...joined, role: joined.role as RespondentRoleGql, locale: toLocaleGql(joined.locale) });
}

/** The phone's view, the question in the participant's language. */
/**
 * A phone's state. The question comes in `locale` when the phone asks for one (the language it
 * was switched to after joining), else in the language it joined with.
 */
export function toWorkshopFollowStateGql(view: FollowView, locale: LocaleGql | null = null): WorkshopFollowStateGql {
  const shownIn = locale ? toLocale(locale) : view.locale;
  return Object.assign(new WorkshopFollowStateGql(), {
    workshopId: view.workshop.id,
    state: view.workshop.state as WorkshopStateGql,
    role: view.role as RespondentRoleGql,
    currentQuestion: view.current ? toQuestionGql(view.current.question, view.current.dimension.id, shownIn) : null,
    questionNumber: view.questionNumber,
    questionCount: view.questionCount,
    revealed: view.revealed,
    forMyRole: view.forMyRole,
    myOptionId: view.myOptionId,
    consensusOptionId: view.consensusOptionId,
  });
}

export function toConsensusResultGql(consensus: ConsensusScore, locale: Locale): ConsensusResultGql {
  const { score } = consensus;
  const labels = maturityLevelLabelsFor(score.scoringVersion);
  return Object.assign(new ConsensusResultGql(), {
    workshopId: consensus.workshopId,
    answeredCount: consensus.answeredCount,
    overallScore: score.overallScore,
    maturityLevel: score.maturityLevel,
    maturityLabel: score.maturityLevel && MATURITY_LEVELS.includes(score.maturityLevel) ? localize(labels[score.maturityLevel], locale) : null,
    dimensions: toDimensionResultsGql(score, consensus.questionnaire, locale),
  });
}
