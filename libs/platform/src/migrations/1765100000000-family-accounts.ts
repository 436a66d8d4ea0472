import { MigrationInterface, QueryRunner } from 'typeorm';

/** Family accounts, each bound to one case (libs/platform/src/auth/family-account.entity.ts). */
export class FamilyAccounts1765100000000 implements MigrationInterface {
  name = 'FamilyAccounts1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "family_accounts" ("username" character varying(100) NOT NULL, "caseId" character varying(64) NOT NULL, ` +
        `"la" character varying(16) NOT NULL, "invitationId" character varying(64) NOT NULL, "passwordHash" character varying(300) NOT NULL, ` +
        `"createdAt" character varying(30) NOT NULL, "revokedAt" character varying(30), CONSTRAINT "PK_e143a610d1488542213ee7032e3" PRIMARY KEY ("username"))`,
    );
    await q.query(`CREATE INDEX "IDX_df2616c0c9ca68c2a26a5d2a41" ON "family_accounts" ("caseId")`);
    await q.query(`CREATE UNIQUE INDEX "IDX_bbbcdb55bfcf0fb1d85bd837b7" ON "family_accounts" ("invitationId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_bbbcdb55bfcf0fb1d85bd837b7"`);
    await q.query(`DROP INDEX "IDX_df2616c0c9ca68c2a26a5d2a41"`);
    await q.query(`DROP TABLE "family_accounts"`);
  }
}
