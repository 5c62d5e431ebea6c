import type { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from './user.entity.js';

/** Consultant accounts; emails are stored trimmed and lower-cased, so lookups are exact. */
export class UserRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ email });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ id });
  }

  async insert(manager: EntityManager, user: Pick<UserEntity, 'id' | 'email' | 'displayName' | 'passwordHash'>): Promise<void> {
    await manager.getRepository(UserEntity).insert(user);
  }

  async updatePassword(manager: EntityManager, id: string, passwordHash: string): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, { passwordHash });
  }
}
