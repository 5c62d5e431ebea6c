import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Team results: check-up settings (minimum group size, desired relationship, targets), recommendation history and dismiss reasons, per-dimension score rows. */

export class TeamResults1796011984616 implements MigrationInterface {
  name = 'TeamResults1796011984616';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"recommendation_change\" (\"id\" character varying(36) NOT NULL, \"recommendation_id\" character varying(36) NOT NULL, \"user_id\" character varying(36), \"user_name\" character varying(200) NOT NULL, \"field\" character varying(40) NOT NULL, \"from_value\" text, \"to_value\" text, \"changed_at\" TIMESTAMP NOT NULL DEFAULT now(), CONSTRAINT \"PK_afbf7b06a80329324c5afe5af84\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_recommendation_change_recommendation\" ON \"recommendation_change\"  (\"recommendation_id\", \"changed_at\") ");
    await queryRunner.query("CREATE TABLE \"result_dimension_score\" (\"snapshot_id\" character varying(36) NOT NULL, \"dimension_id\" character varying(100) NOT NULL, \"assessment_id\" character varying(36) NOT NULL, \"score\" double precision, \"coverage\" double precision NOT NULL, CONSTRAINT \"PK_e6a31b02fb7a0927a9d365ed2a5\" PRIMARY KEY (\"snapshot_id\", \"dimension_id\"))");
    await queryRunner.query("CREATE INDEX \"ix_result_dimension_score_assessment\" ON \"result_dimension_score\"  (\"assessment_id\", \"dimension_id\") ");
    await queryRunner.query("ALTER TABLE \"assessment\" ADD \"min_group_size\" integer NOT NULL DEFAULT '3'");
    await queryRunner.query("ALTER TABLE \"assessment\" ADD \"desired_relationship_model\" character varying(30)");
    await queryRunner.query("ALTER TABLE \"assessment\" ADD \"targets\" json");
    await queryRunner.query("ALTER TABLE \"recommendation\" ADD \"dismiss_reason\" text");
    await queryRunner.query("ALTER TABLE \"recommendation_change\" ADD CONSTRAINT \"FK_c7c52cad1195fd4a029fdf39caf\" FOREIGN KEY (\"recommendation_id\") REFERENCES \"recommendation\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"result_dimension_score\" ADD CONSTRAINT \"FK_2dc2c1c0cc5d442029381ded2d8\" FOREIGN KEY (\"snapshot_id\") REFERENCES \"result_snapshot\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"result_dimension_score\" DROP CONSTRAINT \"FK_2dc2c1c0cc5d442029381ded2d8\"");
    await queryRunner.query("ALTER TABLE \"recommendation_change\" DROP CONSTRAINT \"FK_c7c52cad1195fd4a029fdf39caf\"");
    await queryRunner.query("ALTER TABLE \"recommendation\" DROP COLUMN \"dismiss_reason\"");
    await queryRunner.query("ALTER TABLE \"assessment\" DROP COLUMN \"targets\"");
    await queryRunner.query("ALTER TABLE \"assessment\" DROP COLUMN \"desired_relationship_model\"");
    await queryRunner.query("ALTER TABLE \"assessment\" DROP COLUMN \"min_group_size\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_result_dimension_score_assessment\"");
    await queryRunner.query("DROP TABLE \"result_dimension_score\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_recommendation_change_recommendation\"");
    await queryRunner.query("DROP TABLE \"recommendation_change\"");
  }
}
