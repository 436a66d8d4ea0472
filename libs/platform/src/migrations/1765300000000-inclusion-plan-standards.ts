import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A local inclusion plan's version keeps the national standards each setting provides (docs/domain.md "National
 * SEND standards (proposal)"); null for versions that state none, as every earlier one.
 */
export class InclusionPlanStandards1765300000000 implements MigrationInterface {
  name = 'InclusionPlanStandards1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "inclusion_plan_versions" ADD "provides" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "inclusion_plan_versions" DROP COLUMN "provides"`);
  }
}
