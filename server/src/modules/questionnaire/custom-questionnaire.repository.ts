import { compareVersionsNewestFirst } from '@omcheck/shared';
import type { DataSource } from 'typeorm';
import { CustomQuestionnaireEntity } from './custom-questionnaire.entity.js';

/** Imported questionnaires; reads take the workspace they may look in. */
export class CustomQuestionnaireRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string): Promise<CustomQuestionnaireEntity | null> {
    return this.dataSource.manager.getRepository(CustomQuestionnaireEntity).findOneBy({ id });
  }

  /** A workspace's questionnaire by key: the given version, or its highest version. */
  async findInWorkspace(workspaceId: string, key: string, version: string | null): Promise<CustomQuestionnaireEntity | null> {
    const rows = await this.dataSource.manager.getRepository(CustomQuestionnaireEntity).find({
      where: version ? { workspaceId, key, version } : { workspaceId, key },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    // Without a version: the highest one (import times tie within a second on SQLite).
    return [...rows].sort((a, b) => compareVersionsNewestFirst(a.version, b.version))[0] ?? null;
  }

  listByWorkspace(workspaceId: string): Promise<CustomQuestionnaireEntity[]> {
    return this.dataSource.manager.getRepository(CustomQuestionnaireEntity).find({ where: { workspaceId }, order: { key: 'ASC', createdAt: 'DESC' } });
  }

  async insert(row: Omit<CustomQuestionnaireEntity, 'createdAt' | 'workspace'>): Promise<void> {
    await this.dataSource.manager.getRepository(CustomQuestionnaireEntity).save(Object.assign(new CustomQuestionnaireEntity(), row));
  }
}
