import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ShareLinks1796020666104 implements MigrationInterface {
  name = 'ShareLinks1796020666104';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"share_link\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"created_by_user_id\" varchar(36), \"expires_at\" datetime, \"revoked_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE INDEX \"ix_share_link_assessment\" ON \"share_link\" (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_share_link_token_hash\" ON \"share_link\" (\"token_hash\") ");
    await queryRunner.query("DROP INDEX \"ix_share_link_assessment\"");
    await queryRunner.query("DROP INDEX \"uq_share_link_token_hash\"");
    await queryRunner.query("CREATE TABLE \"temporary_share_link\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"created_by_user_id\" varchar(36), \"expires_at\" datetime, \"revoked_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_1259ba04325b02b123f16d6ae52\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT \"FK_d5f68a68a0c25330ad3ecb77fed\" FOREIGN KEY (\"created_by_user_id\") REFERENCES \"app_user\" (\"id\") ON DELETE SET NULL ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_share_link\"(\"id\", \"assessment_id\", \"token_hash\", \"created_by_user_id\", \"expires_at\", \"revoked_at\", \"created_at\") SELECT \"id\", \"assessment_id\", \"token_hash\", \"created_by_user_id\", \"expires_at\", \"revoked_at\", \"created_at\" FROM \"share_link\"");
    await queryRunner.query("DROP TABLE \"share_link\"");
    await queryRunner.query("ALTER TABLE \"temporary_share_link\" RENAME TO \"share_link\"");
    await queryRunner.query("CREATE INDEX \"ix_share_link_assessment\" ON \"share_link\" (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_share_link_token_hash\" ON \"share_link\" (\"token_hash\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_share_link_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_share_link_assessment\"");
    await queryRunner.query("ALTER TABLE \"share_link\" RENAME TO \"temporary_share_link\"");
    await queryRunner.query("CREATE TABLE \"share_link\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"assessment_id\" varchar(36) NOT NULL, \"token_hash\" varchar(64) NOT NULL, \"created_by_user_id\" varchar(36), \"expires_at\" datetime, \"revoked_at\" datetime, \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"share_link\"(\"id\", \"assessment_id\", \"token_hash\", \"created_by_user_id\", \"expires_at\", \"revoked_at\", \"created_at\") SELECT \"id\", \"assessment_id\", \"token_hash\", \"created_by_user_id\", \"expires_at\", \"revoked_at\", \"created_at\" FROM \"temporary_share_link\"");
    await queryRunner.query("DROP TABLE \"temporary_share_link\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_share_link_token_hash\" ON \"share_link\" (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"ix_share_link_assessment\" ON \"share_link\" (\"assessment_id\") ");
    await queryRunner.query("DROP INDEX \"uq_share_link_token_hash\"");
    await queryRunner.query("DROP INDEX \"ix_share_link_assessment\"");
    await queryRunner.query("DROP TABLE \"share_link\"");
  }
}
