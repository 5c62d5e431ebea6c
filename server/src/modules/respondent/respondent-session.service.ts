import { ConflictError, NotFoundError, progressOf, type Questionnaire } from '@omcheck/shared';
import { hashToken } from '../../db/ids.js';
import type { AnswerEntity } from '../answer/answer.entity.js';
import { type AnswerRepository, toAnswerValue } from '../answer/answer.repository.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { RespondentAccess, RespondentRepository, RespondentWriter } from './respondent.repository.js';

const MAX_TOKEN_LENGTH = 200;

/** What a respondent sees through their private link (domain shape; the resolver maps it). */
export interface RespondentSessionView {
  token: string;
  access: RespondentAccess;
  questionnaire: Questionnaire;
  progress: { answered: number; total: number };
  answers: AnswerEntity[];
}

/**
 * The respondent door: every operation that takes a private link token resolves it here, and
 * nowhere else. Revoked links answer exactly like unknown ones.
 */
export class RespondentSessionService {
  constructor(
    private readonly respondents: RespondentRepository,
    private readonly answers: AnswerRepository,
    private readonly questionnaires: QuestionnaireService,
    readOnlyTokens: readonly string[] = [],
  ) {
    this.readOnlyTokenHashes = new Set(readOnlyTokens.map(hashToken));
  }

  private readonly readOnlyTokenHashes: ReadonlySet<string>;

  /** The respondent behind a token; NOT_FOUND for unknown, revoked or malformed tokens alike. */
  async access(token: string): Promise<RespondentAccess> {
    const found = token.length <= MAX_TOKEN_LENGTH ? await this.respondents.findAccessByToken(token) : undefined;
    if (!found) {
      throw new NotFoundError('This private link is not valid. Check that you copied the whole link, or start a new check-up.');
    }
    await this.questionnaires.ensureLoaded(found.assessment.questionnaireKey);
    return found;
  }

  /**
   * The door for writes (saving, submitting): like `access`, but the public demo link, whose
   * token is printed for anyone to try, is read-only.
   */
  async writableAccess(token: string): Promise<RespondentAccess> {
    const access = await this.access(token);
    if (this.readOnlyTokenHashes.has(access.respondent.tokenHash)) {
      throw new ConflictError('This is the read-only demo. Start your own check-up to answer the questions.');
    }
    return access;
  }

  /**
   * The door for the autosave: the same rules as `writableAccess` (unknown, revoked, malformed
   * and demo tokens), answered from one lean lookup, since saves are most of all traffic.
   */
  async writer(token: string): Promise<RespondentWriter> {
    const found = token.length <= MAX_TOKEN_LENGTH ? await this.respondents.findWriterByToken(token) : undefined;
    if (!found) {
      throw new NotFoundError('This private link is not valid. Check that you copied the whole link, or start a new check-up.');
    }
    if (this.readOnlyTokenHashes.has(found.tokenHash)) {
      throw new ConflictError('This is the read-only demo. Start your own check-up to answer the questions.');
    }
    await this.questionnaires.ensureLoaded(found.assessment.questionnaireKey);
    return found;
  }

  /** The exact questionnaire version the assessment was started with. */
  questionnaireOf(access: Pick<RespondentAccess, 'assessment'> | RespondentWriter): Questionnaire {
    return this.questionnaires.get(access.assessment.questionnaireKey, access.assessment.questionnaireVersion);
  }

  /** The view of a link that was just made: nothing answered yet, so nothing to read. */
  fresh(access: RespondentAccess, token: string): RespondentSessionView {
    const questionnaire = this.questionnaireOf(access);
    return { token, access, questionnaire, progress: progressOf(questionnaire, access.respondent.role, new Map()), answers: [] };
  }

  async session(access: RespondentAccess, token: string): Promise<RespondentSessionView> {
    const questionnaire = this.questionnaireOf(access);
    const rows = await this.answers.listByRespondent(access.respondent.id);
    const values = new Map(rows.map((row) => [row.questionId, toAnswerValue(row)]));
    return { token, access, questionnaire, progress: progressOf(questionnaire, access.respondent.role, values), answers: rows };
  }
}
