import { latestCheckupsOf, type AssessmentScore, type RelationshipModel } from '@omcheck/shared';
import type { EntityManager } from 'typeorm';
import { bulkInsert } from '../../db/bulk-insert.js';
import { type Dialect, dateParam, dialectOf, placeholders, readDate } from '../../db/dialect-sql.js';

/** What the snapshot just written says about the relationship (classified from its answers). */
export interface ScoredNow {
  assessmentId: string;
  relationshipModel: RelationshipModel | null;
}

/** A client's latest-result row and its dimension scores, as written. */
export interface LatestResultRow {
  organizationId: string;
  workspaceId: string;
  assessmentId: string;
  overallScore: number | null;
  maturityLevel: number | null;
  holismIndex: number | null;
  customerFocusStage: number | null;
  relationshipModel: RelationshipModel | null;
  scoredAt: Date;
  previousAssessmentId: string | null;
  previousOverallScore: number | null;
  change: number | null;
  dimensions: ReadonlyArray<{ dimensionId: string; score: number | null }>;
}

// Each check-up of the client with its newest snapshot (ties of time broken by id, as findLatest does).
const CHECKUPS_OF_ORGANIZATION =
  'SELECT a.id, a.created_at, s.created_at AS scored_at, s.respondent_count, s.score FROM assessment a ' +
  'INNER JOIN result_snapshot s ON s.assessment_id = a.id WHERE a.organization_id = ? AND NOT EXISTS (' +
  'SELECT 1 FROM result_snapshot n WHERE n.assessment_id = s.assessment_id AND (n.created_at > s.created_at OR (n.created_at = s.created_at AND n.id > s.id)))';

const LATEST_COLUMNS = [
  'organization_id', 'workspace_id', 'assessment_id', 'overall_score', 'maturity_level', 'holism_index', 'customer_focus_stage',
  'relationship_model', 'scored_at', 'previous_assessment_id', 'previous_overall_score', 'change',
] as const;

// When an older check-up was re-scored the latest one's relationship is not known here: keep it.
const UPSERT_LATEST =
  `INSERT INTO organization_latest_result (${LATEST_COLUMNS.join(', ')}) VALUES (${LATEST_COLUMNS.map(() => '?').join(', ')}) ` +
  'ON CONFLICT (organization_id) DO UPDATE SET workspace_id = excluded.workspace_id, assessment_id = excluded.assessment_id, ' +
  'overall_score = excluded.overall_score, maturity_level = excluded.maturity_level, holism_index = excluded.holism_index, ' +
  'customer_focus_stage = excluded.customer_focus_stage, scored_at = excluded.scored_at, previous_assessment_id = excluded.previous_assessment_id, ' +
  'previous_overall_score = excluded.previous_overall_score, change = excluded.change, relationship_model = CASE ' +
  'WHEN ? = 1 AND organization_latest_result.assessment_id = excluded.assessment_id THEN organization_latest_result.relationship_model ' +
  'ELSE excluded.relationship_model END';

const parseScore = (value: unknown): AssessmentScore => (typeof value === 'string' ? JSON.parse(value) : value) as AssessmentScore;

function latestValues(row: LatestResultRow, dialect: Dialect): unknown[] {
  return [
    row.organizationId, row.workspaceId, row.assessmentId, row.overallScore, row.maturityLevel, row.holismIndex, row.customerFocusStage,
    row.relationshipModel, dateParam(row.scoredAt, dialect), row.previousAssessmentId, row.previousOverallScore, row.change,
  ];
}

/**
 * Keeps each client's latest-result rows in step with its snapshots: called in the transaction
 * that writes a snapshot, it re-reads the client's check-ups (a handful) and rewrites its rows,
 * so re-scoring an older check-up or revoking every respondent is handled the same way. Four
 * statements whatever the number of respondents or recommendations.
 */
export class LatestResultRepository {
  async refresh(manager: EntityManager, organizationId: string, workspaceId: string, scoredNow: ScoredNow): Promise<void> {
    const dialect = dialectOf(manager);
    const rows: Array<Record<string, unknown>> = await manager.query(placeholders(CHECKUPS_OF_ORGANIZATION, dialect), [organizationId]);
    const checkups = rows.map((row) => ({
      assessmentId: String(row.id),
      createdAt: readDate(row.created_at),
      scoredAt: readDate(row.scored_at),
      score: parseScore(row.score),
      scored: Number(row.respondent_count) > 0,
      overallScore: null as number | null,
    }));
    for (const checkup of checkups) checkup.overallScore = checkup.score.overallScore;
    const { latest, previous, change } = latestCheckupsOf(checkups);
    if (!latest) {
      await manager.query(placeholders('DELETE FROM organization_latest_result WHERE organization_id = ?', dialect), [organizationId]);
      await manager.query(placeholders('DELETE FROM organization_latest_dimension_score WHERE organization_id = ?', dialect), [organizationId]);
      return;
    }
    const known = latest.assessmentId === scoredNow.assessmentId;
    const row: LatestResultRow = {
      organizationId,
      workspaceId,
      assessmentId: latest.assessmentId,
      overallScore: latest.score.overallScore,
      maturityLevel: latest.score.maturityLevel,
      holismIndex: latest.score.holismIndex,
      customerFocusStage: latest.score.customerFocusStage,
      relationshipModel: known ? scoredNow.relationshipModel : null,
      scoredAt: latest.scoredAt,
      previousAssessmentId: previous?.assessmentId ?? null,
      previousOverallScore: previous?.overallScore ?? null,
      change,
      dimensions: latest.score.dimensions,
    };
    await manager.query(placeholders(UPSERT_LATEST, dialect), [...latestValues(row, dialect), known ? 0 : 1]);
    await manager.query(placeholders('DELETE FROM organization_latest_dimension_score WHERE organization_id = ?', dialect), [organizationId]);
    await this.insertDimensions(manager, [row]);
  }

  /** Writes rows of clients that have none yet, in bulk (the portfolio seeder). */
  async insertMany(manager: EntityManager, rows: readonly LatestResultRow[]): Promise<void> {
    const dialect = dialectOf(manager);
    await bulkInsert(manager, 'organization_latest_result', LATEST_COLUMNS, rows.map((row) => latestValues(row, dialect)));
    await this.insertDimensions(manager, rows);
  }

  private insertDimensions(manager: EntityManager, rows: readonly LatestResultRow[]): Promise<void> {
    return bulkInsert(
      manager,
      'organization_latest_dimension_score',
      ['organization_id', 'dimension_id', 'workspace_id', 'score'],
      rows.flatMap((row) => row.dimensions.map((d) => [row.organizationId, d.dimensionId, row.workspaceId, d.score])),
    );
  }
}
