import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tribunal bundles' records under their verification codes (libs/read-models/src/bundles/bundle-record.entity.ts). */
export class Bundles1764610000000 implements MigrationInterface {
  name = 'Bundles1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "bundles" ("code" character varying(40) NOT NULL, "caseId" character varying(64) NOT NULL, ` +
        `"caseRef" character varying(40) NOT NULL, "generatedAt" character varying(30) NOT NULL, "streams" text NOT NULL, ` +
        `"pages" integer NOT NULL, "sha256" character varying(64) NOT NULL, CONSTRAINT "PK_84b6b70299824bf78e2e446f4a4" PRIMARY KEY ("code"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "bundles"`);
  }
}
