import { DEFAULT_QUESTIONNAIRE_KEY, findQuestionnaire } from '@omcheck/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { bulkLoad } from '../db/bulk-insert.js';
import { dateParam, dialectOf, placeholders } from '../db/dialect-sql.js';
import { hashToken, newToken, timeOrderedIds } from '../db/ids.js';
import { LatestResultRepository, type LatestResultRow } from '../modules/portfolio/latest-result.repository.js';
import type { Services } from '../services.js';
import { type GeneratedClient, generateClient, latestOfGenerated, randomSource } from './portfolio-generator.js';

export interface SeedPortfolioOptions {
  assessments: number;
  /** An existing workspace id, or null for a new one with its own owner. */
  workspaceId: string | null;
  seed: number;
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
}

export interface SeededPortfolio {
  workspaceId: string;
  /** The new workspace's owner; null when seeding into an existing workspace. */
  owner: { email: string; password: string } | null;
  clients: number;
  assessments: number;
  respondents: number;
  answers: number;
  seconds: number;
}

const CLIENTS_PER_TRANSACTION = 150;
export const SEED_OWNER_PASSWORD = 'portfolio-seed-2026';

/**
 * `omcheck seed:portfolio`: a realistic consultant workspace for benchmarks — thousands of clients
 * with one to five check-ups each (varied industries and sizes, several respondents answering
 * every question they are asked), scored with the real scoring, with snapshots, dimension rows,
 * recommendations and the portfolio's latest-result rows. Written with multi-row INSERTs, a
 * transaction per batch of clients.
 */
export async function seedPortfolio(dataSource: DataSource, services: Services, options: SeedPortfolioOptions): Promise<SeededPortfolio> {
  const started = Date.now();
  const questionnaire = findQuestionnaire(DEFAULT_QUESTIONNAIRE_KEY);
  if (!questionnaire) throw new Error('The built-in questionnaire is missing.');
  let owner: SeededPortfolio['owner'] = null;
  let workspaceId: string | null = options.workspaceId;
  if (!workspaceId) {
    const email = `portfolio.${newToken().slice(0, 8).toLowerCase()}@seed.omcheck.local`;
    const signedUp = await services.accounts.signUp({ name: 'Portfolio Seed', email, password: SEED_OWNER_PASSWORD, workspaceName: 'Portfolio benchmark', invitationToken: null });
    const [member] = await dataSource.query(placeholders('SELECT workspace_id FROM workspace_member WHERE user_id = ?', dialectOf(dataSource)), [signedUp.userId]);
    workspaceId = String(member.workspace_id);
    owner = { email, password: SEED_OWNER_PASSWORD };
  } else {
    const [row] = await dataSource.query(placeholders('SELECT id FROM workspace WHERE id = ?', dialectOf(dataSource)), [workspaceId]);
    if (!row) throw new Error(`There is no workspace ${workspaceId}.`);
  }
  const random = randomSource(options.seed);
  const nextId = timeOrderedIds();
  const now = new Date();
  const latest = new LatestResultRepository();
  const totals = { clients: 0, assessments: 0, respondents: 0, answers: 0 };
  let batch: GeneratedClient[] = [];
  // On PostgreSQL two batches are written at once, on two connections: while the server inserts
  // one, this process prepares the other (each waited on the other before). SQLite has one
  // connection and works in this process anyway.
  const parallel = dialectOf(dataSource) === 'postgres' ? 2 : 1;
  const writing = new Set<Promise<void>>();
  const failures: unknown[] = [];
  const flush = async () => {
    while (writing.size >= parallel) await Promise.race(writing);
    if (failures.length > 0) throw failures[0];
    if (batch.length === 0) return;
    const clients = batch;
    const done = `${totals.assessments}/${options.assessments} check-ups, ${totals.answers} answers`;
    batch = [];
    const write: Promise<void> = dataSource
      .transaction((manager) => writeClients(manager, workspaceId!, clients, latest, questionnaire.version, nextId))
      .then(
        () => options.progress?.(`${done}, ${Math.round((Date.now() - started) / 1000)} s`),
        (error: unknown) => void failures.push(error),
      )
      .finally(() => writing.delete(write));
    writing.add(write);
  };
  while (totals.assessments < options.assessments) {
    const count = Math.min(1 + Math.floor(random() * 5), options.assessments - totals.assessments);
    const client = generateClient(questionnaire, random, nextId, totals.clients, count, now);
    totals.clients += 1;
    totals.assessments += count;
    for (const checkup of client.checkups) {
      totals.respondents += checkup.respondents.length;
      for (const respondent of checkup.respondents) totals.answers += respondent.answers.length;
    }
    batch.push(client);
    if (batch.length >= CLIENTS_PER_TRANSACTION) await flush();
  }
  await flush();
  await Promise.all(writing);
  if (failures.length > 0) throw failures[0];
  return { workspaceId: workspaceId!, owner, ...totals, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

async function writeClients(
  manager: EntityManager, workspaceId: string, clients: readonly GeneratedClient[], latest: LatestResultRepository, version: string, newId: () => string,
): Promise<void> {
  const dialect = dialectOf(manager);
  const date = (d: Date) => dateParam(d, dialect);
  const bool = (b: boolean) => (dialect === 'sqlite' ? (b ? 1 : 0) : b);
  const checkups = clients.flatMap((client) => client.checkups.map((checkup) => ({ client, checkup })));
  await bulkLoad(manager, 'organization', ['id', 'workspace_id', 'name', 'industry', 'size', 'country', 'notes', 'archived_at', 'created_at', 'updated_at'],
    clients.map((c) => [c.id, workspaceId, c.name, c.industry, c.size, null, null, null, date(c.createdAt), date(c.createdAt)]));
  await bulkLoad(manager, 'assessment', [
    'id', 'workspace_id', 'organization_id', 'questionnaire_key', 'questionnaire_version', 'kind', 'status', 'title', 'locale', 'closed_at',
    'min_group_size', 'desired_relationship_model', 'targets', 'created_at', 'updated_at',
  ], checkups.map(({ client, checkup }) => [
    checkup.id, workspaceId, client.id, DEFAULT_QUESTIONNAIRE_KEY, version, 'CONSULTANT', checkup.scoredAt ? 'CLOSED' : 'OPEN', checkup.title, 'en',
    checkup.scoredAt ? date(checkup.scoredAt) : null, 3, null, null, date(checkup.createdAt), date(checkup.scoredAt ?? checkup.createdAt),
  ]));
  await bulkLoad(manager, 'respondent', ['id', 'assessment_id', 'role', 'locale', 'label', 'token_hash', 'submitted_at', 'revoked_at', 'created_at'],
    checkups.flatMap(({ checkup }) => checkup.respondents.map((r) => [
      r.id, checkup.id, r.role, 'en', null, hashToken(newToken()), checkup.scoredAt ? date(checkup.scoredAt) : null, null, date(checkup.createdAt),
    ])));
  await bulkLoad(manager, 'answer', ['id', 'respondent_id', 'assessment_id', 'question_id', 'option_id', 'option_ids', 'text', 'comment', 'updated_at'],
    checkups.flatMap(({ checkup }) => {
      const answeredAt = date(checkup.scoredAt ?? checkup.createdAt);
      return checkup.respondents.flatMap((r) => r.answers.map((a) => [newId(), r.id, checkup.id, a.questionId, a.optionId ?? null, null, null, null, answeredAt]));
    }));
  const scored = checkups.filter(({ checkup }) => checkup.score && checkup.scoredAt);
  const snapshotIds = new Map(scored.map(({ checkup }) => [checkup.id, newId()]));
  await bulkLoad(manager, 'result_snapshot', ['id', 'assessment_id', 'scoring_version', 'questionnaire_key', 'questionnaire_version', 'respondent_count', 'score', 'created_at'],
    scored.map(({ checkup }) => [
      snapshotIds.get(checkup.id)!, checkup.id, checkup.score!.scoringVersion, DEFAULT_QUESTIONNAIRE_KEY, version, checkup.respondents.length,
      JSON.stringify(checkup.score), date(checkup.scoredAt!),
    ]));
  await bulkLoad(manager, 'result_dimension_score', ['snapshot_id', 'dimension_id', 'assessment_id', 'score', 'coverage'],
    scored.flatMap(({ checkup }) => checkup.score!.dimensions.map((d) => [snapshotIds.get(checkup.id)!, d.dimensionId, checkup.id, d.score, d.coverage])));
  await bulkLoad(manager, 'recommendation', [
    'id', 'assessment_id', 'rule_id', 'dimension_id', 'status', 'horizon', 'impact', 'priority', 'active', 'custom_title', 'custom_body',
    'dismiss_reason', 'evidence', 'created_at', 'updated_at',
  ], scored.flatMap(({ checkup }) => checkup.recommendations.map((r) => [
    newId(), checkup.id, r.ruleId, r.dimensionId, 'PROPOSED', r.horizon, r.impact, r.priority, bool(true), null, null, null,
    JSON.stringify(r.evidence), date(checkup.scoredAt!), date(checkup.scoredAt!),
  ])));
  const rows: LatestResultRow[] = [];
  for (const client of clients) {
    const { latest: newest, previous, change } = latestOfGenerated(client);
    if (!newest) continue;
    const score = newest.checkup.score!;
    rows.push({
      organizationId: client.id, workspaceId, assessmentId: newest.assessmentId, overallScore: score.overallScore, maturityLevel: score.maturityLevel,
      holismIndex: score.holismIndex, customerFocusStage: score.customerFocusStage, relationshipModel: newest.checkup.relationshipModel,
      scoredAt: newest.scoredAt, previousAssessmentId: previous?.assessmentId ?? null, previousOverallScore: previous?.overallScore ?? null, change,
      dimensions: score.dimensions,
    });
  }
  await latest.insertMany(manager, rows);
}
