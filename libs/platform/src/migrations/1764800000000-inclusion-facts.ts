import { MigrationInterface, QueryRunner } from 'typeorm';

/** The inclusion dashboards' and the SEN2 return's facts, one row per event (docs/dashboards.md). */
export class InclusionFacts1764800000000 implements MigrationInterface {
  name = 'InclusionFacts1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "inclusion_facts" ("eventId" character varying(64) NOT NULL, "caseId" character varying(64) NOT NULL, "la" character varying(3) NOT NULL, "type" character varying(60) NOT NULL, "on" character varying(10) NOT NULL, "position" character varying(30) NOT NULL, "data" text NOT NULL, "lastPosition" character varying(30) NOT NULL, CONSTRAINT "PK_7a02153e59edaf2b96834b153d9" PRIMARY KEY ("eventId"))`,
    );
    await q.query(`CREATE INDEX "IDX_inclusion_facts_la" ON "inclusion_facts" ("la")`);
    await q.query(`CREATE INDEX "IDX_inclusion_facts_case" ON "inclusion_facts" ("caseId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inclusion_facts"`);
  }
}
