import {
  BadUserInputError, NotFoundError, NotForRoleError, QuestionRevealedError, isAddressedTo, normalizeJoinCode, questionOptions,
  type Locale, type RespondentRole,
} from '@omcheck/shared';
import { hashToken, newId, newToken } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import { assertOpen } from '../assessment/assert-open.js';
import type { RespondentRepository } from '../respondent/respondent.repository.js';
import type { WorkshopEvents } from './workshop-events.js';
import { isClosed, workshopQuestionsOf, type FollowView, type WorkshopStateReader } from './workshop-state.js';
import type { ParticipantAccess, WorkshopRepository } from './workshop.repository.js';

/** A participant just made: the token is returned once and stored hashed. */
export interface JoinedParticipant {
  token: string;
  workshopId: string;
  role: RespondentRole;
  locale: Locale;
}

const UNKNOWN_CODE = 'There is no running workshop with this code. Check the code on the screen.';
const UNKNOWN_TOKEN = 'This workshop link is not valid any more: the workshop has ended or the link is wrong.';

/** The participants' side: join with the code, vote, follow the room. No account, no name. */
export class WorkshopParticipantService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly workshops: WorkshopRepository,
    private readonly respondents: RespondentRepository,
    private readonly reader: WorkshopStateReader,
    private readonly events: WorkshopEvents,
  ) {}

  /** An anonymous respondent of the check-up with the chosen role; an ended or unknown code is NOT_FOUND. */
  async join(code: string, role: RespondentRole, locale: Locale | null): Promise<JoinedParticipant> {
    const normalized = normalizeJoinCode(code);
    const workshop = normalized ? await this.workshops.findActiveByCode(normalized) : null;
    if (!workshop) throw new NotFoundError(UNKNOWN_CODE);
    const facts = await this.workshops.assessmentFacts(workshop.assessmentId);
    if (!facts) throw new NotFoundError(UNKNOWN_CODE);
    assertOpen(facts);
    const token = newToken();
    const participant = { id: newId(), locale: locale ?? facts.locale };
    await this.transactions.run(async (manager) => {
      const locked = await this.workshops.lock(manager, workshop.id, 'share');
      if (locked?.state !== 'ACTIVE') throw new NotFoundError(UNKNOWN_CODE);
      await this.respondents.insertMany(manager, [{
        id: participant.id, assessmentId: workshop.assessmentId, role, locale: participant.locale, label: null,
        tokenHash: hashToken(token), submittedAt: null, revokedAt: null, kind: 'INDIVIDUAL', workshopId: workshop.id,
      }]);
      await this.events.announceIn(manager, workshop.id);
    });
    this.events.committed(workshop.id);
    return { token, workshopId: workshop.id, role, locale: participant.locale };
  }

  /**
   * Stores (or replaces) the participant's vote on a question that is not revealed yet; a
   * repeated vote changes nothing, so a phone may retry until it hears back.
   */
  async vote(token: string, questionId: string, optionId: string, now = new Date()): Promise<void> {
    const participant = await this.activeParticipant(token);
    const questionnaire = await this.reader.questionnaireOf(participant.assessment);
    const found = workshopQuestionsOf(questionnaire).find((q) => q.question.id === questionId);
    if (!found) throw new BadUserInputError('That question is not part of this workshop.', [{ field: 'questionId', message: 'Not a workshop question.' }]);
    if (!questionOptions(found.question).some((option) => option.id === optionId)) {
      throw new BadUserInputError('That option does not belong to this question.', [{ field: 'optionId', message: 'Not an option of the question.' }]);
    }
    if (!isAddressedTo(found.question, participant.role)) throw new NotForRoleError();
    assertOpen(participant.assessment);
    const { workshop } = participant;
    const stored = await this.transactions.run(async (manager) => {
      // Shared lock: votes run side by side, a reveal or the end waits for them (and they for it).
      await this.workshops.lockOnly(manager, workshop.id, 'share');
      const ok = await this.workshops.upsertVote(manager, {
        answerId: newId(), participantId: participant.participantId, assessmentId: workshop.assessmentId, workshopId: workshop.id, questionId, optionId,
      }, now);
      if (ok) await this.events.announceIn(manager, workshop.id);
      return ok;
    });
    if (stored) {
      this.events.committed(workshop.id);
      return;
    }
    // Refused by the statement's own check: say why.
    const current = await this.workshops.find(workshop.id);
    if (current?.state !== 'ACTIVE') throw new NotFoundError(UNKNOWN_TOKEN);
    if (isClosed(await this.workshops.question(workshop.id, questionId))) throw new QuestionRevealedError();
    throw new NotFoundError(UNKNOWN_TOKEN);
  }

  /** What the participant's phone shows now; NOT_FOUND for an unknown token. */
  async follow(token: string): Promise<FollowView> {
    return this.reader.followView(await this.participant(token));
  }

  /** The participant behind a token (the workshop may have ended: the phone shows that). */
  async participant(token: string): Promise<ParticipantAccess> {
    const participant = await this.workshops.participantByToken(token);
    if (!participant) throw new NotFoundError(UNKNOWN_TOKEN);
    return participant;
  }

  private async activeParticipant(token: string): Promise<ParticipantAccess> {
    const participant = await this.workshops.participantByToken(token);
    if (!participant || participant.workshop.state !== 'ACTIVE') throw new NotFoundError(UNKNOWN_TOKEN);
    return participant;
  }
}
