import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Consultant workspace: member invitations, client fields, check-up titles, revocable invitations, idle sessions. */

export class ConsultantWorkspace1796010287219 implements MigrationInterface {
  name = 'ConsultantWorkspace1796010287219';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"member_invitation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"created_by_user_id\" varchar(36), \"expires_at\" datetime NOT NULL, \"accepted_at\" datetime, \"accepted_by_user_id\" varchar(36), \"revoked_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_member_invitation_workspace\" ON \"member_invitation\" (\"workspace_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_member_invitation_token_hash\" ON \"member_invitation\" (\"token_hash\") ");
    await queryRunner.query("DROP INDEX \"uq_respondent_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_respondent_assessment\"");
    await queryRunner.query("CREATE TABLE \"temporary_respondent\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"locale\" varchar(5) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"submitted_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_2ed7f210108a5cc457980123584\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_respondent\"(\"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\") SELECT \"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\" FROM \"respondent\"");
    await queryRunner.query("DROP TABLE \"respondent\"");
    await queryRunner.query("ALTER TABLE \"temporary_respondent\" RENAME TO \"respondent\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_respondent_token_hash\" ON \"respondent\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_respondent_assessment\" ON \"respondent\" (\"assessment_id\") ");
    await queryRunner.query("DROP INDEX \"ix_organization_workspace\"");
    await queryRunner.query("CREATE TABLE \"temporary_organization\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"name\" varchar(200), \"industry\" varchar(100), \"size\" varchar(50), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"country\" varchar(100), \"notes\" text, \"archived_at\" datetime, \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_2f040c4b62fb2a1d372a7013c5b\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_organization\"(\"id\", \"workspace_id\", \"name\", \"industry\", \"size\", \"created_at\") SELECT \"id\", \"workspace_id\", \"name\", \"industry\", \"size\", \"created_at\" FROM \"organization\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("ALTER TABLE \"temporary_organization\" RENAME TO \"organization\"");
    await queryRunner.query("CREATE INDEX \"ix_organization_workspace\" ON \"organization\" (\"workspace_id\") ");
    await queryRunner.query("DROP INDEX \"ix_assessment_organization\"");
    await queryRunner.query("DROP INDEX \"ix_assessment_workspace\"");
    await queryRunner.query("CREATE TABLE \"temporary_assessment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"questionnaire_key\" varchar(100) NOT NULL, \"questionnaire_version\" varchar(20) NOT NULL, \"kind\" varchar(20) NOT NULL, \"status\" varchar(20) NOT NULL, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), \"title\" varchar(200), \"locale\" varchar(5) NOT NULL DEFAULT ('en'), \"closed_at\" datetime, CONSTRAINT \"FK_2f8bded1b93538471b579aa43c7\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_40ad1407e4079ddb038b8cf787d\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_assessment\"(\"id\", \"workspace_id\", \"organization_id\", \"questionnaire_key\", \"questionnaire_version\", \"kind\", \"status\", \"created_at\", \"updated_at\") SELECT \"id\", \"workspace_id\", \"organization_id\", \"questionnaire_key\", \"questionnaire_version\", \"kind\", \"status\", \"created_at\", \"updated_at\" FROM \"assessment\"");
    await queryRunner.query("DROP TABLE \"assessment\"");
    await queryRunner.query("ALTER TABLE \"temporary_assessment\" RENAME TO \"assessment\"");
    await queryRunner.query("CREATE INDEX \"ix_assessment_organization\" ON \"assessment\" (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_assessment_workspace\" ON \"assessment\" (\"workspace_id\") ");
    await queryRunner.query("DROP INDEX \"uq_respondent_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_respondent_assessment\"");
    await queryRunner.query("CREATE TABLE \"temporary_respondent\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"locale\" varchar(5) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"submitted_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"label\" varchar(200), \"revoked_at\" datetime, CONSTRAINT \"FK_2ed7f210108a5cc457980123584\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_respondent\"(\"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\") SELECT \"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\" FROM \"respondent\"");
    await queryRunner.query("DROP TABLE \"respondent\"");
    await queryRunner.query("ALTER TABLE \"temporary_respondent\" RENAME TO \"respondent\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_respondent_token_hash\" ON \"respondent\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_respondent_assessment\" ON \"respondent\" (\"assessment_id\") ");
    await queryRunner.query("DROP INDEX \"uq_user_session_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_user_session_user\"");
    await queryRunner.query("CREATE TABLE \"temporary_user_session\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"user_id\" varchar(36) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"expires_at\" datetime NOT NULL, \"revoked_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"last_seen_at\" datetime NOT NULL, CONSTRAINT \"FK_13275383dcdf095ee29f2b3455a\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_user_session\"(\"id\", \"user_id\", \"token_hash\", \"expires_at\", \"revoked_at\", \"created_at\", \"last_seen_at\") SELECT \"id\", \"user_id\", \"token_hash\", \"expires_at\", \"revoked_at\", \"created_at\", \"created_at\" FROM \"user_session\"");
    await queryRunner.query("DROP TABLE \"user_session\"");
    await queryRunner.query("ALTER TABLE \"temporary_user_session\" RENAME TO \"user_session\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_user_session_token_hash\" ON \"user_session\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_user_session_user\" ON \"user_session\" (\"user_id\") ");
    await queryRunner.query("DROP INDEX \"ix_member_invitation_workspace\"");
    await queryRunner.query("DROP INDEX \"uq_member_invitation_token_hash\"");
    await queryRunner.query("CREATE TABLE \"temporary_member_invitation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"created_by_user_id\" varchar(36), \"expires_at\" datetime NOT NULL, \"accepted_at\" datetime, \"accepted_by_user_id\" varchar(36), \"revoked_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_1ce4ede947d7c7a7ee6ad535297\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_70ae261ebb2c4f5781e7b01b35e\" FOREIGN KEY (\"created_by_user_id\") REFERENCES \"app_user\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_member_invitation\"(\"id\", \"workspace_id\", \"role\", \"token_hash\", \"created_by_user_id\", \"expires_at\", \"accepted_at\", \"accepted_by_user_id\", \"revoked_at\", \"created_at\") SELECT \"id\", \"workspace_id\", \"role\", \"token_hash\", \"created_by_user_id\", \"expires_at\", \"accepted_at\", \"accepted_by_user_id\", \"revoked_at\", \"created_at\" FROM \"member_invitation\"");
    await queryRunner.query("DROP TABLE \"member_invitation\"");
    await queryRunner.query("ALTER TABLE \"temporary_member_invitation\" RENAME TO \"member_invitation\"");
    await queryRunner.query("CREATE INDEX \"ix_member_invitation_workspace\" ON \"member_invitation\" (\"workspace_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_member_invitation_token_hash\" ON \"member_invitation\" (\"token_hash\") ");
    // The tenant of every online self-assessment, created once here instead of on every start.
    await queryRunner.query("INSERT INTO \"workspace\" (\"id\", \"name\", \"kind\") VALUES ('00000000-0000-4000-8000-000000000001', 'Online self-assessments', 'SELF_SERVICE') ON CONFLICT (\"id\") DO NOTHING");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_member_invitation_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_member_invitation_workspace\"");
    await queryRunner.query("ALTER TABLE \"member_invitation\" RENAME TO \"temporary_member_invitation\"");
    await queryRunner.query("CREATE TABLE \"member_invitation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"created_by_user_id\" varchar(36), \"expires_at\" datetime NOT NULL, \"accepted_at\" datetime, \"accepted_by_user_id\" varchar(36), \"revoked_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"member_invitation\"(\"id\", \"workspace_id\", \"role\", \"token_hash\", \"created_by_user_id\", \"expires_at\", \"accepted_at\", \"accepted_by_user_id\", \"revoked_at\", \"created_at\") SELECT \"id\", \"workspace_id\", \"role\", \"token_hash\", \"created_by_user_id\", \"expires_at\", \"accepted_at\", \"accepted_by_user_id\", \"revoked_at\", \"created_at\" FROM \"temporary_member_invitation\"");
    await queryRunner.query("DROP TABLE \"temporary_member_invitation\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_member_invitation_token_hash\" ON \"member_invitation\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_member_invitation_workspace\" ON \"member_invitation\" (\"workspace_id\") ");
    await queryRunner.query("DROP INDEX \"ix_user_session_user\"");
    await queryRunner.query("DROP INDEX \"uq_user_session_token_hash\"");
    await queryRunner.query("ALTER TABLE \"user_session\" RENAME TO \"temporary_user_session\"");
    await queryRunner.query("CREATE TABLE \"user_session\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"user_id\" varchar(36) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"expires_at\" datetime NOT NULL, \"revoked_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_13275383dcdf095ee29f2b3455a\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"user_session\"(\"id\", \"user_id\", \"token_hash\", \"expires_at\", \"revoked_at\", \"created_at\") SELECT \"id\", \"user_id\", \"token_hash\", \"expires_at\", \"revoked_at\", \"created_at\" FROM \"temporary_user_session\"");
    await queryRunner.query("DROP TABLE \"temporary_user_session\"");
    await queryRunner.query("CREATE INDEX \"ix_user_session_user\" ON \"user_session\" (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_user_session_token_hash\" ON \"user_session\" (\"token_hash\") ");
    await queryRunner.query("DROP INDEX \"ix_respondent_assessment\"");
    await queryRunner.query("DROP INDEX \"uq_respondent_token_hash\"");
    await queryRunner.query("ALTER TABLE \"respondent\" RENAME TO \"temporary_respondent\"");
    await queryRunner.query("CREATE TABLE \"respondent\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"locale\" varchar(5) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"submitted_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_2ed7f210108a5cc457980123584\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"respondent\"(\"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\") SELECT \"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\" FROM \"temporary_respondent\"");
    await queryRunner.query("DROP TABLE \"temporary_respondent\"");
    await queryRunner.query("CREATE INDEX \"ix_respondent_assessment\" ON \"respondent\" (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_respondent_token_hash\" ON \"respondent\" (\"token_hash\") ");
    await queryRunner.query("DROP INDEX \"ix_assessment_workspace\"");
    await queryRunner.query("DROP INDEX \"ix_assessment_organization\"");
    await queryRunner.query("ALTER TABLE \"assessment\" RENAME TO \"temporary_assessment\"");
    await queryRunner.query("CREATE TABLE \"assessment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"organization_id\" varchar(36) NOT NULL, \"questionnaire_key\" varchar(100) NOT NULL, \"questionnaire_version\" varchar(20) NOT NULL, \"kind\" varchar(20) NOT NULL, \"status\" varchar(20) NOT NULL, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_2f8bded1b93538471b579aa43c7\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_40ad1407e4079ddb038b8cf787d\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"assessment\"(\"id\", \"workspace_id\", \"organization_id\", \"questionnaire_key\", \"questionnaire_version\", \"kind\", \"status\", \"created_at\", \"updated_at\") SELECT \"id\", \"workspace_id\", \"organization_id\", \"questionnaire_key\", \"questionnaire_version\", \"kind\", \"status\", \"created_at\", \"updated_at\" FROM \"temporary_assessment\"");
    await queryRunner.query("DROP TABLE \"temporary_assessment\"");
    await queryRunner.query("CREATE INDEX \"ix_assessment_workspace\" ON \"assessment\" (\"workspace_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_assessment_organization\" ON \"assessment\" (\"organization_id\") ");
    await queryRunner.query("DROP INDEX \"ix_organization_workspace\"");
    await queryRunner.query("ALTER TABLE \"organization\" RENAME TO \"temporary_organization\"");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"name\" varchar(200), \"industry\" varchar(100), \"size\" varchar(50), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_2f040c4b62fb2a1d372a7013c5b\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"organization\"(\"id\", \"workspace_id\", \"name\", \"industry\", \"size\", \"created_at\") SELECT \"id\", \"workspace_id\", \"name\", \"industry\", \"size\", \"created_at\" FROM \"temporary_organization\"");
    await queryRunner.query("DROP TABLE \"temporary_organization\"");
    await queryRunner.query("CREATE INDEX \"ix_organization_workspace\" ON \"organization\" (\"workspace_id\") ");
    await queryRunner.query("DROP INDEX \"ix_respondent_assessment\"");
    await queryRunner.query("DROP INDEX \"uq_respondent_token_hash\"");
    await queryRunner.query("ALTER TABLE \"respondent\" RENAME TO \"temporary_respondent\"");
    await queryRunner.query("CREATE TABLE \"respondent\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"locale\" varchar(5) NOT NULL, \"name\" varchar(200), \"token_hash\" varchar(64) NOT NULL, \"submitted_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_2ed7f210108a5cc457980123584\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"respondent\"(\"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\") SELECT \"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\" FROM \"temporary_respondent\"");
    await queryRunner.query("DROP TABLE \"temporary_respondent\"");
    await queryRunner.query("CREATE INDEX \"ix_respondent_assessment\" ON \"respondent\" (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_respondent_token_hash\" ON \"respondent\" (\"token_hash\") ");
    await queryRunner.query("DROP INDEX \"uq_member_invitation_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_member_invitation_workspace\"");
    await queryRunner.query("DROP TABLE \"member_invitation\"");
  }
}
