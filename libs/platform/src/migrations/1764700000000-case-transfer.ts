import { MigrationInterface, QueryRunner } from 'typeorm';

/** The case summary keeps a pending transfer's LA and the LAs that maintained the plan before (Reg 15). */
export class CaseTransfer1764700000000 implements MigrationInterface {
  name = 'CaseTransfer1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_summaries" ADD "transferTo" character varying(3)`);
    await q.query(`ALTER TABLE "case_summaries" ADD "formerLas" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_summaries" DROP COLUMN "formerLas"`);
    await q.query(`ALTER TABLE "case_summaries" DROP COLUMN "transferTo"`);
  }
}
