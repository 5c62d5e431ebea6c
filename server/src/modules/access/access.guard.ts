import {
  ForbiddenError, NotFoundError, UnauthenticatedError, roleAllows,
  type WorkspacePermission, type WorkspaceRole,
} from '@omcheck/shared';
import type { AssessmentEntity } from '../assessment/assessment.entity.js';
import type { AssessmentRepository } from '../assessment/assessment.repository.js';
import type { OrganizationEntity } from '../organization/organization.entity.js';
import type { OrganizationRepository } from '../organization/organization.repository.js';
import type { ActionItemEntity } from '../recommendation/action-item.entity.js';
import type { RecommendationEntity } from '../recommendation/recommendation.entity.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { RecommendationRepository } from '../recommendation/recommendation.repository.js';
import type { RespondentEntity } from '../respondent/respondent.entity.js';
import type { RespondentRepository } from '../respondent/respondent.repository.js';
import type { ShareLinkEntity } from '../share/share-link.entity.js';
import type { ShareLinkRepository } from '../share/share-link.repository.js';
import type { MemberInvitationEntity } from '../workspace/member-invitation.entity.js';
import type { WorkspaceRepository } from '../workspace/workspace.repository.js';
import type { WorkshopEntity } from '../workshop/workshop.entity.js';
import type { WorkshopRepository } from '../workshop/workshop.repository.js';
import { type Actor, workspaceIdsOf } from './actor.js';

/** What a granted check yields: the workspace the thing belongs to and the actor's role there. */
export interface WorkspaceGrant {
  actor: Actor;
  workspaceId: string;
  role: WorkspaceRole;
}

/**
 * The one place consultant access is decided. Every lookup is scoped to the actor's
 * workspaces, so another workspace's id is indistinguishable from a missing one (NOT_FOUND);
 * a member whose role does not allow the operation gets FORBIDDEN.
 */
export class AccessGuard {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly assessments: AssessmentRepository,
    private readonly respondents: RespondentRepository,
    private readonly workspaces: WorkspaceRepository,
    private readonly recommendations: RecommendationRepository,
    private readonly questionnaires: QuestionnaireService,
    private readonly shareLinks: ShareLinkRepository,
    private readonly workshops: WorkshopRepository,
  ) {}

  /** The actor, or UNAUTHENTICATED. */
  signedIn(actor: Actor | null): Actor {
    if (!actor) throw new UnauthenticatedError();
    return actor;
  }

  workspace(actor: Actor | null, workspaceId: string, permission: WorkspacePermission): WorkspaceGrant {
    const signedIn = this.signedIn(actor);
    const role = signedIn.memberships.get(workspaceId);
    if (!role) throw new NotFoundError('There is no such workspace.');
    return this.grant(signedIn, workspaceId, role, permission);
  }

  async organization(actor: Actor | null, id: string, permission: WorkspacePermission): Promise<WorkspaceGrant & { organization: OrganizationEntity }> {
    const signedIn = this.signedIn(actor);
    const organization = await this.organizations.findIn(id, workspaceIdsOf(signedIn));
    if (!organization) throw new NotFoundError('There is no such client.');
    return { ...this.grantIn(signedIn, organization.workspaceId, permission), organization };
  }

  async assessment(actor: Actor | null, id: string, permission: WorkspacePermission): Promise<WorkspaceGrant & { assessment: AssessmentEntity }> {
    const signedIn = this.signedIn(actor);
    const assessment = await this.assessments.findIn(id, workspaceIdsOf(signedIn));
    if (!assessment) throw new NotFoundError('There is no such check-up.');
    // An imported questionnaire is read once per instance; granted reads may use it at once.
    await this.questionnaires.ensureLoaded(assessment.questionnaireKey);
    return { ...this.grantIn(signedIn, assessment.workspaceId, permission), assessment };
  }

  async respondent(actor: Actor | null, id: string, permission: WorkspacePermission): Promise<WorkspaceGrant & { respondent: RespondentEntity }> {
    const signedIn = this.signedIn(actor);
    const respondent = await this.respondents.findIn(id, workspaceIdsOf(signedIn));
    if (!respondent?.assessment) throw new NotFoundError('There is no such invitation.');
    await this.questionnaires.ensureLoaded(respondent.assessment.questionnaireKey);
    return { ...this.grantIn(signedIn, respondent.assessment.workspaceId, permission), respondent };
  }

  async shareLink(actor: Actor | null, id: string, permission: WorkspacePermission): Promise<WorkspaceGrant & { link: ShareLinkEntity }> {
    const signedIn = this.signedIn(actor);
    const link = await this.shareLinks.findIn(id, workspaceIdsOf(signedIn));
    if (!link?.assessment) throw new NotFoundError('There is no such share link.');
    return { ...this.grantIn(signedIn, link.assessment.workspaceId, permission), link };
  }

  async workshop(actor: Actor | null, id: string, permission: WorkspacePermission): Promise<WorkspaceGrant & { workshop: WorkshopEntity }> {
    const signedIn = this.signedIn(actor);
    const workshop = await this.workshops.findIn(id, workspaceIdsOf(signedIn));
    if (!workshop?.assessment) throw new NotFoundError('There is no such workshop.');
    await this.questionnaires.ensureLoaded(workshop.assessment.questionnaireKey);
    return { ...this.grantIn(signedIn, workshop.assessment.workspaceId, permission), workshop };
  }

  async memberInvitation(
    actor: Actor | null,
    id: string,
    permission: WorkspacePermission,
  ): Promise<WorkspaceGrant & { invitation: MemberInvitationEntity }> {
    const signedIn = this.signedIn(actor);
    const invitation = await this.workspaces.findInvitationIn(id, workspaceIdsOf(signedIn));
    if (!invitation) throw new NotFoundError('There is no such invitation.');
    return { ...this.grantIn(signedIn, invitation.workspaceId, permission), invitation };
  }

  async recommendation(
    actor: Actor | null,
    id: string,
    permission: WorkspacePermission,
  ): Promise<WorkspaceGrant & { recommendation: RecommendationEntity }> {
    const signedIn = this.signedIn(actor);
    const recommendation = await this.recommendations.findIn(id, workspaceIdsOf(signedIn));
    if (!recommendation?.assessment) throw new NotFoundError('There is no such recommendation.');
    await this.questionnaires.ensureLoaded(recommendation.assessment.questionnaireKey);
    return { ...this.grantIn(signedIn, recommendation.assessment.workspaceId, permission), recommendation };
  }

  async actionItem(actor: Actor | null, id: string, permission: WorkspacePermission): Promise<WorkspaceGrant & { actionItem: ActionItemEntity }> {
    const signedIn = this.signedIn(actor);
    const actionItem = await this.recommendations.findActionItemIn(id, workspaceIdsOf(signedIn));
    const workspaceId = actionItem?.recommendation?.assessment?.workspaceId;
    if (!actionItem || !workspaceId) throw new NotFoundError('There is no such action item.');
    return { ...this.grantIn(signedIn, workspaceId, permission), actionItem };
  }

  private grantIn(actor: Actor, workspaceId: string, permission: WorkspacePermission): WorkspaceGrant {
    const role = actor.memberships.get(workspaceId);
    // Scoped reads only return rows of the actor's workspaces; this guards against a mistake there.
    if (!role) throw new NotFoundError('There is no such thing here.');
    return this.grant(actor, workspaceId, role, permission);
  }

  private grant(actor: Actor, workspaceId: string, role: WorkspaceRole, permission: WorkspacePermission): WorkspaceGrant {
    if (!roleAllows(role, permission)) throw new ForbiddenError();
    return { actor, workspaceId, role };
  }
}
