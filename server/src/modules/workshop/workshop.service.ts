import { randomInt } from 'node:crypto';
import {
  BadUserInputError, ConflictError, generateJoinCode, questionOptions, workshopQuestions,
  type Questionnaire, type WorkshopQuestion,
} from '@omcheck/shared';
import type { EntityManager } from 'typeorm';
import { hashToken, newId, newToken } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import type { AssessmentEntity } from '../assessment/assessment.entity.js';
import type { AnswerRepository } from '../answer/answer.repository.js';
import type { RespondentRepository } from '../respondent/respondent.repository.js';
import type { ResultService } from '../result/result.service.js';
import type { WorkshopEvents } from './workshop-events.js';
import type { WorkshopQuestionView, WorkshopStateReader, WorkshopView } from './workshop-state.js';
import type { WorkshopEntity } from './workshop.entity.js';
import type { WorkshopRepository } from './workshop.repository.js';

/** A consensus note is free text of the room: at most this long. */
export const MAX_CONSENSUS_NOTE = 2000;
const CODE_ATTEMPTS = 8;

/** The facilitator's side of a workshop: start, reveal, record the consensus, move, end. */
export class WorkshopService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: AccessGuard,
    private readonly workshops: WorkshopRepository,
    private readonly respondents: RespondentRepository,
    private readonly answers: AnswerRepository,
    private readonly results: ResultService,
    private readonly reader: WorkshopStateReader,
    private readonly events: WorkshopEvents,
  ) {}

  /** Opens a workshop on an OPEN check-up; while one is ACTIVE, returns that one (no second code). */
  async start(actor: Actor | null, assessmentId: string, now = new Date()): Promise<WorkshopView> {
    const { assessment, actor: signedIn } = await this.access.assessment(actor, assessmentId, 'write');
    if (assessment.status === 'CLOSED') throw new ConflictError('This check-up is closed. Reopen it before starting a workshop.');
    const questions = workshopQuestions(await this.reader.questionnaireOf(assessment));
    if (questions.length === 0) throw new ConflictError('This check-up’s questionnaire has no question a room can vote on.');
    for (let attempt = 0; ; attempt += 1) {
      const active = await this.workshops.forAssessment(assessment.id);
      if (active?.state === 'ACTIVE') return this.reader.facilitatorView(active);
      try {
        const workshop = await this.transactions.run((manager) => this.open(manager, assessment, signedIn.userId, questions[0]!, now));
        this.events.committed(workshop.id);
        return this.reader.facilitatorView(workshop);
      } catch (err) {
        // A code taken by another active workshop, or a start racing this one: look again.
        if (!isUniqueViolation(err) || attempt + 1 >= CODE_ATTEMPTS) throw err;
      }
    }
  }

  /** A workshop of the actor's workspaces; another workspace's id answers like a missing one. */
  async get(actor: Actor | null, id: string): Promise<WorkshopView> {
    return this.reader.facilitatorView(await this.authorized(actor, id, 'read'));
  }

  /** The check-up's ACTIVE workshop, else its latest, else null. */
  async forAssessment(actor: Actor | null, assessmentId: string): Promise<WorkshopView | null> {
    const { assessment } = await this.access.assessment(actor, assessmentId, 'read');
    const workshop = await this.workshops.forAssessment(assessment.id);
    return workshop ? this.reader.facilitatorView(workshop) : null;
  }

  /** Checks the actor may watch the workshop (the subscription's first step). */
  async watchable(actor: Actor | null, id: string): Promise<WorkshopEntity> {
    return this.authorized(actor, id, 'read');
  }

  /** Closes voting on a question and shows its distribution. Idempotent. */
  async reveal(actor: Actor | null, id: string, questionId: string, now = new Date()): Promise<WorkshopQuestionView> {
    const workshop = await this.authorized(actor, id, 'write');
    await this.questionOf(workshop, questionId);
    await this.write(workshop.id, async (manager) => {
      await this.activeLocked(manager, workshop.id);
      await this.workshops.reveal(manager, workshop.id, questionId, now);
    });
    return this.reader.questionView(workshop, questionId);
  }

  /** Stores the room's agreed option (and note) on the question and as the consensus respondent's answer. */
  async recordConsensus(
    actor: Actor | null, id: string, questionId: string, optionId: string, note: string | null, now = new Date(),
  ): Promise<WorkshopQuestionView> {
    const workshop = await this.authorized(actor, id, 'write');
    const { question } = await this.questionOf(workshop, questionId);
    if (!questionOptions(question).some((option) => option.id === optionId)) {
      throw new BadUserInputError('That option does not belong to this question.', [{ field: 'optionId', message: 'Not an option of the question.' }]);
    }
    const cleanNote = note?.trim() || null;
    if ((cleanNote?.length ?? 0) > MAX_CONSENSUS_NOTE) {
      throw new BadUserInputError(`A note can be at most ${MAX_CONSENSUS_NOTE} characters.`, [{ field: 'note', message: `At most ${MAX_CONSENSUS_NOTE} characters.` }]);
    }
    await this.write(workshop.id, async (manager) => {
      await this.activeLocked(manager, workshop.id);
      await this.workshops.recordConsensus(manager, workshop.id, questionId, optionId, cleanNote, now);
      await this.answers.upsert(manager, workshop.consensusRespondentId, workshop.assessmentId, [{ questionId, optionId, comment: cleanNote }]);
    });
    return this.reader.questionView(workshop, questionId);
  }

  /** Moves the room (and every phone) to a workshop question. */
  async setQuestion(actor: Actor | null, id: string, questionId: string): Promise<WorkshopView> {
    const workshop = await this.authorized(actor, id, 'write');
    await this.questionOf(workshop, questionId);
    await this.write(workshop.id, async (manager) => {
      await this.activeLocked(manager, workshop.id);
      await this.workshops.setCurrentQuestion(manager, workshop.id, questionId);
    });
    return this.reader.facilitatorView((await this.workshops.find(workshop.id))!);
  }

  /**
   * Ends the workshop: the code stops working, every participant who voted is submitted and the
   * check-up re-scored in the same transaction. Idempotent on an ENDED workshop.
   */
  async end(actor: Actor | null, id: string, now = new Date()): Promise<WorkshopView> {
    const workshop = await this.authorized(actor, id, 'write');
    if (workshop.state === 'ACTIVE') {
      await this.write(workshop.id, async (manager) => {
        const locked = await this.workshops.lock(manager, workshop.id, 'update');
        if (locked?.state !== 'ACTIVE') return;
        await this.workshops.end(manager, workshop.id, now);
        const submitted = await this.workshops.submitVoters(manager, workshop.id, now);
        if (submitted > 0 && workshop.assessment) await this.results.scoreIn(manager, workshop.assessment);
      });
    }
    return this.reader.facilitatorView((await this.workshops.find(workshop.id))!);
  }

  private async open(manager: EntityManager, assessment: AssessmentEntity, userId: string, first: WorkshopQuestion, now: Date): Promise<WorkshopEntity> {
    const consensusRespondentId = newId();
    const workshop: WorkshopEntity = {
      id: newId(),
      assessmentId: assessment.id,
      code: generateJoinCode((size) => randomInt(size)),
      state: 'ACTIVE',
      currentQuestionId: first.question.id,
      startedByUserId: userId,
      startedAt: now,
      endedAt: null,
      consensusRespondentId,
    };
    await this.workshops.insert(manager, workshop);
    // The consensus respondent has a token nobody knows: it can never be opened as a link.
    await this.respondents.insertMany(manager, [{
      id: consensusRespondentId, assessmentId: assessment.id, role: 'MANAGEMENT', locale: assessment.locale, label: null,
      tokenHash: hashToken(newToken()), submittedAt: null, revokedAt: null, kind: 'CONSENSUS', workshopId: workshop.id,
    }]);
    await this.events.announceIn(manager, workshop.id);
    return workshop;
  }

  private async authorized(actor: Actor | null, id: string, permission: 'read' | 'write'): Promise<WorkshopEntity> {
    return (await this.access.workshop(actor, id, permission)).workshop;
  }

  private async questionOf(workshop: WorkshopEntity, questionId: string): Promise<WorkshopQuestion & { questionnaire: Questionnaire }> {
    const questionnaire = await this.reader.questionnaireOf(workshop.assessment!);
    const found = workshopQuestions(questionnaire).find((q) => q.question.id === questionId);
    if (!found) throw new BadUserInputError('That question is not part of this workshop.', [{ field: 'questionId', message: 'Not a workshop question.' }]);
    return { ...found, questionnaire };
  }

  private async activeLocked(manager: EntityManager, id: string): Promise<void> {
    const locked = await this.workshops.lock(manager, id, 'update');
    if (locked?.state !== 'ACTIVE') throw new ConflictError('This workshop has ended.');
  }

  /** Runs a write and announces the change to every subscriber once it is committed. */
  private async write(workshopId: string, work: (manager: EntityManager) => Promise<void>): Promise<void> {
    await this.transactions.run(async (manager) => {
      await work(manager);
      await this.events.announceIn(manager, workshopId);
    });
    this.events.committed(workshopId);
  }
}

/** A unique index refused the row (both drivers say so in their own words). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  const code = e.driverError?.code ?? e.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
