import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ShareLinks1796020670628 implements MigrationInterface {
  name = 'ShareLinks1796020670628';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"share_link\" (\"id\" character varying(36) NOT NULL, \"assessment_id\" character varying(36) NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"created_by_user_id\" character varying(36), \"expires_at\" TIMESTAMP, \"revoked_at\" TIMESTAMP, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_c20801720fbd00896c634d4aa94\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_share_link_assessment\" ON \"share_link\"  (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_share_link_token_hash\" ON \"share_link\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"share_link\" ADD CONSTRAINT \"FK_1259ba04325b02b123f16d6ae52\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"share_link\" ADD CONSTRAINT \"FK_d5f68a68a0c25330ad3ecb77fed\" FOREIGN KEY (\"created_by_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"share_link\" DROP CONSTRAINT \"FK_d5f68a68a0c25330ad3ecb77fed\"");
    await queryRunner.query("ALTER TABLE \"share_link\" DROP CONSTRAINT \"FK_1259ba04325b02b123f16d6ae52\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_share_link_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_share_link_assessment\"");
    await queryRunner.query("DROP TABLE \"share_link\"");
  }
}
