import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Workshop1796040707554 implements MigrationInterface {
  name = 'Workshop1796040707554';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"workshop\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"code\" varchar(12) NOT NULL, \"state\" varchar(10) NOT NULL, \"current_question_id\" varchar(100), \"started_by_user_id\" varchar(36) NOT NULL, \"started_at\" datetime NOT NULL, \"ended_at\" datetime, \"consensus_respondent_id\" varchar(36) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"ix_workshop_assessment\" ON \"workshop\" (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workshop_active_assessment\" ON \"workshop\" (\"assessment_id\") WHERE state = 'ACTIVE'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workshop_active_code\" ON \"workshop\" (\"code\") WHERE state = 'ACTIVE'");
    await queryRunner.query("CREATE TABLE \"workshop_question\" (\"workshop_id\" varchar(36) NOT NULL, \"question_id\" varchar(100) NOT NULL, \"revealed_at\" datetime, \"consensus_option_id\" varchar(100), \"consensus_note\" text, \"updated_at\" datetime NOT NULL, PRIMARY KEY (\"workshop_id\", \"question_id\"))");
    await queryRunner.query("DROP INDEX \"ix_respondent_assessment\"");
    await queryRunner.query("DROP INDEX \"uq_respondent_token_hash\"");
    await queryRunner.query("CREATE TABLE \"temporary_respondent\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"locale\" varchar(5) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"submitted_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"label\" varchar(200), \"revoked_at\" datetime, \"kind\" varchar(20) NOT NULL DEFAULT ('INDIVIDUAL'), \"workshop_id\" varchar(36), CONSTRAINT \"FK_2ed7f210108a5cc457980123584\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_respondent\"(\"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\", \"label\", \"revoked_at\") SELECT \"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\", \"label\", \"revoked_at\" FROM \"respondent\"");
    await queryRunner.query("DROP TABLE \"respondent\"");
    await queryRunner.query("ALTER TABLE \"temporary_respondent\" RENAME TO \"respondent\"");
    await queryRunner.query("CREATE INDEX \"ix_respondent_assessment\" ON \"respondent\" (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_respondent_token_hash\" ON \"respondent\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_respondent_workshop\" ON \"respondent\" (\"workshop_id\") ");
    await queryRunner.query("DROP INDEX \"ix_workshop_assessment\"");
    await queryRunner.query("DROP INDEX \"uq_workshop_active_assessment\"");
    await queryRunner.query("DROP INDEX \"uq_workshop_active_code\"");
    await queryRunner.query("CREATE TABLE \"temporary_workshop\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"code\" varchar(12) NOT NULL, \"state\" varchar(10) NOT NULL, \"current_question_id\" varchar(100), \"started_by_user_id\" varchar(36) NOT NULL, \"started_at\" datetime NOT NULL, \"ended_at\" datetime, \"consensus_respondent_id\" varchar(36) NOT NULL, CONSTRAINT \"FK_8e71f6fde16966dabab26d7be6f\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_workshop\"(\"id\", \"assessment_id\", \"code\", \"state\", \"current_question_id\", \"started_by_user_id\", \"started_at\", \"ended_at\", \"consensus_respondent_id\") SELECT \"id\", \"assessment_id\", \"code\", \"state\", \"current_question_id\", \"started_by_user_id\", \"started_at\", \"ended_at\", \"consensus_respondent_id\" FROM \"workshop\"");
    await queryRunner.query("DROP TABLE \"workshop\"");
    await queryRunner.query("ALTER TABLE \"temporary_workshop\" RENAME TO \"workshop\"");
    await queryRunner.query("CREATE INDEX \"ix_workshop_assessment\" ON \"workshop\" (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workshop_active_assessment\" ON \"workshop\" (\"assessment_id\") WHERE state = 'ACTIVE'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workshop_active_code\" ON \"workshop\" (\"code\") WHERE state = 'ACTIVE'");
    await queryRunner.query("DROP INDEX \"ix_respondent_assessment\"");
    await queryRunner.query("DROP INDEX \"uq_respondent_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_respondent_workshop\"");
    await queryRunner.query("CREATE TABLE \"temporary_respondent\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"locale\" varchar(5) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"submitted_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"label\" varchar(200), \"revoked_at\" datetime, \"kind\" varchar(20) NOT NULL DEFAULT ('INDIVIDUAL'), \"workshop_id\" varchar(36), CONSTRAINT \"FK_2ed7f210108a5cc457980123584\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_b4b138306a9f254b4d3f3442e8a\" FOREIGN KEY (\"workshop_id\") REFERENCES \"workshop\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_respondent\"(\"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\", \"label\", \"revoked_at\", \"kind\", \"workshop_id\") SELECT \"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\", \"label\", \"revoked_at\", \"kind\", \"workshop_id\" FROM \"respondent\"");
    await queryRunner.query("DROP TABLE \"respondent\"");
    await queryRunner.query("ALTER TABLE \"temporary_respondent\" RENAME TO \"respondent\"");
    await queryRunner.query("CREATE INDEX \"ix_respondent_assessment\" ON \"respondent\" (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_respondent_token_hash\" ON \"respondent\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_respondent_workshop\" ON \"respondent\" (\"workshop_id\") ");
    await queryRunner.query("CREATE TABLE \"temporary_workshop_question\" (\"workshop_id\" varchar(36) NOT NULL, \"question_id\" varchar(100) NOT NULL, \"revealed_at\" datetime, \"consensus_option_id\" varchar(100), \"consensus_note\" text, \"updated_at\" datetime NOT NULL, CONSTRAINT \"FK_0bf883d2874a52ce57b9b32ce5e\" FOREIGN KEY (\"workshop_id\") REFERENCES \"workshop\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, PRIMARY KEY (\"workshop_id\", \"question_id\"))");
    await queryRunner.query("INSERT INTO \"temporary_workshop_question\"(\"workshop_id\", \"question_id\", \"revealed_at\", \"consensus_option_id\", \"consensus_note\", \"updated_at\") SELECT \"workshop_id\", \"question_id\", \"revealed_at\", \"consensus_option_id\", \"consensus_note\", \"updated_at\" FROM \"workshop_question\"");
    await queryRunner.query("DROP TABLE \"workshop_question\"");
    await queryRunner.query("ALTER TABLE \"temporary_workshop_question\" RENAME TO \"workshop_question\"");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"workshop_question\" RENAME TO \"temporary_workshop_question\"");
    await queryRunner.query("CREATE TABLE \"workshop_question\" (\"workshop_id\" varchar(36) NOT NULL, \"question_id\" varchar(100) NOT NULL, \"revealed_at\" datetime, \"consensus_option_id\" varchar(100), \"consensus_note\" text, \"updated_at\" datetime NOT NULL, PRIMARY KEY (\"workshop_id\", \"question_id\"))");
    await queryRunner.query("INSERT INTO \"workshop_question\"(\"workshop_id\", \"question_id\", \"revealed_at\", \"consensus_option_id\", \"consensus_note\", \"updated_at\") SELECT \"workshop_id\", \"question_id\", \"revealed_at\", \"consensus_option_id\", \"consensus_note\", \"updated_at\" FROM \"temporary_workshop_question\"");
    await queryRunner.query("DROP TABLE \"temporary_workshop_question\"");
    await queryRunner.query("DROP INDEX \"ix_respondent_workshop\"");
    await queryRunner.query("DROP INDEX \"uq_respondent_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_respondent_assessment\"");
    await queryRunner.query("ALTER TABLE \"respondent\" RENAME TO \"temporary_respondent\"");
    await queryRunner.query("CREATE TABLE \"respondent\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"locale\" varchar(5) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"submitted_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"label\" varchar(200), \"revoked_at\" datetime, \"kind\" varchar(20) NOT NULL DEFAULT ('INDIVIDUAL'), \"workshop_id\" varchar(36), CONSTRAINT \"FK_2ed7f210108a5cc457980123584\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"respondent\"(\"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\", \"label\", \"revoked_at\", \"kind\", \"workshop_id\") SELECT \"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\", \"label\", \"revoked_at\", \"kind\", \"workshop_id\" FROM \"temporary_respondent\"");
    await queryRunner.query("DROP TABLE \"temporary_respondent\"");
    await queryRunner.query("CREATE INDEX \"ix_respondent_workshop\" ON \"respondent\" (\"workshop_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_respondent_token_hash\" ON \"respondent\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_respondent_assessment\" ON \"respondent\" (\"assessment_id\") ");
    await queryRunner.query("DROP INDEX \"uq_workshop_active_code\"");
    await queryRunner.query("DROP INDEX \"uq_workshop_active_assessment\"");
    await queryRunner.query("DROP INDEX \"ix_workshop_assessment\"");
    await queryRunner.query("ALTER TABLE \"workshop\" RENAME TO \"temporary_workshop\"");
    await queryRunner.query("CREATE TABLE \"workshop\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"code\" varchar(12) NOT NULL, \"state\" varchar(10) NOT NULL, \"current_question_id\" varchar(100), \"started_by_user_id\" varchar(36) NOT NULL, \"started_at\" datetime NOT NULL, \"ended_at\" datetime, \"consensus_respondent_id\" varchar(36) NOT NULL)");
    await queryRunner.query("INSERT INTO \"workshop\"(\"id\", \"assessment_id\", \"code\", \"state\", \"current_question_id\", \"started_by_user_id\", \"started_at\", \"ended_at\", \"consensus_respondent_id\") SELECT \"id\", \"assessment_id\", \"code\", \"state\", \"current_question_id\", \"started_by_user_id\", \"started_at\", \"ended_at\", \"consensus_respondent_id\" FROM \"temporary_workshop\"");
    await queryRunner.query("DROP TABLE \"temporary_workshop\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workshop_active_code\" ON \"workshop\" (\"code\") WHERE state = 'ACTIVE'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workshop_active_assessment\" ON \"workshop\" (\"assessment_id\") WHERE state = 'ACTIVE'");
    await queryRunner.query("CREATE INDEX \"ix_workshop_assessment\" ON \"workshop\" (\"assessment_id\") ");
    await queryRunner.query("DROP INDEX \"ix_respondent_workshop\"");
    await queryRunner.query("DROP INDEX \"uq_respondent_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_respondent_assessment\"");
    await queryRunner.query("ALTER TABLE \"respondent\" RENAME TO \"temporary_respondent\"");
    await queryRunner.query("CREATE TABLE \"respondent\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"role\" varchar(20) NOT NULL, \"locale\" varchar(5) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"submitted_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), \"label\" varchar(200), \"revoked_at\" datetime, CONSTRAINT \"FK_2ed7f210108a5cc457980123584\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"respondent\"(\"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\", \"label\", \"revoked_at\") SELECT \"id\", \"assessment_id\", \"role\", \"locale\", \"token_hash\", \"submitted_at\", \"created_at\", \"label\", \"revoked_at\" FROM \"temporary_respondent\"");
    await queryRunner.query("DROP TABLE \"temporary_respondent\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_respondent_token_hash\" ON \"respondent\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_respondent_assessment\" ON \"respondent\" (\"assessment_id\") ");
    await queryRunner.query("DROP TABLE \"workshop_question\"");
    await queryRunner.query("DROP INDEX \"uq_workshop_active_code\"");
    await queryRunner.query("DROP INDEX \"uq_workshop_active_assessment\"");
    await queryRunner.query("DROP INDEX \"ix_workshop_assessment\"");
    await queryRunner.query("DROP TABLE \"workshop\"");
  }
}
