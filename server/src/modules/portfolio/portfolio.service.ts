import {
  BadUserInputError, DEFAULT_QUESTIONNAIRE_KEY, levelCounts, localize, scoreBuckets, sortedScores, spreadOf,
  type Locale, type ScoreSpread,
} from '@omcheck/shared';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { PortfolioCheckup, PortfolioRepository } from './portfolio.repository.js';
import {
  type PortfolioFilterRequest, type PortfolioOrder, cleanPortfolioFilter, decodePortfolioCursor, encodePortfolioCursor,
} from './portfolio-query.js';
import type { OrganizationEntity } from '../organization/organization.entity.js';

export interface PortfolioRequest {
  workspaceId: string;
  filter: PortfolioFilterRequest | null;
  order: PortfolioOrder | null;
  first: number | null;
  after: string | null;
}

export interface PortfolioEntry {
  organization: OrganizationEntity;
  latest: PortfolioCheckup | null;
  change: number | null;
  lastActivityAt: Date;
  checkupCount: number;
}

export interface PortfolioPage {
  entries: PortfolioEntry[];
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number;
}

export interface PortfolioDistribution {
  clientCount: number;
  scoredCount: number;
  levels: Array<{ level: number; count: number }>;
  scoreBuckets: Array<{ from: number; to: number; count: number }>;
  dimensions: Array<ScoreSpread & { dimensionId: string; title: string }>;
}

const MAX_PAGE = 100;
const DEFAULT_ORDER: PortfolioOrder = { field: 'NAME', direction: 'ASC' };

const newest = (...dates: Array<Date | null | undefined>): Date =>
  new Date(Math.max(...dates.filter((d): d is Date => d instanceof Date).map((d) => d.getTime())));

/** The workspace's clients with their latest scored check-up, and the spread of their scores. */
export class PortfolioService {
  constructor(
    private readonly portfolio: PortfolioRepository,
    private readonly questionnaires: QuestionnaireService,
    private readonly access: AccessGuard,
  ) {}

  /** A page of clients in the asked order (name A–Z by default), with the total of the filtered list. */
  async list(actor: Actor | null, request: PortfolioRequest): Promise<PortfolioPage> {
    this.access.workspace(actor, request.workspaceId, 'read');
    const first = request.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw new BadUserInputError(`Ask for 1 to ${MAX_PAGE} clients at a time.`, [{ field: 'first', message: `Between 1 and ${MAX_PAGE}.` }]);
    }
    const filter = cleanPortfolioFilter(request.filter);
    const order = request.order ?? DEFAULT_ORDER;
    const after = request.after ? decodePortfolioCursor(request.after, order) : null;
    const [page, totalCount] = await Promise.all([
      this.portfolio.page({ workspaceId: request.workspaceId, filter, order, first, after }),
      this.portfolio.count(request.workspaceId, filter),
    ]);
    const counts = await this.portfolio.checkupCounts(page.rows.map((row) => row.organization.id));
    const entries = page.rows.map((row) => {
      const checkups = counts.get(row.organization.id);
      return {
        organization: row.organization,
        latest: row.latest,
        change: row.change,
        lastActivityAt: newest(row.organization.createdAt, row.latest?.scoredAt, checkups?.newest),
        checkupCount: checkups?.count ?? 0,
      };
    });
    const last = page.rows.at(-1);
    return {
      entries,
      hasNextPage: page.hasNextPage,
      endCursor: last ? encodePortfolioCursor({ ...order, key: last.sortKey, id: last.organization.id }) : null,
      totalCount,
    };
  }

  /** Levels, score buckets and per-dimension spread of the latest check-ups of the filtered clients. */
  async distribution(actor: Actor | null, workspaceId: string, rawFilter: PortfolioFilterRequest | null, locale: Locale): Promise<PortfolioDistribution> {
    this.access.workspace(actor, workspaceId, 'read');
    const filter = cleanPortfolioFilter(rawFilter);
    const [clientCount, levels, lists] = await Promise.all([
      this.portfolio.count(workspaceId, filter),
      this.portfolio.levelCounts(workspaceId, filter),
      this.portfolio.scoreLists(workspaceId, this.portfolio.filteredSql(workspaceId, filter)),
    ]);
    const questionnaire = this.questionnaires.get(DEFAULT_QUESTIONNAIRE_KEY);
    return {
      clientCount,
      scoredCount: lists.count,
      levels: levelCounts(levels),
      scoreBuckets: scoreBuckets(lists.overall),
      dimensions: questionnaire.dimensions.map((dimension) => ({
        dimensionId: dimension.id,
        title: localize(dimension.title, locale),
        // Already ascending from the database; sortedScores keeps it safe.
        ...spreadOf(sortedScores(lists.dimensions.get(dimension.id) ?? [])),
      })),
    };
  }
}
