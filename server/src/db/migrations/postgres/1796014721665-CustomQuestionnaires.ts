import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Questionnaires a workspace imported (DESIGN §3 custom lenses). */

export class CustomQuestionnaires1796014721665 implements MigrationInterface {
  name = 'CustomQuestionnaires1796014721665';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"custom_questionnaire\" (\"id\" character varying(36) NOT NULL, \"workspace_id\" character varying(36) NOT NULL, \"key\" character varying(100) NOT NULL, \"version\" character varying(20) NOT NULL, \"title\" character varying(300) NOT NULL, \"definition\" json NOT NULL, \"created_by_user_id\" character varying(36), \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_106e4b0b972faa0eb7b84d86c72\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_custom_questionnaire_version\" ON \"custom_questionnaire\"  (\"workspace_id\", \"key\", \"version\") ");
    await queryRunner.query("ALTER TABLE \"custom_questionnaire\" ADD CONSTRAINT \"FK_5e36a2052ce2a42f9eda17651f6\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"custom_questionnaire\" DROP CONSTRAINT \"FK_5e36a2052ce2a42f9eda17651f6\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_custom_questionnaire_version\"");
    await queryRunner.query("DROP TABLE \"custom_questionnaire\"");
  }
}
