import { MigrationInterface, QueryRunner } from 'typeorm';

/** The first read-model schema on PostgreSQL: case summaries, deadline register, the gateway's event copy, inbox, idempotency, checkpoints. */
export class ReadModels1764300000000 implements MigrationInterface {
  name = 'ReadModels1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "checkpoints" ("name" character varying(100) NOT NULL, "position" character varying(30) NOT NULL, CONSTRAINT "PK_bc58f402866bbff71835c62942e" PRIMARY KEY ("name"))`,
    );
    await q.query(
      `CREATE TABLE "case_summaries" ("caseId" character varying(64) NOT NULL, "la" character varying(3) NOT NULL, "stage" character varying(40) NOT NULL, "givenName" character varying(200) NOT NULL, "familyName" character varying(200) NOT NULL, "dateOfBirth" character varying(10) NOT NULL, "requestedBy" character varying(20) NOT NULL, "requestedOn" character varying(10) NOT NULL, "planVersion" integer, "planStatus" character varying(10), "planSetting" text, "assessmentRevision" integer NOT NULL DEFAULT '-1', "ehcpRevision" integer NOT NULL DEFAULT '-1', "lastPosition" character varying(30) NOT NULL, CONSTRAINT "PK_883ad9c1632881bbfebdb1b060e" PRIMARY KEY ("caseId"))`,
    );
    await q.query(`CREATE INDEX "IDX_682e01cea260e2f50cd75e04ec" ON "case_summaries" ("la", "stage")`);
    await q.query(
      `CREATE TABLE "deadlines" ("id" character varying(200) NOT NULL, "caseId" character varying(64) NOT NULL, "deadlineId" character varying(120) NOT NULL, "la" character varying(3) NOT NULL, "rule" character varying(40) NOT NULL, "kind" character varying(10) NOT NULL, "source" character varying(200) NOT NULL, "startedOn" character varying(10) NOT NULL, "dueOn" character varying(10) NOT NULL, "closedOn" character varying(10), "exceptedOn" character varying(10), "exceptionGround" character varying(60), "exceptionSource" character varying(200), "notApplicableOn" character varying(10), "notApplicableWhy" character varying(200), "breachRecordedOn" character varying(10), "lastPosition" character varying(30) NOT NULL, CONSTRAINT "PK_a9b8551c028a78298641a8e3470" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_b17f5c2218ae5f217dfbd0e6fe" ON "deadlines" ("caseId")`);
    await q.query(`CREATE INDEX "IDX_957d3569b95982c58990fdfd50" ON "deadlines" ("la", "dueOn")`);
    await q.query(
      `CREATE TABLE "case_events" ("id" character varying(64) NOT NULL, "caseId" character varying(64) NOT NULL, "streamId" character varying(120) NOT NULL, "revision" integer NOT NULL, "record" text NOT NULL, "lastPosition" character varying(30) NOT NULL, CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "IDX_f3060ac4182a828eaf3c05e547" ON "case_events" ("caseId", "streamId", "revision")`);
    await q.query(
      `CREATE TABLE "inbox" ("consumer" character varying(100) NOT NULL, "eventId" character varying(64) NOT NULL, "processedAt" character varying(40) NOT NULL, CONSTRAINT "PK_764cc730523bda8e175c4caa0bf" PRIMARY KEY ("consumer", "eventId"))`,
    );
    await q.query(
      `CREATE TABLE "idempotency_records" ("scopedKey" character varying(400) NOT NULL, "requestHash" character varying(64) NOT NULL, "status" integer NOT NULL, "body" text NOT NULL, "createdAt" character varying(40) NOT NULL, CONSTRAINT "PK_6984b1d450de8458c6f083b1317" PRIMARY KEY ("scopedKey"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['idempotency_records', 'inbox', 'case_events', 'deadlines', 'case_summaries', 'checkpoints']) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
