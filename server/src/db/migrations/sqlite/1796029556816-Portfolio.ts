import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Portfolio: each client's latest scored check-up and its dimension scores as rows (backfilled), indexes for name order and newest check-up. */

export class Portfolio1796029556816 implements MigrationInterface {
  name = 'Portfolio1796029556816';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"organization_latest_dimension_score\" (\"organization_id\" varchar(36) NOT NULL, \"dimension_id\" varchar(100) NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"score\" double precision, PRIMARY KEY (\"organization_id\", \"dimension_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_latest_dimension_workspace_score\" ON \"organization_latest_dimension_score\" (\"workspace_id\", \"dimension_id\", \"score\", \"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"organization_latest_result\" (\"organization_id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"overall_score\" double precision, \"maturity_level\" integer, \"holism_index\" double precision, \"customer_focus_stage\" integer, \"relationship_model\" varchar(30), \"scored_at\" datetime NOT NULL, \"previous_assessment_id\" varchar(36), \"previous_overall_score\" double precision, \"change\" double precision)");
    await queryRunner.query("CREATE INDEX \"ix_latest_result_workspace_change\" ON \"organization_latest_result\" (\"workspace_id\", \"change\") ");
    await queryRunner.query("CREATE INDEX \"ix_latest_result_workspace_level\" ON \"organization_latest_result\" (\"workspace_id\", \"maturity_level\") ");
    await queryRunner.query("CREATE INDEX \"ix_latest_result_workspace_overall\" ON \"organization_latest_result\" (\"workspace_id\", \"overall_score\") ");
    await queryRunner.query("CREATE INDEX \"ix_organization_workspace_name\" ON \"organization\" (\"workspace_id\", \"name\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"ix_assessment_organization_created\" ON \"assessment\" (\"organization_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"ix_latest_dimension_workspace_score\"");
    await queryRunner.query("CREATE TABLE \"temporary_organization_latest_dimension_score\" (\"organization_id\" varchar(36) NOT NULL, \"dimension_id\" varchar(100) NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"score\" double precision, CONSTRAINT \"FK_6cde0fa8becfa3d931717c0d373\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"organization_id\", \"dimension_id\"))");
    await queryRunner.query("INSERT INTO \"temporary_organization_latest_dimension_score\"(\"organization_id\", \"dimension_id\", \"workspace_id\", \"score\") SELECT \"organization_id\", \"dimension_id\", \"workspace_id\", \"score\" FROM \"organization_latest_dimension_score\"");
    await queryRunner.query("DROP TABLE \"organization_latest_dimension_score\"");
    await queryRunner.query("ALTER TABLE \"temporary_organization_latest_dimension_score\" RENAME TO \"organization_latest_dimension_score\"");
    await queryRunner.query("CREATE INDEX \"ix_latest_dimension_workspace_score\" ON \"organization_latest_dimension_score\" (\"workspace_id\", \"dimension_id\", \"score\", \"organization_id\") ");
    await queryRunner.query("DROP INDEX \"ix_latest_result_workspace_change\"");
    await queryRunner.query("DROP INDEX \"ix_latest_result_workspace_level\"");
    await queryRunner.query("DROP INDEX \"ix_latest_result_workspace_overall\"");
    await queryRunner.query("CREATE TABLE \"temporary_organization_latest_result\" (\"organization_id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"overall_score\" double precision, \"maturity_level\" integer, \"holism_index\" double precision, \"customer_focus_stage\" integer, \"relationship_model\" varchar(30), \"scored_at\" datetime NOT NULL, \"previous_assessment_id\" varchar(36), \"previous_overall_score\" double precision, \"change\" double precision, CONSTRAINT \"FK_93a6b1495f6c6455ab89ecd1cbd\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_e783e975dfe342b5dea1d981015\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_organization_latest_result\"(\"organization_id\", \"workspace_id\", \"assessment_id\", \"overall_score\", \"maturity_level\", \"holism_index\", \"customer_focus_stage\", \"relationship_model\", \"scored_at\", \"previous_assessment_id\", \"previous_overall_score\", \"change\") SELECT \"organization_id\", \"workspace_id\", \"assessment_id\", \"overall_score\", \"maturity_level\", \"holism_index\", \"customer_focus_stage\", \"relationship_model\", \"scored_at\", \"previous_assessment_id\", \"previous_overall_score\", \"change\" FROM \"organization_latest_result\"");
    await queryRunner.query("DROP TABLE \"organization_latest_result\"");
    await queryRunner.query("ALTER TABLE \"temporary_organization_latest_result\" RENAME TO \"organization_latest_result\"");
    await queryRunner.query("CREATE INDEX \"ix_latest_result_workspace_change\" ON \"organization_latest_result\" (\"workspace_id\", \"change\") ");
    await queryRunner.query("CREATE INDEX \"ix_latest_result_workspace_level\" ON \"organization_latest_result\" (\"workspace_id\", \"maturity_level\") ");
    await queryRunner.query("CREATE INDEX \"ix_latest_result_workspace_overall\" ON \"organization_latest_result\" (\"workspace_id\", \"overall_score\") ");
    // Backfill: every client of a consultant workspace with a scored check-up gets its latest-result rows,
    // as LatestResultRepository.refresh would write them (relationship left null: it needs the answers;
    // the next scoring fills it). Self-assessments have no portfolio.
    await queryRunner.query("WITH snap AS (SELECT s.assessment_id, s.created_at, s.score, s.respondent_count, ROW_NUMBER() OVER (PARTITION BY s.assessment_id ORDER BY s.created_at DESC, s.id DESC) AS rn FROM result_snapshot s), scored AS (SELECT a.organization_id, a.workspace_id, a.id AS assessment_id, snap.created_at AS scored_at, snap.score, ROW_NUMBER() OVER (PARTITION BY a.organization_id ORDER BY a.created_at DESC, snap.created_at DESC, a.id DESC) AS pos FROM assessment a INNER JOIN snap ON snap.assessment_id = a.id AND snap.rn = 1 WHERE snap.respondent_count > 0 AND a.workspace_id <> '00000000-0000-4000-8000-000000000001') INSERT INTO organization_latest_result (organization_id, workspace_id, assessment_id, overall_score, maturity_level, holism_index, customer_focus_stage, relationship_model, scored_at, previous_assessment_id, previous_overall_score, change) SELECT cur.organization_id, cur.workspace_id, cur.assessment_id, json_extract(cur.score, '$.overallScore'), json_extract(cur.score, '$.maturityLevel'), json_extract(cur.score, '$.holismIndex'), json_extract(cur.score, '$.customerFocusStage'), NULL, cur.scored_at, prev.assessment_id, json_extract(prev.score, '$.overallScore'), ROUND(json_extract(cur.score, '$.overallScore') - json_extract(prev.score, '$.overallScore'), 1) FROM scored cur LEFT JOIN scored prev ON prev.organization_id = cur.organization_id AND prev.pos = 2 WHERE cur.pos = 1");
    await queryRunner.query("WITH snap AS (SELECT s.assessment_id, s.created_at, s.score, s.respondent_count, ROW_NUMBER() OVER (PARTITION BY s.assessment_id ORDER BY s.created_at DESC, s.id DESC) AS rn FROM result_snapshot s), scored AS (SELECT a.organization_id, a.workspace_id, a.id AS assessment_id, snap.created_at AS scored_at, snap.score, ROW_NUMBER() OVER (PARTITION BY a.organization_id ORDER BY a.created_at DESC, snap.created_at DESC, a.id DESC) AS pos FROM assessment a INNER JOIN snap ON snap.assessment_id = a.id AND snap.rn = 1 WHERE snap.respondent_count > 0 AND a.workspace_id <> '00000000-0000-4000-8000-000000000001') INSERT INTO organization_latest_dimension_score (organization_id, dimension_id, workspace_id, score) SELECT cur.organization_id, json_extract(e.value, '$.dimensionId'), cur.workspace_id, json_extract(e.value, '$.score') FROM scored cur, json_each(cur.score, '$.dimensions') e WHERE cur.pos = 1");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_latest_result_workspace_overall\"");
    await queryRunner.query("DROP INDEX \"ix_latest_result_workspace_level\"");
    await queryRunner.query("DROP INDEX \"ix_latest_result_workspace_change\"");
    await queryRunner.query("ALTER TABLE \"organization_latest_result\" RENAME TO \"temporary_organization_latest_result\"");
    await queryRunner.query("CREATE TABLE \"organization_latest_result\" (\"organization_id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"overall_score\" double precision, \"maturity_level\" integer, \"holism_index\" double precision, \"customer_focus_stage\" integer, \"relationship_model\" varchar(30), \"scored_at\" datetime NOT NULL, \"previous_assessment_id\" varchar(36), \"previous_overall_score\" double precision, \"change\" double precision)");
    await queryRunner.query("INSERT INTO \"organization_latest_result\"(\"organization_id\", \"workspace_id\", \"assessment_id\", \"overall_score\", \"maturity_level\", \"holism_index\", \"customer_focus_stage\", \"relationship_model\", \"scored_at\", \"previous_assessment_id\", \"previous_overall_score\", \"change\") SELECT \"organization_id\", \"workspace_id\", \"assessment_id\", \"overall_score\", \"maturity_level\", \"holism_index\", \"customer_focus_stage\", \"relationship_model\", \"scored_at\", \"previous_assessment_id\", \"previous_overall_score\", \"change\" FROM \"temporary_organization_latest_result\"");
    await queryRunner.query("DROP TABLE \"temporary_organization_latest_result\"");
    await queryRunner.query("CREATE INDEX \"ix_latest_result_workspace_overall\" ON \"organization_latest_result\" (\"workspace_id\", \"overall_score\") ");
    await queryRunner.query("CREATE INDEX \"ix_latest_result_workspace_level\" ON \"organization_latest_result\" (\"workspace_id\", \"maturity_level\") ");
    await queryRunner.query("CREATE INDEX \"ix_latest_result_workspace_change\" ON \"organization_latest_result\" (\"workspace_id\", \"change\") ");
    await queryRunner.query("DROP INDEX \"ix_latest_dimension_workspace_score\"");
    await queryRunner.query("ALTER TABLE \"organization_latest_dimension_score\" RENAME TO \"temporary_organization_latest_dimension_score\"");
    await queryRunner.query("CREATE TABLE \"organization_latest_dimension_score\" (\"organization_id\" varchar(36) NOT NULL, \"dimension_id\" varchar(100) NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"score\" double precision, PRIMARY KEY (\"organization_id\", \"dimension_id\"))");
    await queryRunner.query("INSERT INTO \"organization_latest_dimension_score\"(\"organization_id\", \"dimension_id\", \"workspace_id\", \"score\") SELECT \"organization_id\", \"dimension_id\", \"workspace_id\", \"score\" FROM \"temporary_organization_latest_dimension_score\"");
    await queryRunner.query("DROP TABLE \"temporary_organization_latest_dimension_score\"");
    await queryRunner.query("CREATE INDEX \"ix_latest_dimension_workspace_score\" ON \"organization_latest_dimension_score\" (\"workspace_id\", \"dimension_id\", \"score\", \"organization_id\") ");
    await queryRunner.query("DROP INDEX \"ix_assessment_organization_created\"");
    await queryRunner.query("DROP INDEX \"ix_organization_workspace_name\"");
    await queryRunner.query("DROP INDEX \"ix_latest_result_workspace_overall\"");
    await queryRunner.query("DROP INDEX \"ix_latest_result_workspace_level\"");
    await queryRunner.query("DROP INDEX \"ix_latest_result_workspace_change\"");
    await queryRunner.query("DROP TABLE \"organization_latest_result\"");
    await queryRunner.query("DROP INDEX \"ix_latest_dimension_workspace_score\"");
    await queryRunner.query("DROP TABLE \"organization_latest_dimension_score\"");
  }
}
