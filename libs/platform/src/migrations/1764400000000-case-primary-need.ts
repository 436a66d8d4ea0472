import { MigrationInterface, QueryRunner } from 'typeorm';

/** The case summary keeps the plan's primary need (SEN2 code), for the tailored list and dashboards. */
export class CasePrimaryNeed1764400000000 implements MigrationInterface {
  name = 'CasePrimaryNeed1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_summaries" ADD "primaryNeed" character varying(4)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_summaries" DROP COLUMN "primaryNeed"`);
  }
}
