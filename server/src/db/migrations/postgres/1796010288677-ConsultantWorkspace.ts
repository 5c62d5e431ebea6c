import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Consultant workspace: member invitations, client fields, check-up titles, revocable invitations, idle sessions, rate limits. */

export class ConsultantWorkspace1796010288677 implements MigrationInterface {
  name = 'ConsultantWorkspace1796010288677';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"member_invitation\" (\"id\" character varying(36) NOT NULL, \"workspace_id\" character varying(36) NOT NULL, \"role\" character varying(20) NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"created_by_user_id\" character varying(36), \"expires_at\" TIMESTAMP NOT NULL, \"accepted_at\" TIMESTAMP, \"accepted_by_user_id\" character varying(36), \"revoked_at\" TIMESTAMP, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_be4250bdbf0762686080d40d742\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_member_invitation_workspace\" ON \"member_invitation\"  (\"workspace_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_member_invitation_token_hash\" ON \"member_invitation\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"respondent\" DROP COLUMN \"name\"");
    await queryRunner.query("ALTER TABLE \"organization\" ADD \"country\" character varying(100)");
    await queryRunner.query("ALTER TABLE \"organization\" ADD \"notes\" text");
    await queryRunner.query("ALTER TABLE \"organization\" ADD \"archived_at\" TIMESTAMP");
    await queryRunner.query("ALTER TABLE \"organization\" ADD \"updated_at\" TIMESTAMP NOT NULL DEFAULT now()");
    await queryRunner.query("ALTER TABLE \"assessment\" ADD \"title\" character varying(200)");
    await queryRunner.query("ALTER TABLE \"assessment\" ADD \"locale\" character varying(5) NOT NULL DEFAULT 'en'");
    await queryRunner.query("ALTER TABLE \"assessment\" ADD \"closed_at\" TIMESTAMP");
    await queryRunner.query("ALTER TABLE \"respondent\" ADD \"label\" character varying(200)");
    await queryRunner.query("ALTER TABLE \"respondent\" ADD \"revoked_at\" TIMESTAMP");
    await queryRunner.query("ALTER TABLE \"user_session\" ADD \"last_seen_at\" TIMESTAMP NOT NULL DEFAULT now()");
    await queryRunner.query("ALTER TABLE \"user_session\" ALTER COLUMN \"last_seen_at\" DROP DEFAULT");
    await queryRunner.query("ALTER TABLE \"member_invitation\" ADD CONSTRAINT \"FK_1ce4ede947d7c7a7ee6ad535297\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"member_invitation\" ADD CONSTRAINT \"FK_70ae261ebb2c4f5781e7b01b35e\" FOREIGN KEY (\"created_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // The tenant of every online self-assessment, created once here instead of on every start.
    await queryRunner.query("INSERT INTO \"workspace\" (\"id\", \"name\", \"kind\") VALUES ('00000000-0000-4000-8000-000000000001', 'Online self-assessments', 'SELF_SERVICE') ON CONFLICT (\"id\") DO NOTHING");
    // Rate-limit counters shared by every instance (rate-limiter-flexible's table layout).
    await queryRunner.query("CREATE TABLE IF NOT EXISTS \"rate_limit\" (\"key\" varchar(255) PRIMARY KEY, \"points\" integer NOT NULL DEFAULT 0, \"expire\" bigint)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE IF EXISTS \"rate_limit\"");
    await queryRunner.query("ALTER TABLE \"member_invitation\" DROP CONSTRAINT \"FK_70ae261ebb2c4f5781e7b01b35e\"");
    await queryRunner.query("ALTER TABLE \"member_invitation\" DROP CONSTRAINT \"FK_1ce4ede947d7c7a7ee6ad535297\"");
    await queryRunner.query("ALTER TABLE \"user_session\" DROP COLUMN \"last_seen_at\"");
    await queryRunner.query("ALTER TABLE \"respondent\" DROP COLUMN \"revoked_at\"");
    await queryRunner.query("ALTER TABLE \"respondent\" DROP COLUMN \"label\"");
    await queryRunner.query("ALTER TABLE \"assessment\" DROP COLUMN \"closed_at\"");
    await queryRunner.query("ALTER TABLE \"assessment\" DROP COLUMN \"locale\"");
    await queryRunner.query("ALTER TABLE \"assessment\" DROP COLUMN \"title\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP COLUMN \"updated_at\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP COLUMN \"archived_at\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP COLUMN \"notes\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP COLUMN \"country\"");
    await queryRunner.query("ALTER TABLE \"respondent\" ADD \"name\" character varying(200)");
    await queryRunner.query("DROP INDEX \"public\".\"uq_member_invitation_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_member_invitation_workspace\"");
    await queryRunner.query("DROP TABLE \"member_invitation\"");
  }
}
