import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Questionnaires a workspace imported (DESIGN §3 custom lenses). */

export class CustomQuestionnaires1796014719848 implements MigrationInterface {
  name = 'CustomQuestionnaires1796014719848';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"custom_questionnaire\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"key\" varchar(100) NOT NULL, \"version\" varchar(20) NOT NULL, \"title\" varchar(300) NOT NULL, \"definition\" json NOT NULL, \"created_by_user_id\" varchar(36), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_custom_questionnaire_version\" ON \"custom_questionnaire\" (\"workspace_id\", \"key\", \"version\") ");
    await queryRunner.query("DROP INDEX \"uq_custom_questionnaire_version\"");
    await queryRunner.query("CREATE TABLE \"temporary_custom_questionnaire\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"key\" varchar(100) NOT NULL, \"version\" varchar(20) NOT NULL, \"title\" varchar(300) NOT NULL, \"definition\" json NOT NULL, \"created_by_user_id\" varchar(36), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"FK_5e36a2052ce2a42f9eda17651f6\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\" (\"id\") ON DELETE CASCADE ON UPDATE NO ACTION)");
    await queryRunner.query("INSERT INTO \"temporary_custom_questionnaire\"(\"id\", \"workspace_id\", \"key\", \"version\", \"title\", \"definition\", \"created_by_user_id\", \"created_at\") SELECT \"id\", \"workspace_id\", \"key\", \"version\", \"title\", \"definition\", \"created_by_user_id\", \"created_at\" FROM \"custom_questionnaire\"");
    await queryRunner.query("DROP TABLE \"custom_questionnaire\"");
    await queryRunner.query("ALTER TABLE \"temporary_custom_questionnaire\" RENAME TO \"custom_questionnaire\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_custom_questionnaire_version\" ON \"custom_questionnaire\" (\"workspace_id\", \"key\", \"version\") ");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_custom_questionnaire_version\"");
    await queryRunner.query("ALTER TABLE \"custom_questionnaire\" RENAME TO \"temporary_custom_questionnaire\"");
    await queryRunner.query("CREATE TABLE \"custom_questionnaire\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"workspace_id\" varchar(36) NOT NULL, \"key\" varchar(100) NOT NULL, \"version\" varchar(20) NOT NULL, \"title\" varchar(300) NOT NULL, \"definition\" json NOT NULL, \"created_by_user_id\" varchar(36), \"created_at\" datetime NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"custom_questionnaire\"(\"id\", \"workspace_id\", \"key\", \"version\", \"title\", \"definition\", \"created_by_user_id\", \"created_at\") SELECT \"id\", \"workspace_id\", \"key\", \"version\", \"title\", \"definition\", \"created_by_user_id\", \"created_at\" FROM \"temporary_custom_questionnaire\"");
    await queryRunner.query("DROP TABLE \"temporary_custom_questionnaire\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_custom_questionnaire_version\" ON \"custom_questionnaire\" (\"workspace_id\", \"key\", \"version\") ");
    await queryRunner.query("DROP INDEX \"uq_custom_questionnaire_version\"");
    await queryRunner.query("DROP TABLE \"custom_questionnaire\"");
  }
}
