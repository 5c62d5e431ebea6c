import type { DataSource, EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { UserSessionEntity } from './user-session.entity.js';
import type { UserEntity } from './user.entity.js';

/** A live session with its user, as one row. */
export interface SessionWithUser {
  session: UserSessionEntity;
  user: UserEntity;
}

/** Sign-in sessions, shared by every server instance through the database. */
export class UserSessionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, session: Omit<UserSessionEntity, 'createdAt' | 'user' | 'revokedAt'>): Promise<void> {
    await manager.getRepository(UserSessionEntity).insert({ ...session, revokedAt: null });
  }

  /** The session with this token hash and its user, if not revoked and not past either expiry. */
  async findLive(tokenHash: string, now: Date, idleSince: Date): Promise<SessionWithUser | undefined> {
    const session = await this.dataSource.manager
      .getRepository(UserSessionEntity)
      .createQueryBuilder('session')
      .innerJoinAndSelect('session.user', 'user')
      .where('session.tokenHash = :tokenHash', { tokenHash })
      .andWhere('session.revokedAt IS NULL')
      .andWhere('session.expiresAt > :now', { now })
      .andWhere('session.lastSeenAt > :idleSince', { idleSince })
      .getOne();
    return session?.user ? { session, user: session.user } : undefined;
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.dataSource.manager.getRepository(UserSessionEntity).update({ id }, { lastSeenAt: now });
  }

  async revoke(id: string, now: Date): Promise<void> {
    await this.dataSource.manager.getRepository(UserSessionEntity).update({ id, revokedAt: IsNull() }, { revokedAt: now });
  }

  async revokeAllOfUser(userId: string, now: Date): Promise<void> {
    await this.dataSource.manager.getRepository(UserSessionEntity).update({ userId, revokedAt: IsNull() }, { revokedAt: now });
  }
}
