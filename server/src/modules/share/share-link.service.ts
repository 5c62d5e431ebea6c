import { BadUserInputError, NotFoundError } from '@omcheck/shared';
import { newId, newToken, hashToken } from '../../db/ids.js';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import type { AssessmentEntity } from '../assessment/assessment.entity.js';
import type { ShareLinkEntity } from './share-link.entity.js';
import type { ShareLinkRepository } from './share-link.repository.js';

/** A share link as the console lists it; `token` only in the answer that made it. */
export interface ShareLinkView {
  id: string;
  assessmentId: string;
  token: string | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  createdByName: string | null;
}

/** Longest a share link may live, so a forgotten link does not stay open for ever. */
const MAX_LIFETIME_DAYS = 366;

function viewOf(link: ShareLinkEntity, token: string | null = null): ShareLinkView {
  return {
    id: link.id, assessmentId: link.assessmentId, token, expiresAt: link.expiresAt, revokedAt: link.revokedAt, createdAt: link.createdAt,
    createdByName: link.createdBy?.displayName ?? null,
  };
}

/** Read-only links to a check-up's report: made and revoked by its consultants, opened by anyone holding one. */
export class ShareLinkService {
  constructor(private readonly links: ShareLinkRepository, private readonly guard: AccessGuard) {}

  async create(actor: Actor | null, assessmentId: string, expiresAt: Date | null, now = new Date()): Promise<ShareLinkView> {
    const { actor: signedIn } = await this.guard.assessment(actor, assessmentId, 'write');
    if (expiresAt) {
      if (Number.isNaN(expiresAt.getTime()) || expiresAt <= now) {
        throw new BadUserInputError('The expiry date must be in the future.', [{ field: 'expiresAt', message: 'Choose a date in the future.' }]);
      }
      if (expiresAt.getTime() - now.getTime() > MAX_LIFETIME_DAYS * 86_400_000) {
        throw new BadUserInputError(`A share link can live at most ${MAX_LIFETIME_DAYS} days.`, [{ field: 'expiresAt', message: `At most ${MAX_LIFETIME_DAYS} days from now.` }]);
      }
    }
    const token = newToken();
    const id = newId();
    await this.links.insert({ id, assessmentId, tokenHash: hashToken(token), createdByUserId: signedIn.userId, expiresAt, revokedAt: null });
    return viewOf((await this.links.findById(id))!, token);
  }

  async revoke(actor: Actor | null, id: string, now = new Date()): Promise<ShareLinkView> {
    const { link } = await this.guard.shareLink(actor, id, 'write');
    await this.links.revoke(link.id, now);
    return viewOf((await this.links.findById(link.id))!);
  }

  /** A check-up's links (read access to the check-up). */
  async list(actor: Actor | null, assessmentId: string): Promise<ShareLinkView[]> {
    await this.guard.assessment(actor, assessmentId, 'read');
    return (await this.links.listByAssessment(assessmentId)).map((link) => viewOf(link));
  }

  /** The check-up behind a live link; NOT_FOUND for unknown, revoked and expired links alike. */
  async open(token: string, now = new Date()): Promise<AssessmentEntity> {
    const link = token.length <= 200 ? await this.links.findLiveByToken(token, now) : null;
    if (!link?.assessment) throw new NotFoundError('This report link is not valid: it may have expired or been withdrawn.');
    return link.assessment;
  }
}
