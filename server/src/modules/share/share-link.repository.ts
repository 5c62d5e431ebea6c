import type { DataSource } from 'typeorm';
import { IsNull } from 'typeorm';
import { hashToken } from '../../db/ids.js';
import { ShareLinkEntity } from './share-link.entity.js';

export class ShareLinkRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.manager.getRepository(ShareLinkEntity);
  }

  async insert(link: Omit<ShareLinkEntity, 'createdAt' | 'assessment' | 'createdBy'>): Promise<void> {
    await this.repository.insert(link);
  }

  /** The link (with who made it) if its check-up belongs to one of `workspaceIds`; others find nothing. */
  findIn(id: string, workspaceIds: readonly string[]): Promise<ShareLinkEntity | null> {
    if (workspaceIds.length === 0) return Promise.resolve(null);
    return this.repository
      .createQueryBuilder('link')
      .innerJoinAndSelect('link.assessment', 'assessment')
      .leftJoinAndSelect('link.createdBy', 'createdBy')
      .where('link.id = :id', { id })
      .andWhere('assessment.workspaceId IN (:...workspaceIds)', { workspaceIds })
      .getOne();
  }

  /** The live link behind a token: not revoked and not expired at `now`. */
  findLiveByToken(token: string, now: Date): Promise<ShareLinkEntity | null> {
    return this.repository
      .createQueryBuilder('link')
      .innerJoinAndSelect('link.assessment', 'assessment')
      .where('link.tokenHash = :hash', { hash: hashToken(token) })
      .andWhere('link.revokedAt IS NULL')
      .andWhere('(link.expiresAt IS NULL OR link.expiresAt > :now)', { now })
      .getOne();
  }

  /** A check-up's links, newest first, with who made them. */
  listByAssessment(assessmentId: string): Promise<ShareLinkEntity[]> {
    return this.repository.find({ where: { assessmentId }, relations: { createdBy: true }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async revoke(id: string, at: Date): Promise<void> {
    await this.repository.update({ id, revokedAt: IsNull() }, { revokedAt: at });
  }

  findById(id: string): Promise<ShareLinkEntity | null> {
    return this.repository.findOne({ where: { id }, relations: { createdBy: true } });
  }
}
