import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Workshop1796040712641 implements MigrationInterface {
  name = 'Workshop1796040712641';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"workshop\" (\"id\" character varying(36) NOT NULL, \"assessment_id\" character varying(36) NOT NULL, \"code\" character varying(12) NOT NULL, \"state\" character varying(10) NOT NULL, \"current_question_id\" character varying(100), \"started_by_user_id\" character varying(36) NOT NULL, \"started_at\" TIMESTAMP NOT NULL, \"ended_at\" TIMESTAMP, \"consensus_respondent_id\" character varying(36) NOT NULL, CONSTRAINT \"PK_e755b83ccf7c711f998012e1c92\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_workshop_assessment\" ON \"workshop\"  (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workshop_active_assessment\" ON \"workshop\"  (\"assessment_id\") WHERE state = 'ACTIVE'");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workshop_active_code\" ON \"workshop\"  (\"code\") WHERE state = 'ACTIVE'");
    await queryRunner.query("CREATE TABLE \"workshop_question\" (\"workshop_id\" character varying(36) NOT NULL, \"question_id\" character varying(100) NOT NULL, \"revealed_at\" TIMESTAMP, \"consensus_option_id\" character varying(100), \"consensus_note\" text, \"updated_at\" TIMESTAMP NOT NULL, CONSTRAINT \"PK_4bbc3e51d6b1492c7bf3988985f\" PRIMARY KEY (\"workshop_id\", \"question_id\"))");
    await queryRunner.query("ALTER TABLE \"respondent\" ADD \"kind\" character varying(20) NOT NULL DEFAULT 'INDIVIDUAL'");
    await queryRunner.query("ALTER TABLE \"respondent\" ADD \"workshop_id\" character varying(36)");
    await queryRunner.query("CREATE INDEX \"ix_respondent_workshop\" ON \"respondent\"  (\"workshop_id\") ");
    await queryRunner.query("ALTER TABLE \"workshop\" ADD CONSTRAINT \"FK_8e71f6fde16966dabab26d7be6f\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"respondent\" ADD CONSTRAINT \"FK_b4b138306a9f254b4d3f3442e8a\" FOREIGN KEY (\"workshop_id\") REFERENCES \"workshop\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"workshop_question\" ADD CONSTRAINT \"FK_0bf883d2874a52ce57b9b32ce5e\" FOREIGN KEY (\"workshop_id\") REFERENCES \"workshop\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"workshop_question\" DROP CONSTRAINT \"FK_0bf883d2874a52ce57b9b32ce5e\"");
    await queryRunner.query("ALTER TABLE \"respondent\" DROP CONSTRAINT \"FK_b4b138306a9f254b4d3f3442e8a\"");
    await queryRunner.query("ALTER TABLE \"workshop\" DROP CONSTRAINT \"FK_8e71f6fde16966dabab26d7be6f\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_respondent_workshop\"");
    await queryRunner.query("ALTER TABLE \"respondent\" DROP COLUMN \"workshop_id\"");
    await queryRunner.query("ALTER TABLE \"respondent\" DROP COLUMN \"kind\"");
    await queryRunner.query("DROP TABLE \"workshop_question\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_workshop_active_code\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_workshop_active_assessment\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_workshop_assessment\"");
    await queryRunner.query("DROP TABLE \"workshop\"");
  }
}
