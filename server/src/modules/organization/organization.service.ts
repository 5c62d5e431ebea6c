import { BadUserInputError } from '@omcheck/shared';
import { newId } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import type { OrganizationEntity } from './organization.entity.js';
import { type OrganizationFields, decodeCursor, encodeCursor, validateOrganizationFields } from './organization-input.js';
import type { OrganizationRepository } from './organization.repository.js';

export interface OrganizationListRequest {
  workspaceId: string;
  search: string | null;
  first: number | null;
  after: string | null;
  includeArchived: boolean;
}

export interface OrganizationList {
  nodes: OrganizationEntity[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

const MAX_PAGE = 100;

/** A consultant's client organisations: create, edit, archive, list. */
export class OrganizationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly organizations: OrganizationRepository,
    private readonly access: AccessGuard,
  ) {}

  async list(actor: Actor | null, request: OrganizationListRequest): Promise<OrganizationList> {
    this.access.workspace(actor, request.workspaceId, 'read');
    const first = request.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw new BadUserInputError(`Ask for 1 to ${MAX_PAGE} clients at a time.`, [{ field: 'first', message: `Between 1 and ${MAX_PAGE}.` }]);
    }
    const search = request.search?.trim().slice(0, 200) || null;
    const page = await this.organizations.list({
      workspaceId: request.workspaceId,
      search,
      includeArchived: request.includeArchived,
      first,
      after: request.after ? decodeCursor(request.after) : null,
    });
    const last = page.rows.at(-1);
    return {
      nodes: page.rows,
      hasNextPage: page.hasNextPage,
      endCursor: last ? encodeCursor(last.name ?? '', last.id) : null,
      totalCount: page.totalCount,
    };
  }

  async get(actor: Actor | null, id: string): Promise<OrganizationEntity> {
    return (await this.access.organization(actor, id, 'read')).organization;
  }

  async create(actor: Actor | null, workspaceId: string, input: OrganizationFields): Promise<OrganizationEntity> {
    this.access.workspace(actor, workspaceId, 'write');
    const fields = validateOrganizationFields(input);
    const id = newId();
    await this.transactions.single((manager) => this.organizations.insert(manager, { id, workspaceId, ...fields, archivedAt: null }));
    return (await this.organizations.findById(id))!;
  }

  async update(actor: Actor | null, id: string, input: OrganizationFields): Promise<OrganizationEntity> {
    await this.access.organization(actor, id, 'write');
    const fields = validateOrganizationFields(input);
    await this.transactions.single(() => this.organizations.update(id, fields));
    return (await this.organizations.findById(id))!;
  }

  async archive(actor: Actor | null, id: string, archived: boolean, now = new Date()): Promise<OrganizationEntity> {
    const { organization } = await this.access.organization(actor, id, 'write');
    if (archived !== (organization.archivedAt !== null)) {
      await this.transactions.single(() => this.organizations.update(id, { archivedAt: archived ? now : null }));
    }
    return (await this.organizations.findById(id))!;
  }
}
