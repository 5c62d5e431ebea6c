import { BadUserInputError, ConflictError, type Locale, type RespondentRole } from '@omcheck/shared';
import { hashToken, newId, newToken } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import type { RespondentRepository } from '../respondent/respondent.repository.js';
import type { ResultService } from '../result/result.service.js';

export interface InviteRespondentsCommand {
  assessmentId: string;
  role: RespondentRole;
  /** The check-up's language when null. */
  locale: Locale | null;
  /** One invitation per entry; an empty label means none. */
  labels: readonly (string | null)[];
}

/** An invitation; `token` only right after it was made (it is stored hashed). */
export interface InvitationView {
  id: string;
  role: RespondentRole;
  label: string | null;
  locale: Locale;
  token: string | null;
}

const MAX_AT_ONCE = 50;

/** Private links for the client's people, by role; revoking stops a link at once. */
export class InvitationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly respondents: RespondentRepository,
    private readonly results: ResultService,
    private readonly access: AccessGuard,
  ) {}

  async invite(actor: Actor | null, command: InviteRespondentsCommand): Promise<InvitationView[]> {
    const { assessment } = await this.access.assessment(actor, command.assessmentId, 'write');
    if (assessment.status === 'CLOSED') throw new ConflictError('This check-up is closed. Reopen it before inviting anyone.');
    if (command.labels.length < 1 || command.labels.length > MAX_AT_ONCE) {
      throw new BadUserInputError(`Invite 1 to ${MAX_AT_ONCE} people at a time.`, [{ field: 'labels', message: `Between 1 and ${MAX_AT_ONCE}.` }]);
    }
    const labels = command.labels.map((label) => label?.trim() || null);
    const tooLong = labels.findIndex((label) => (label?.length ?? 0) > 200);
    if (tooLong >= 0) {
      throw new BadUserInputError('A label can be at most 200 characters.', [{ field: `labels[${tooLong}]`, message: 'At most 200 characters.' }]);
    }
    const locale = command.locale ?? assessment.locale;
    const made = labels.map((label) => ({ id: newId(), token: newToken(), label }));
    // One millisecond apart, so the progress table lists a batch in the order it was entered.
    const start = Date.now();
    await this.transactions.run((manager) =>
      this.respondents.insertMany(
        manager,
        made.map((m, index) => ({
          id: m.id,
          createdAt: new Date(start + index),
          assessmentId: assessment.id,
          role: command.role,
          locale,
          label: m.label,
          tokenHash: hashToken(m.token),
          submittedAt: null,
          revokedAt: null,
        })),
      ),
    );
    return made.map((m) => ({ id: m.id, role: command.role, label: m.label, locale, token: m.token }));
  }

  /** Stops the link; a respondent who had submitted no longer counts, so the result is re-scored. */
  async revoke(actor: Actor | null, id: string, now = new Date()): Promise<InvitationView> {
    const { respondent } = await this.access.respondent(actor, id, 'write');
    if (!respondent.revokedAt) {
      await this.transactions.single(() => this.respondents.revoke(id, now));
      if (respondent.submittedAt && respondent.assessment) await this.results.rescore(respondent.assessment);
    }
    return { id: respondent.id, role: respondent.role, label: respondent.label, locale: respondent.locale, token: null };
  }
}
