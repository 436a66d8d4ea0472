import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Placement's read model (libs/placement/src/registry/registry.entities.ts): the settings registry, one row
 * per setting, and every published version of every local inclusion plan, one row per version.
 */
export class PlacementRegistry1764500000000 implements MigrationInterface {
  name = 'PlacementRegistry1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "registry_settings" ("settingId" character varying(64) NOT NULL, "la" character varying(3) NOT NULL, "registeredAt" character varying(30) NOT NULL, "setting" text NOT NULL, "lastPosition" character varying(30) NOT NULL, CONSTRAINT "PK_10a287c893fc3935356b32edaac" PRIMARY KEY ("settingId"))`,
    );
    await q.query(`CREATE INDEX "IDX_bde0c84f853cb5a5bdf6c2781d" ON "registry_settings" ("la")`);
    await q.query(
      `CREATE TABLE "inclusion_plan_versions" ("id" character varying(20) NOT NULL, "la" character varying(3) NOT NULL, "version" integer NOT NULL, "publishedOn" character varying(10) NOT NULL, "settingIds" text NOT NULL, "partnerLas" text NOT NULL, "lastPosition" character varying(30) NOT NULL, CONSTRAINT "PK_1b9038d13076b5fd57bd7c40b27" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_c56b6cb7dbd77979431aeb03cc" ON "inclusion_plan_versions" ("la", "version")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inclusion_plan_versions"`);
    await q.query(`DROP TABLE "registry_settings"`);
  }
}
