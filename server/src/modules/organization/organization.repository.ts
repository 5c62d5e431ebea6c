import type { DataSource, EntityManager } from 'typeorm';
import { OrganizationEntity } from './organization.entity.js';

/** Where a page of a list starts: after this (name, id). */
export interface OrganizationCursor {
  name: string;
  id: string;
}

export interface OrganizationListQuery {
  workspaceId: string;
  search: string | null;
  includeArchived: boolean;
  first: number;
  after: OrganizationCursor | null;
}

export interface OrganizationPage {
  rows: OrganizationEntity[];
  hasNextPage: boolean;
  totalCount: number;
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Client organisations. Every read takes the workspaces it may look in. */
export class OrganizationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisation if it belongs to one of `workspaceIds`; another workspace's id finds nothing. */
  findIn(id: string, workspaceIds: readonly string[]): Promise<OrganizationEntity | null> {
    if (workspaceIds.length === 0) return Promise.resolve(null);
    return this.dataSource.manager
      .getRepository(OrganizationEntity)
      .createQueryBuilder('organization')
      .where('organization.id = :id', { id })
      .andWhere('organization.workspaceId IN (:...workspaceIds)', { workspaceIds })
      .getOne();
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<OrganizationEntity | null> {
    return manager.getRepository(OrganizationEntity).findOneBy({ id });
  }

  /** A page ordered by name then id, with the total of the whole filtered list. */
  async list(query: OrganizationListQuery): Promise<OrganizationPage> {
    const base = this.dataSource.manager
      .getRepository(OrganizationEntity)
      .createQueryBuilder('organization')
      .where('organization.workspaceId = :workspaceId', { workspaceId: query.workspaceId });
    if (!query.includeArchived) base.andWhere('organization.archivedAt IS NULL');
    if (query.search) base.andWhere("LOWER(organization.name) LIKE :pattern ESCAPE '\\'", { pattern: likePattern(query.search) });
    const totalCount = await base.clone().getCount();
    const page = base.clone();
    if (query.after) {
      page.andWhere('(organization.name > :afterName OR (organization.name = :afterName AND organization.id > :afterId))', {
        afterName: query.after.name,
        afterId: query.after.id,
      });
    }
    const rows = await page
      .orderBy('organization.name', 'ASC')
      .addOrderBy('organization.id', 'ASC')
      .take(query.first + 1)
      .getMany();
    return { rows: rows.slice(0, query.first), hasNextPage: rows.length > query.first, totalCount };
  }

  /** Inserts without reading the row back (the caller knows every value it wrote). */
  async insert(manager: EntityManager, organization: Omit<OrganizationEntity, 'createdAt' | 'updatedAt' | 'workspace'> & { createdAt?: Date; updatedAt?: Date }): Promise<void> {
    await manager.createQueryBuilder().insert().into(OrganizationEntity).values(organization).updateEntity(false).execute();
  }

  async update(id: string, changes: Partial<Pick<OrganizationEntity, 'name' | 'industry' | 'size' | 'country' | 'notes' | 'archivedAt'>>): Promise<void> {
    await this.dataSource.manager.getRepository(OrganizationEntity).update({ id }, changes);
  }
}
