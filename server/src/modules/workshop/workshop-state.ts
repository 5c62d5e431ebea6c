import {
  RESPONDENT_ROLES, isAddressedTo, questionOptions, voteDistribution, voteDistributionByRole, voteSpread, workshopQuestions,
  type Locale, type OptionCount, type Questionnaire, type RespondentRole, type RoleDistributions, type VoteSpread, type WorkshopQuestion,
} from '@omcheck/shared';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { WorkshopQuestionEntity } from './workshop-question.entity.js';
import type { WorkshopEntity } from './workshop.entity.js';
import type { ParticipantAccess, WorkshopRepository } from './workshop.repository.js';

/** One workshop question as the facilitator sees it: the distribution only once revealed. */
export interface WorkshopQuestionView {
  questionId: string;
  revealed: boolean;
  voteCount: number;
  distribution: OptionCount[] | null;
  byRole: RoleDistributions | null;
  spread: VoteSpread | null;
  consensusOptionId: string | null;
  consensusNote: string | null;
}

/** Everything the facilitator screen shows, read in one go. */
export interface WorkshopView {
  workshop: WorkshopEntity;
  assessmentTitle: string;
  locale: Locale;
  minGroupSize: number;
  participantsByRole: Array<{ role: RespondentRole; count: number }>;
  questions: WorkshopQuestionView[];
}

/** What a participant's phone shows. */
export interface FollowView {
  workshop: WorkshopEntity;
  role: RespondentRole;
  locale: Locale;
  questionnaire: Questionnaire;
  current: WorkshopQuestion | null;
  questionNumber: number | null;
  questionCount: number;
  revealed: boolean;
  forMyRole: boolean;
  myOptionId: string | null;
  consensusOptionId: string | null;
}

/** Reads a workshop's state from the database; every subscriber event and every query ends here. */
export class WorkshopStateReader {
  constructor(
    private readonly workshops: WorkshopRepository,
    private readonly questionnaires: QuestionnaireService,
  ) {}

  async questionnaireOf(assessment: { questionnaireKey: string; questionnaireVersion: string }): Promise<Questionnaire> {
    await this.questionnaires.ensureLoaded(assessment.questionnaireKey);
    return this.questionnaires.get(assessment.questionnaireKey, assessment.questionnaireVersion);
  }

  /** The facilitator's view of a workshop (fresh from the database). */
  async facilitatorView(workshop: WorkshopEntity): Promise<WorkshopView> {
    const facts = await this.workshops.assessmentFacts(workshop.assessmentId);
    if (!facts) throw new Error(`workshop ${workshop.id} has no check-up`);
    const [questionnaire, rows, votes, byRole] = await Promise.all([
      this.questionnaireOf(facts),
      this.workshops.questions(workshop.id),
      this.workshops.votes(workshop.id),
      this.workshops.participantsByRole(workshop.id),
    ]);
    const rowOf = new Map(rows.map((row) => [row.questionId, row]));
    const votesOf = new Map<string, typeof votes>();
    for (const vote of votes) votesOf.set(vote.questionId, [...(votesOf.get(vote.questionId) ?? []), vote]);
    return {
      workshop,
      assessmentTitle: facts.title,
      locale: facts.locale,
      minGroupSize: facts.minGroupSize,
      participantsByRole: RESPONDENT_ROLES.flatMap((role) => (byRole.get(role) ? [{ role, count: byRole.get(role)! }] : [])),
      questions: workshopQuestionsOf(questionnaire).map(({ question }) =>
        questionView(question, rowOf.get(question.id), votesOf.get(question.id) ?? [], facts.minGroupSize)),
    };
  }

  /** One question's view (after a reveal or a consensus). */
  async questionView(workshop: WorkshopEntity, questionId: string): Promise<WorkshopQuestionView> {
    const view = await this.facilitatorView(workshop);
    return view.questions.find((q) => q.questionId === questionId)!;
  }

  /**
   * What every phone of a room needs, read once per change for all of them: the workshop, its
   * current question's row and every vote on that question.
   */
  async roomSnapshot(workshopId: string): Promise<RoomSnapshot | null> {
    const workshop = await this.workshops.find(workshopId);
    if (!workshop) return null;
    const current = workshop.state === 'ACTIVE' ? workshop.currentQuestionId : null;
    const [row, votes] = current
      ? await Promise.all([this.workshops.question(workshop.id, current), this.workshops.votesOn(workshop.id, current)])
      : [null, new Map<string, string>()];
    return { workshop, currentRow: row, votes };
  }

  /** The participant's view (fresh from the database). */
  async followView(participant: ParticipantAccess): Promise<FollowView> {
    const snapshot = await this.roomSnapshot(participant.workshop.id);
    return this.followViewOf(participant, snapshot ?? { workshop: participant.workshop, currentRow: null, votes: new Map() });
  }

  /** One participant's view of a room snapshot. */
  async followViewOf(participant: ParticipantAccess, snapshot: RoomSnapshot): Promise<FollowView> {
    const questionnaire = await this.questionnaireOf(participant.assessment);
    const questions = workshopQuestionsOf(questionnaire);
    const { workshop, currentRow } = snapshot;
    const index = workshop.state === 'ACTIVE' ? questions.findIndex((q) => q.question.id === workshop.currentQuestionId) : -1;
    const current = index >= 0 ? questions[index]! : null;
    return {
      workshop,
      role: participant.role,
      locale: participant.locale,
      questionnaire,
      current,
      questionNumber: current ? index + 1 : null,
      questionCount: questions.length,
      revealed: current ? isClosed(currentRow) : false,
      forMyRole: current ? isAddressedTo(current.question, participant.role) : false,
      myOptionId: current ? (snapshot.votes.get(participant.participantId) ?? null) : null,
      consensusOptionId: current ? (currentRow?.consensusOptionId ?? null) : null,
    };
  }
}

/** A room's shared state at one moment (see `roomSnapshot`). */
export interface RoomSnapshot {
  workshop: WorkshopEntity;
  currentRow: WorkshopQuestionEntity | null;
  /** participant id → option id, on the current question. */
  votes: ReadonlyMap<string, string>;
}

/** Two follow views a phone would show the same (nothing worth a push in between). */
export function sameFollowView(a: FollowView, b: FollowView): boolean {
  return a.workshop.state === b.workshop.state && a.current?.question.id === b.current?.question.id && a.revealed === b.revealed &&
    a.myOptionId === b.myOptionId && a.consensusOptionId === b.consensusOptionId;
}

const questionsCache = new WeakMap<Questionnaire, WorkshopQuestion[]>();

/** `workshopQuestions`, memoised per questionnaire (content is immutable). */
export function workshopQuestionsOf(questionnaire: Questionnaire): WorkshopQuestion[] {
  let questions = questionsCache.get(questionnaire);
  if (!questions) {
    questions = workshopQuestions(questionnaire);
    questionsCache.set(questionnaire, questions);
  }
  return questions;
}

/** Voting on a question is closed once its votes were revealed or its consensus recorded. */
export function isClosed(row: WorkshopQuestionEntity | null | undefined): boolean {
  return Boolean(row?.revealedAt || row?.consensusOptionId);
}

function questionView(
  question: WorkshopQuestion['question'],
  row: WorkshopQuestionEntity | undefined,
  votes: ReadonlyArray<{ participantId: string; role: RespondentRole; optionId: string }>,
  minGroupSize: number,
): WorkshopQuestionView {
  const revealed = isClosed(row);
  const options = questionOptions(question);
  return {
    questionId: question.id,
    revealed,
    voteCount: votes.length,
    distribution: revealed ? voteDistribution(options, votes) : null,
    byRole: revealed ? voteDistributionByRole(options, votes, minGroupSize) : null,
    spread: revealed ? voteSpread(options, votes) : null,
    consensusOptionId: row?.consensusOptionId ?? null,
    consensusNote: row?.consensusNote ?? null,
  };
}
