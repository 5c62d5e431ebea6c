import {
  ConflictError, NoPreviousAssessmentError, carryOverInvitations, carryOverTargets, nextCheckupTitle,
} from '@omcheck/shared';
import { hashToken, newId, newToken } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import { titleOf } from '../assessment/assessment-status.js';
import type { AssessmentEntity } from '../assessment/assessment.entity.js';
import type { AssessmentRepository } from '../assessment/assessment.repository.js';
import type { InvitationView } from '../invitation/invitation.service.js';
import type { RespondentRepository } from '../respondent/respondent.repository.js';
import type { LatestQuestionnaire } from './latest-questionnaire.js';

/** The new check-up and its invitations, whose tokens exist only in this answer (they are stored hashed). */
export interface StartedCheckup {
  assessment: AssessmentEntity;
  invitations: InvitationView[];
}

/** "Start the next check-up" of a client: the newest check-up's settings on the latest questionnaire version. */
export class NextCheckupService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: AccessGuard,
    private readonly assessments: AssessmentRepository,
    private readonly respondents: RespondentRepository,
    private readonly latestQuestionnaire: LatestQuestionnaire,
  ) {}

  /**
   * Copies the client's newest check-up (scored or not) — title numbered on, language, minimum
   * group size, desired relationship model, targets of dimensions the latest version still has,
   * and one new private link per invitation that was not revoked (same role, label, language) —
   * into a new open check-up, in one transaction. The same access as opening a check-up; a
   * client without any check-up is a CONFLICT with reason NO_PREVIOUS_ASSESSMENT.
   */
  async start(actor: Actor | null, organizationId: string): Promise<StartedCheckup> {
    const { organization, workspaceId } = await this.access.organization(actor, organizationId, 'write');
    if (organization.archivedAt) throw new ConflictError('This client is archived. Restore it before opening a new check-up.');
    const [previous] = await this.assessments.listByOrganizations([organization.id]);
    if (!previous) throw new NoPreviousAssessmentError();
    const { storedKey, questionnaire } = await this.latestQuestionnaire.of(workspaceId, previous.questionnaireKey);
    const invited = carryOverInvitations((await this.respondents.listByAssessment(previous.id)).filter((r) => r.workshopId === null).map((r) => ({ ...r, revoked: r.revokedAt !== null })));
    const made = invited.map((invitation) => ({ ...invitation, id: newId(), token: newToken() }));
    const id = newId();
    // Milliseconds, so the new check-up sorts after the previous one even within the same second.
    const now = Date.now();
    await this.transactions.run(async (manager) => {
      await this.assessments.insert(manager, {
        id,
        workspaceId,
        organizationId: organization.id,
        questionnaireKey: storedKey,
        questionnaireVersion: questionnaire.version,
        kind: 'CONSULTANT',
        status: 'OPEN',
        title: nextCheckupTitle(titleOf(previous)),
        locale: previous.locale,
        closedAt: null,
        minGroupSize: previous.minGroupSize,
        desiredRelationshipModel: previous.desiredRelationshipModel,
        targets: carryOverTargets(previous.targets, questionnaire.dimensions.map((d) => d.id)),
        createdAt: new Date(now),
        updatedAt: new Date(now),
      });
      await this.respondents.insertMany(manager, made.map((m, index) => ({
        id: m.id,
        // One millisecond apart, in the previous check-up's order (as a batch of invitations is).
        createdAt: new Date(now + index),
        assessmentId: id,
        role: m.role,
        locale: m.locale,
        label: m.label,
        tokenHash: hashToken(m.token),
        submittedAt: null,
        revokedAt: null,
      })));
    });
    return {
      assessment: (await this.access.assessment(actor, id, 'read')).assessment,
      invitations: made.map(({ id: respondentId, role, label, locale, token }) => ({ id: respondentId, role, label, locale, token })),
    };
  }
}
