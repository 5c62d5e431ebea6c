import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1795345734426 implements MigrationInterface {
  name = 'Init1795345734426';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"workspace\" (\"id\" character varying(36) NOT NULL, \"name\" character varying(200) NOT NULL, \"kind\" character varying(20) NOT NULL, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_ca86b6f9b3be5fe26d307d09b49\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" character varying(36) NOT NULL, \"workspace_id\" character varying(36) NOT NULL, \"name\" character varying(200), \"industry\" character varying(100), \"size\" character varying(50), \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_472c1f99a32def1b0abb219cd67\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_organization_workspace\" ON \"organization\"  (\"workspace_id\") ");
    await queryRunner.query("CREATE TABLE \"assessment\" (\"id\" character varying(36) NOT NULL, \"workspace_id\" character varying(36) NOT NULL, \"organization_id\" character varying(36) NOT NULL, \"questionnaire_key\" character varying(100) NOT NULL, \"questionnaire_version\" character varying(20) NOT NULL, \"kind\" character varying(20) NOT NULL, \"status\" character varying(20) NOT NULL, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_c511a7dc128256876b6b1719401\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_assessment_workspace\" ON \"assessment\"  (\"workspace_id\") ");
    await queryRunner.query("CREATE INDEX \"ix_assessment_organization\" ON \"assessment\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"respondent\" (\"id\" character varying(36) NOT NULL, \"assessment_id\" character varying(36) NOT NULL, \"role\" character varying(20) NOT NULL, \"locale\" character varying(5) NOT NULL, \"name\" character varying(200), \"token_hash\" character varying(64) NOT NULL, \"submitted_at\" TIMESTAMP, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_7f6ed69e9a3a8a07072c37b2c2f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_respondent_assessment\" ON \"respondent\"  (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_respondent_token_hash\" ON \"respondent\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"answer\" (\"id\" character varying(36) NOT NULL, \"respondent_id\" character varying(36) NOT NULL, \"assessment_id\" character varying(36) NOT NULL, \"question_id\" character varying(100) NOT NULL, \"option_id\" character varying(100), \"option_ids\" json, \"text\" text, \"comment\" text, \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_9232db17b63fb1e94f97e5c224f\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_answer_assessment\" ON \"answer\"  (\"assessment_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_answer_respondent_question\" ON \"answer\"  (\"respondent_id\", \"question_id\") ");
    await queryRunner.query("CREATE TABLE \"recommendation\" (\"id\" character varying(36) NOT NULL, \"assessment_id\" character varying(36) NOT NULL, \"rule_id\" character varying(100), \"dimension_id\" character varying(100), \"status\" character varying(20) NOT NULL, \"horizon\" character varying(20) NOT NULL, \"impact\" integer NOT NULL, \"priority\" double precision NOT NULL, \"active\" boolean NOT NULL, \"custom_title\" text, \"custom_body\" text, \"evidence\" json NOT NULL, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_17cb51984a6627ef2ce7370e23c\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_recommendation_assessment_rule\" ON \"recommendation\"  (\"assessment_id\", \"rule_id\") ");
    await queryRunner.query("CREATE TABLE \"action_item\" (\"id\" character varying(36) NOT NULL, \"recommendation_id\" character varying(36) NOT NULL, \"title\" character varying(500) NOT NULL, \"owner\" character varying(200), \"due_date\" character varying(10), \"status\" character varying(20) NOT NULL, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_1214f6f4d832c402751617361c0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_action_item_recommendation\" ON \"action_item\"  (\"recommendation_id\") ");
    await queryRunner.query("CREATE TABLE \"result_snapshot\" (\"id\" character varying(36) NOT NULL, \"assessment_id\" character varying(36) NOT NULL, \"scoring_version\" character varying(20) NOT NULL, \"questionnaire_key\" character varying(100) NOT NULL, \"questionnaire_version\" character varying(20) NOT NULL, \"respondent_count\" integer NOT NULL, \"score\" json NOT NULL, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_386298a506d96907d5eef377f54\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_result_snapshot_assessment_created\" ON \"result_snapshot\"  (\"assessment_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"app_user\" (\"id\" character varying(36) NOT NULL, \"email\" character varying(320) NOT NULL, \"display_name\" character varying(200) NOT NULL, \"password_hash\" character varying(200) NOT NULL, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_app_user_email\" ON \"app_user\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"user_session\" (\"id\" character varying(36) NOT NULL, \"user_id\" character varying(36) NOT NULL, \"token_hash\" character varying(64) NOT NULL, \"expires_at\" TIMESTAMP NOT NULL, \"revoked_at\" TIMESTAMP, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_adf3b49590842ac3cf54cac451a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_user_session_user\" ON \"user_session\"  (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_user_session_token_hash\" ON \"user_session\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"workspace_member\" (\"id\" character varying(36) NOT NULL, \"workspace_id\" character varying(36) NOT NULL, \"user_id\" character varying(36) NOT NULL, \"role\" character varying(20) NOT NULL, \"created_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3a35f64bf30517010551467c6e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_workspace_member_user\" ON \"workspace_member\"  (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_workspace_member\" ON \"workspace_member\"  (\"workspace_id\", \"user_id\") ");
    await queryRunner.query("ALTER TABLE \"organization\" ADD CONSTRAINT \"FK_2f040c4b62fb2a1d372a7013c5b\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assessment\" ADD CONSTRAINT \"FK_40ad1407e4079ddb038b8cf787d\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"assessment\" ADD CONSTRAINT \"FK_2f8bded1b93538471b579aa43c7\" FOREIGN KEY (\"organization_id\") REFERENCES \"organization\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"respondent\" ADD CONSTRAINT \"FK_2ed7f210108a5cc457980123584\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"answer\" ADD CONSTRAINT \"FK_ad0451f98205be43f8b0c04ed6e\" FOREIGN KEY (\"respondent_id\") REFERENCES \"respondent\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"answer\" ADD CONSTRAINT \"FK_065fc14c702822bdcbfd0d166f8\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"recommendation\" ADD CONSTRAINT \"FK_5ba048167ad9a6d2f8908fd6c54\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"action_item\" ADD CONSTRAINT \"FK_8a29e16baedf82b41f818cc9686\" FOREIGN KEY (\"recommendation_id\") REFERENCES \"recommendation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"result_snapshot\" ADD CONSTRAINT \"FK_1f91d62e5ec51d94a6691de986b\" FOREIGN KEY (\"assessment_id\") REFERENCES \"assessment\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_session\" ADD CONSTRAINT \"FK_13275383dcdf095ee29f2b3455a\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"workspace_member\" ADD CONSTRAINT \"FK_73d466cb93234025fe379fa5873\" FOREIGN KEY (\"workspace_id\") REFERENCES \"workspace\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"workspace_member\" ADD CONSTRAINT \"FK_82b74268d8b7e1574fd744b3903\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"workspace_member\" DROP CONSTRAINT \"FK_82b74268d8b7e1574fd744b3903\"");
    await queryRunner.query("ALTER TABLE \"workspace_member\" DROP CONSTRAINT \"FK_73d466cb93234025fe379fa5873\"");
    await queryRunner.query("ALTER TABLE \"user_session\" DROP CONSTRAINT \"FK_13275383dcdf095ee29f2b3455a\"");
    await queryRunner.query("ALTER TABLE \"result_snapshot\" DROP CONSTRAINT \"FK_1f91d62e5ec51d94a6691de986b\"");
    await queryRunner.query("ALTER TABLE \"action_item\" DROP CONSTRAINT \"FK_8a29e16baedf82b41f818cc9686\"");
    await queryRunner.query("ALTER TABLE \"recommendation\" DROP CONSTRAINT \"FK_5ba048167ad9a6d2f8908fd6c54\"");
    await queryRunner.query("ALTER TABLE \"answer\" DROP CONSTRAINT \"FK_065fc14c702822bdcbfd0d166f8\"");
    await queryRunner.query("ALTER TABLE \"answer\" DROP CONSTRAINT \"FK_ad0451f98205be43f8b0c04ed6e\"");
    await queryRunner.query("ALTER TABLE \"respondent\" DROP CONSTRAINT \"FK_2ed7f210108a5cc457980123584\"");
    await queryRunner.query("ALTER TABLE \"assessment\" DROP CONSTRAINT \"FK_2f8bded1b93538471b579aa43c7\"");
    await queryRunner.query("ALTER TABLE \"assessment\" DROP CONSTRAINT \"FK_40ad1407e4079ddb038b8cf787d\"");
    await queryRunner.query("ALTER TABLE \"organization\" DROP CONSTRAINT \"FK_2f040c4b62fb2a1d372a7013c5b\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_workspace_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_workspace_member_user\"");
    await queryRunner.query("DROP TABLE \"workspace_member\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_user_session_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_user_session_user\"");
    await queryRunner.query("DROP TABLE \"user_session\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_app_user_email\"");
    await queryRunner.query("DROP TABLE \"app_user\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_result_snapshot_assessment_created\"");
    await queryRunner.query("DROP TABLE \"result_snapshot\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_action_item_recommendation\"");
    await queryRunner.query("DROP TABLE \"action_item\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_recommendation_assessment_rule\"");
    await queryRunner.query("DROP TABLE \"recommendation\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_answer_respondent_question\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_answer_assessment\"");
    await queryRunner.query("DROP TABLE \"answer\"");
    await queryRunner.query("DROP INDEX \"public\".\"uq_respondent_token_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_respondent_assessment\"");
    await queryRunner.query("DROP TABLE \"respondent\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_assessment_organization\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_assessment_workspace\"");
    await queryRunner.query("DROP TABLE \"assessment\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_organization_workspace\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("DROP TABLE \"workspace\"");
  }
}
