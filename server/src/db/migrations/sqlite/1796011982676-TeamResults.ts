import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Team results: check-up settings (minimum group size, desired relationship, targets), recommendation history and dismiss reasons, per-dimension score rows. */

export class TeamResults1796011982676 implements MigrationInterface {
  name = 'TeamResults1796011982676';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"recommendation_change\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"recommendation_id\" varchar(36) NOT NULL, \"user_id\" varchar(36), \"user_name\" varchar(200) NOT NULL, \"field\" varchar(40) NOT NULL, \"from_value\" text, \"to_value\" text, \"changed_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_recommendation_change_recommendation\" ON \"recommendation_change\" (\"recommendation_id\", \"changed_at\") ");
    await queryRunner.query("CREATE TABLE \"result_dimension_score\" (\"snapshot_id\" varchar(36) NOT NULL, \"dimension_id\" varchar(100) NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"score\" double precision, \"coverage\" double precision NOT NULL, PRIMARY KEY (\"snapshot_id\", \"dimension_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_result_dimension_score_assessment\" ON \"result_dimension_score\" (\"assessment_id\", \"dimension_id\") ");
    await queryRunner.query("DROP INDEX \"ix_assessment_workspace\"");
    await queryRunner.query("DROP INDEX \"ix_assessment_organization\"");
    await queryRunner.query("CREATE TABLE \"temporary_assessment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"questionnaire_key\" varchar(100) NOT NULL, \"questionnaire_version\" varchar(20) NOT NULL, \"kind\" varchar(20) NOT NULL, \"status\" varchar(20) NOT NULL, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"title\" varchar(200), \"locale\" varchar(5) NOT NULL DEFAULT ('en'), \"closed_at\" datetime, \"min_group_size\" integer NOT NULL DEFAULT (3), \"desired_relationship_model\" varchar(30), \"targets\" json, CONSTRAINT \"FK_40ad1407e4079ddb038b8cf787d\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_2f8bded1b93538471b579aa43c7\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_assessment\"(\"id\", \"workspace_id\", \"organization_id\", \"questionnaire_key\", \"questionnaire_version\", \"kind\", \"status\", \"created_at\", \"updated_at\", \"title\", \"locale\", \"closed_at\") SELECT \"id\", \"workspace_id\", \"organization_id\", \"questionnaire_key\", \"questionnaire_version\", \"kind\", \"status\", \"created_at\", \"updated_at\", \"title\", \"locale\", \"closed_at\" FROM \"assessment\"");
    await queryRunner.query("DROP TABLE \"assessment\"");
    await queryRunner.query("ALTER TABLE \"temporary_assessment\" RENAME TO \"assessment\"");
    await queryRunner.query("CREATE INDEX \"ix_assessment_workspace\" ON \"assessment\" (\"workspace_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_assessment_organization\" ON \"assessment\" (\"organization_id\") ");
    await queryRunner.query("DROP INDEX \"uq_recommendation_assessment_rule\"");
    await queryRunner.query("CREATE TABLE \"temporary_recommendation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"rule_id\" varchar(100), \"dimension_id\" varchar(100), \"status\" varchar(20) NOT NULL, \"horizon\" varchar(20) NOT NULL, \"impact\" integer NOT NULL, \"priority\" double precision NOT NULL, \"active\" boolean NOT NULL, \"custom_title\" text, \"custom_body\" text, \"evidence\" json NOT NULL, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"dismiss_reason\" text, CONSTRAINT \"FK_5ba048167ad9a6d2f8908fd6c54\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_recommendation\"(\"id\", \"assessment_id\", \"rule_id\", \"dimension_id\", \"status\", \"horizon\", \"impact\", \"priority\", \"active\", \"custom_title\", \"custom_body\", \"evidence\", \"created_at\", \"updated_at\") SELECT \"id\", \"assessment_id\", \"rule_id\", \"dimension_id\", \"status\", \"horizon\", \"impact\", \"priority\", \"active\", \"custom_title\", \"custom_body\", \"evidence\", \"created_at\", \"updated_at\" FROM \"recommendation\"");
    await queryRunner.query("DROP TABLE \"recommendation\"");
    await queryRunner.query("ALTER TABLE \"temporary_recommendation\" RENAME TO \"recommendation\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_recommendation_assessment_rule\" ON \"recommendation\" (\"assessment_id\", \"rule_id\") ");
    await queryRunner.query("DROP INDEX \"ix_recommendation_change_recommendation\"");
    await queryRunner.query("CREATE TABLE \"temporary_recommendation_change\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"recommendation_id\" varchar(36) NOT NULL, \"user_id\" varchar(36), \"user_name\" varchar(200) NOT NULL, \"field\" varchar(40) NOT NULL, \"from_value\" text, \"to_value\" text, \"changed_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_c7c52cad1195fd4a029fdf39caf\" FOREIGN KEY (\"recommendation_id\") REFERENCES \"recommendation\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_recommendation_change\"(\"id\", \"recommendation_id\", \"user_id\", \"user_name\", \"field\", \"from_value\", \"to_value\", \"changed_at\") SELECT \"id\", \"recommendation_id\", \"user_id\", \"user_name\", \"field\", \"from_value\", \"to_value\", \"changed_at\" FROM \"recommendation_change\"");
    await queryRunner.query("DROP TABLE \"recommendation_change\"");
    await queryRunner.query("ALTER TABLE \"temporary_recommendation_change\" RENAME TO \"recommendation_change\"");
    await queryRunner.query("CREATE INDEX \"ix_recommendation_change_recommendation\" ON \"recommendation_change\" (\"recommendation_id\", \"changed_at\") ");
    await queryRunner.query("DROP INDEX \"ix_result_dimension_score_assessment\"");
    await queryRunner.query("CREATE TABLE \"temporary_result_dimension_score\" (\"snapshot_id\" varchar(36) NOT NULL, \"dimension_id\" varchar(100) NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"score\" double precision, \"coverage\" double precision NOT NULL, CONSTRAINT \"FK_2dc2c1c0cc5d442029381ded2d8\" FOREIGN KEY (\"snapshot_id\") REFERENCES \"result_snapshot\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"snapshot_id\", \"dimension_id\"))");
    await queryRunner.query("INSERT INTO \"temporary_result_dimension_score\"(\"snapshot_id\", \"dimension_id\", \"assessment_id\", \"score\", \"coverage\") SELECT \"snapshot_id\", \"dimension_id\", \"assessment_id\", \"score\", \"coverage\" FROM \"result_dimension_score\"");
    await queryRunner.query("DROP TABLE \"result_dimension_score\"");
    await queryRunner.query("ALTER TABLE \"temporary_result_dimension_score\" RENAME TO \"result_dimension_score\"");
    await queryRunner.query("CREATE INDEX \"ix_result_dimension_score_assessment\" ON \"result_dimension_score\" (\"assessment_id\", \"dimension_id\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"ix_result_dimension_score_assessment\"");
    await queryRunner.query("ALTER TABLE \"result_dimension_score\" RENAME TO \"temporary_result_dimension_score\"");
    await queryRunner.query("CREATE TABLE \"result_dimension_score\" (\"snapshot_id\" varchar(36) NOT NULL, \"dimension_id\" varchar(100) NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"score\" double precision, \"coverage\" double precision NOT NULL, PRIMARY KEY (\"snapshot_id\", \"dimension_id\"))");
    await queryRunner.query("INSERT INTO \"result_dimension_score\"(\"snapshot_id\", \"dimension_id\", \"assessment_id\", \"score\", \"coverage\") SELECT \"snapshot_id\", \"dimension_id\", \"assessment_id\", \"score\", \"coverage\" FROM \"temporary_result_dimension_score\"");
    await queryRunner.query("DROP TABLE \"temporary_result_dimension_score\"");
    await queryRunner.query("CREATE INDEX \"ix_result_dimension_score_assessment\" ON \"result_dimension_score\" (\"assessment_id\", \"dimension_id\") ");
    await queryRunner.query("DROP INDEX \"ix_recommendation_change_recommendation\"");
    await queryRunner.query("ALTER TABLE \"recommendation_change\" RENAME TO \"temporary_recommendation_change\"");
    await queryRunner.query("CREATE TABLE \"recommendation_change\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"recommendation_id\" varchar(36) NOT NULL, \"user_id\" varchar(36), \"user_name\" varchar(200) NOT NULL, \"field\" varchar(40) NOT NULL, \"from_value\" text, \"to_value\" text, \"changed_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"recommendation_change\"(\"id\", \"recommendation_id\", \"user_id\", \"user_name\", \"field\", \"from_value\", \"to_value\", \"changed_at\") SELECT \"id\", \"recommendation_id\", \"user_id\", \"user_name\", \"field\", \"from_value\", \"to_value\", \"changed_at\" FROM \"temporary_recommendation_change\"");
    await queryRunner.query("DROP TABLE \"temporary_recommendation_change\"");
    await queryRunner.query("CREATE INDEX \"ix_recommendation_change_recommendation\" ON \"recommendation_change\" (\"recommendation_id\", \"changed_at\") ");
    await queryRunner.query("DROP INDEX \"uq_recommendation_assessment_rule\"");
    await queryRunner.query("ALTER TABLE \"recommendation\" RENAME TO \"temporary_recommendation\"");
    await queryRunner.query("CREATE TABLE \"recommendation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"rule_id\" varchar(100), \"dimension_id\" varchar(100), \"status\" varchar(20) NOT NULL, \"horizon\" varchar(20) NOT NULL, \"impact\" integer NOT NULL, \"priority\" double precision NOT NULL, \"active\" boolean NOT NULL, \"custom_title\" text, \"custom_body\" text, \"evidence\" json NOT NULL, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_5ba048167ad9a6d2f8908fd6c54\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"recommendation\"(\"id\", \"assessment_id\", \"rule_id\", \"dimension_id\", \"status\", \"horizon\", \"impact\", \"priority\", \"active\", \"custom_title\", \"custom_body\", \"evidence\", \"created_at\", \"updated_at\") SELECT \"id\", \"assessment_id\", \"rule_id\", \"dimension_id\", \"status\", \"horizon\", \"impact\", \"priority\", \"active\", \"custom_title\", \"custom_body\", \"evidence\", \"created_at\", \"updated_at\" FROM \"temporary_recommendation\"");
    await queryRunner.query("DROP TABLE \"temporary_recommendation\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_recommendation_assessment_rule\" ON \"recommendation\" (\"assessment_id\", \"rule_id\") ");
    await queryRunner.query("DROP INDEX \"ix_assessment_organization\"");
    await queryRunner.query("DROP INDEX \"ix_assessment_workspace\"");
    await queryRunner.query("ALTER TABLE \"assessment\" RENAME TO \"temporary_assessment\"");
    await queryRunner.query("CREATE TABLE \"assessment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"questionnaire_key\" varchar(100) NOT NULL, \"questionnaire_version\" varchar(20) NOT NULL, \"kind\" varchar(20) NOT NULL, \"status\" varchar(20) NOT NULL, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"title\" varchar(200), \"locale\" varchar(5) NOT NULL DEFAULT ('en'), \"closed_at\" datetime, CONSTRAINT \"FK_40ad1407e4079ddb038b8cf787d\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_2f8bded1b93538471b579aa43c7\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"assessment\"(\"id\", \"workspace_id\", \"organization_id\", \"questionnaire_key\", \"questionnaire_version\", \"kind\", \"status\", \"created_at\", \"updated_at\", \"title\", \"locale\", \"closed_at\") SELECT \"id\", \"workspace_id\", \"organization_id\", \"questionnaire_key\", \"questionnaire_version\", \"kind\", \"status\", \"created_at\", \"updated_at\", \"title\", \"locale\", \"closed_at\" FROM \"temporary_assessment\"");
    await queryRunner.query("DROP TABLE \"temporary_assessment\"");
    await queryRunner.query("CREATE INDEX \"ix_assessment_organization\" ON \"assessment\" (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_assessment_workspace\" ON \"assessment\" (\"workspace_id\") ");
    await queryRunner.query("DROP INDEX \"ix_result_dimension_score_assessment\"");
    await queryRunner.query("DROP TABLE \"result_dimension_score\"");
    await queryRunner.query("DROP INDEX \"ix_recommendation_change_recommendation\"");
    await queryRunner.query("DROP TABLE \"recommendation_change\"");
  }
}
