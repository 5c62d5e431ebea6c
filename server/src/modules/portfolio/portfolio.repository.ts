import type { RelationshipModel } from '@omcheck/shared';
import type { DataSource } from 'typeorm';
import { type Dialect, readDate, readNumber } from '../../db/dialect-sql.js';
import { RawSql, type RawRow } from '../../db/raw-sql.js';
import type { OrganizationEntity } from '../organization/organization.entity.js';
import type { OrderDirection, PortfolioCursor, PortfolioFilter, PortfolioOrder, PortfolioOrderField } from './portfolio-query.js';

/** A client's latest scored check-up, from its latest-result row. */
export interface PortfolioCheckup {
  assessmentId: string;
  title: string | null;
  overallScore: number | null;
  maturityLevel: number | null;
  holismIndex: number | null;
  customerFocusStage: number | null;
  relationshipModel: RelationshipModel | null;
  scoredAt: Date;
}

export interface PortfolioRow {
  organization: OrganizationEntity;
  latest: PortfolioCheckup | null;
  change: number | null;
  /** The value the page is sorted by, as the cursor carries it. */
  sortKey: string | number | null;
}

export interface PortfolioPageQuery {
  workspaceId: string;
  filter: PortfolioFilter;
  order: PortfolioOrder;
  first: number;
  after: PortfolioCursor | null;
}

const FROM = 'FROM organization o LEFT JOIN organization_latest_result l ON l.organization_id = o.id';

/**
 * The newest of the client's creation, its newest check-up's opening and its latest scoring.
 * SQLite compares its UTC text dates; MAX(a, b, c) there is GREATEST elsewhere.
 */
function lastActivitySql(dialect: Dialect): string {
  const newestCheckup = '(SELECT MAX(a.created_at) FROM assessment a WHERE a.organization_id = o.id)';
  // SQLite keeps times as text: its column defaults write whole seconds ('10:00:00'), the server
  // milliseconds ('10:00:00.000'). MAX still picks the latest instant, but the key is rewritten in
  // one form, so equal instants tie (and fall to the id) instead of sorting by how they were written.
  return dialect === 'sqlite'
    ? `strftime('%Y-%m-%d %H:%M:%f', MAX(o.created_at, COALESCE(l.scored_at, o.created_at), COALESCE(${newestCheckup}, o.created_at)))`
    : `GREATEST(o.created_at, l.scored_at, ${newestCheckup})`;
}

function sortKeySql(field: PortfolioOrderField, dialect: Dialect): string {
  switch (field) {
    case 'NAME': return 'o.name';
    case 'OVERALL_SCORE': return 'l.overall_score';
    case 'MATURITY_LEVEL': return 'l.maturity_level';
    case 'CHANGE': return 'l.change';
    case 'LAST_ACTIVITY': return lastActivitySql(dialect);
  }
}

/** Escapes LIKE wildcards so a search for "50%" finds "50%", not everything. */
function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The WHERE clause of a filtered workspace, with its parameters. */
function whereOf(workspaceId: string, filter: PortfolioFilter): { sql: string; params: unknown[] } {
  const clauses = ['o.workspace_id = ?'];
  const params: unknown[] = [workspaceId];
  if (!filter.includeArchived) clauses.push('o.archived_at IS NULL');
  if (filter.industry) {
    clauses.push('LOWER(o.industry) = ?');
    params.push(filter.industry.toLowerCase());
  }
  if (filter.size) {
    clauses.push('LOWER(o.size) = ?');
    params.push(filter.size.toLowerCase());
  }
  if (filter.maturityLevel !== null) {
    clauses.push('l.maturity_level = ?');
    params.push(filter.maturityLevel);
  }
  if (filter.search) {
    clauses.push("LOWER(o.name) LIKE ? ESCAPE '\\'");
    params.push(likePattern(filter.search));
  }
  return { sql: `WHERE ${clauses.join(' AND ')}`, params };
}

/** Rows after the cursor in ORDER BY key direction NULLS LAST, id ASC; `param` is how the key is bound. */
function afterSql(key: string, direction: OrderDirection, cursor: PortfolioCursor, param: string): { sql: string; params: unknown[] } {
  if (cursor.key === null) return { sql: `(${key} IS NULL AND o.id > ?)`, params: [cursor.id] };
  const beyond = direction === 'ASC' ? '>' : '<';
  return { sql: `(${key} ${beyond} ${param} OR (${key} = ${param} AND o.id > ?) OR ${key} IS NULL)`, params: [cursor.key, cursor.key, cursor.id] };
}

const num = (value: unknown): number | null => readNumber(value);

function toOrganization(row: RawRow): OrganizationEntity {
  return {
    id: String(row.id),
    workspaceId: String(row.workspace_id),
    name: (row.name as string | null) ?? null,
    industry: (row.industry as string | null) ?? null,
    size: (row.size as string | null) ?? null,
    country: (row.country as string | null) ?? null,
    notes: (row.notes as string | null) ?? null,
    archivedAt: row.archived_at === null || row.archived_at === undefined ? null : readDate(row.archived_at),
    createdAt: readDate(row.created_at),
    updatedAt: readDate(row.updated_at),
  };
}

/**
 * The portfolio's reads: clients joined to their latest-result rows, paged by keyset (the sort
 * key and id of the last row, never OFFSET), and the latest scores of a workspace in index order.
 */
export class PortfolioRepository {
  private readonly sql: RawSql;

  constructor(dataSource: DataSource) {
    this.sql = new RawSql(dataSource);
  }

  get dialect(): Dialect {
    return this.sql.dialect;
  }

  /** The page's SQL, exposed so the benchmark can print its plan. */
  pageSql(query: PortfolioPageQuery): { sql: string; params: unknown[] } {
    const key = sortKeySql(query.order.field, this.dialect);
    // pg timestamps carry microseconds a JavaScript Date would drop: the cursor keeps their text.
    const pgTime = query.order.field === 'LAST_ACTIVITY' && this.dialect === 'postgres';
    const where = whereOf(query.workspaceId, query.filter);
    let sql = where.sql;
    const params = [...where.params];
    if (query.after) {
      const after = afterSql(key, query.order.direction, query.after, pgTime ? 'CAST(? AS timestamp)' : '?');
      sql += ` AND ${after.sql}`;
      params.push(...after.params);
    }
    return {
      sql:
        'SELECT o.id, o.workspace_id, o.name, o.industry, o.size, o.country, o.notes, o.archived_at, o.created_at, o.updated_at, ' +
        'l.assessment_id, la.title, l.overall_score, l.maturity_level, l.holism_index, l.customer_focus_stage, l.relationship_model, ' +
        `l.scored_at, l.change, ${pgTime ? `CAST(${key} AS text)` : key} AS sort_key ${FROM} LEFT JOIN assessment la ON la.id = l.assessment_id ${sql} ` +
        `ORDER BY ${key} ${query.order.direction} NULLS LAST, o.id ASC LIMIT ?`,
      params: [...params, query.first + 1],
    };
  }

  /** One page (first + 1 rows are read to know whether another page follows). */
  async page(query: PortfolioPageQuery): Promise<{ rows: PortfolioRow[]; hasNextPage: boolean }> {
    const { sql, params } = this.pageSql(query);
    const raw = await this.sql.all(sql, params);
    const rows = raw.slice(0, query.first).map((row) => ({
      organization: toOrganization(row),
      latest: row.assessment_id
        ? {
            assessmentId: String(row.assessment_id),
            title: (row.title as string | null) ?? null,
            overallScore: num(row.overall_score),
            maturityLevel: num(row.maturity_level),
            holismIndex: num(row.holism_index),
            customerFocusStage: num(row.customer_focus_stage),
            relationshipModel: (row.relationship_model as RelationshipModel | null) ?? null,
            scoredAt: readDate(row.scored_at),
          }
        : null,
      change: num(row.change),
      sortKey: this.encodeKey(query.order.field, row.sort_key),
    }));
    return { rows, hasNextPage: raw.length > query.first };
  }

  countSql(workspaceId: string, filter: PortfolioFilter): { sql: string; params: unknown[] } {
    const where = whereOf(workspaceId, filter);
    // The join is only needed to filter on the level.
    const from = filter.maturityLevel === null ? 'FROM organization o' : FROM;
    return { sql: `SELECT COUNT(*) AS n ${from} ${where.sql}`, params: where.params };
  }

  async count(workspaceId: string, filter: PortfolioFilter): Promise<number> {
    const { sql, params } = this.countSql(workspaceId, filter);
    const [row] = await this.sql.all(sql, params);
    return Number(row?.n ?? 0);
  }

  /** How many check-ups each client has and when the newest was opened. */
  async checkupCounts(organizationIds: readonly string[]): Promise<Map<string, { count: number; newest: Date }>> {
    const counts = new Map<string, { count: number; newest: Date }>();
    if (organizationIds.length === 0) return counts;
    const rows = await this.sql.all(
      `SELECT organization_id, COUNT(*) AS n, MAX(created_at) AS newest FROM assessment WHERE organization_id IN (${organizationIds.map(() => '?').join(', ')}) GROUP BY organization_id`,
      organizationIds,
    );
    for (const row of rows) counts.set(String(row.organization_id), { count: Number(row.n), newest: readDate(row.newest) });
    return counts;
  }

  /** How many of the clients a filter keeps stand at each maturity level (grouped in the database). */
  async levelCounts(workspaceId: string, filter: PortfolioFilter): Promise<Array<number | null>> {
    const where = whereOf(workspaceId, filter);
    const rows = await this.sql.arrays(
      `SELECT l.maturity_level, COUNT(*) FROM organization o INNER JOIN organization_latest_result l ON l.organization_id = o.id ${where.sql} GROUP BY l.maturity_level`,
      where.params,
    );
    return rows.flatMap(([level, count]) => Array<number | null>(Number(count)).fill(num(level)));
  }

  /**
   * Each dimension's latest scores of some clients of a workspace (`clients`: a subquery of
   * organization ids), ascending, plus their overall scores and how many clients have a latest
   * row. Aggregated in the database, one row per dimension, so thousands of scores cross the
   * wire as a few strings.
   */
  async scoreLists(workspaceId: string, clients: { sql: string; params: unknown[] }): Promise<{ count: number; overall: number[]; dimensions: Map<string, number[]> }> {
    const list = (column: string) => (this.dialect === 'sqlite'
      ? `group_concat(${column}, ',' ORDER BY ${column})`
      : `string_agg(CAST(${column} AS text), ',' ORDER BY ${column})`);
    const parse = (value: unknown): number[] => (value === null || value === undefined || value === '' ? [] : String(value).split(',').map(Number));
    const [overallRows, dimensionRows] = await Promise.all([
      this.sql.arrays(
        `SELECT COUNT(*), ${list('l.overall_score')} FROM organization_latest_result l WHERE l.workspace_id = ? AND l.organization_id IN (${clients.sql})`,
        [workspaceId, ...clients.params],
      ),
      this.sql.arrays(this.dimensionListsSql(workspaceId, clients).sql, this.dimensionListsSql(workspaceId, clients).params),
    ]);
    const [count, overall] = overallRows[0] ?? [0, null];
    return { count: Number(count), overall: parse(overall), dimensions: new Map(dimensionRows.map(([id, scores]) => [String(id), parse(scores)])) };
  }

  /** Each dimension's scores of some clients, ascending, one row per dimension (exposed for the benchmark's plans). */
  dimensionListsSql(workspaceId: string, clients: { sql: string; params: unknown[] }): { sql: string; params: unknown[] } {
    const list = this.dialect === 'sqlite' ? "group_concat(d.score, ',' ORDER BY d.score)" : "string_agg(CAST(d.score AS text), ',' ORDER BY d.score)";
    return {
      sql: `SELECT d.dimension_id, ${list} FROM organization_latest_dimension_score d ` +
        `WHERE d.workspace_id = ? AND d.score IS NOT NULL AND d.organization_id IN (${clients.sql}) GROUP BY d.dimension_id`,
      params: [workspaceId, ...clients.params],
    };
  }

  /** The other non-archived clients of a workspace, optionally of one industry (trimmed, case-insensitive). */
  peersSql(workspaceId: string, organizationId: string, industryKey: string | null): { sql: string; params: unknown[] } {
    const industry = industryKey ? ' AND LOWER(TRIM(o.industry)) = ?' : '';
    return {
      sql: `SELECT o.id FROM organization o WHERE o.workspace_id = ? AND o.archived_at IS NULL AND o.id <> ?${industry}`,
      params: industryKey ? [workspaceId, organizationId, industryKey] : [workspaceId, organizationId],
    };
  }

  /** The clients a portfolio filter keeps. */
  filteredSql(workspaceId: string, filter: PortfolioFilter): { sql: string; params: unknown[] } {
    const where = whereOf(workspaceId, filter);
    return { sql: `SELECT o.id ${FROM} ${where.sql}`, params: where.params };
  }

  private encodeKey(field: PortfolioOrderField, value: unknown): string | number | null {
    if (value === null || value === undefined) return null;
    if (value instanceof Date) return value.toISOString();
    if (field === 'NAME' || field === 'LAST_ACTIVITY') return String(value);
    return Number(value);
  }
}
