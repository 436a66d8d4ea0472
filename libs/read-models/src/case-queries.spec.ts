import { DataSource } from 'typeorm';
import { CaseSummaryEntity } from './case-summary/case-summary.entity.js';
import { DeadlineEntity } from './deadline-register/deadline.entity.js';
import type { DeadlineRow } from './deadline-register/deadline-register.projection.js';
import { applyCaseListConditions, nextDeadlineOf, orderByNextDeadline } from './case-list.js';
import { CaseQueries, type CaseListFilter } from './case-queries.js';
import { READ_MODEL_ENTITIES } from './projections.js';

const TODAY = '2026-11-28';

const clock = (caseId: string, deadlineId: string, overrides: Partial<DeadlineRow> = {}): DeadlineRow => ({
  id: `${caseId}/${deadlineId}`,
  caseId,
  deadlineId,
  la: '202',
  rule: 'assessment-decision',
  kind: 'duty',
  source: 'Reg 5(1)',
  startedOn: '2026-10-01',
  dueOn: '2026-12-10',
  closedOn: null,
  exceptedOn: null,
  exceptionGround: null,
  exceptionSource: null,
  notApplicableOn: null,
  notApplicableWhy: null,
  breachRecordedOn: null,
  lastPosition: '1',
  ...overrides,
});

const aCase = (caseId: string, overrides: Partial<CaseSummaryEntity> = {}): CaseSummaryEntity =>
  Object.assign(new CaseSummaryEntity(), {
    caseId,
    la: '202',
    stage: 'requested',
    givenName: 'Amara',
    familyName: 'Okafor',
    dateOfBirth: '2016-03-01',
    requestedBy: 'parent',
    requestedOn: '2026-10-01',
    primaryNeed: null,
    planVersion: null,
    planStatus: null,
    planSetting: null,
    assessmentRevision: 0,
    ehcpRevision: -1,
    lastPosition: '1',
    ...overrides,
  });

describe('the next deadline of a case', () => {
  it('is the soonest running duty clock, with its status as of today and its rule title', () => {
    const next = nextDeadlineOf(
      [
        clock('a', 'later', { dueOn: '2027-01-19', rule: 'final-plan' }),
        clock('a', 'sooner', { dueOn: '2026-12-10' }),
        clock('a', 'met', { dueOn: '2026-11-01', closedOn: '2026-10-20' }),
        clock('a', 'stopped', { dueOn: '2026-11-02', notApplicableOn: '2026-10-21' }),
        clock('a', 'family', { dueOn: '2026-11-03', kind: 'period' }),
        clock('a', 'not-yet', { dueOn: '2026-11-04', startedOn: '2026-12-01' }),
      ],
      TODAY,
    );
    expect(next).toEqual({
      deadlineId: 'sooner',
      rule: 'assessment-decision',
      title: 'Decision whether to secure an EHC needs assessment',
      dueOn: '2026-12-10',
      status: 'open',
    });
  });

  it('is breached past its due date, excepted under a lawful exception, and absent when nothing runs', () => {
    expect(nextDeadlineOf([clock('a', 'x', { dueOn: '2026-11-27' })], TODAY)?.status).toBe('breached');
    expect(nextDeadlineOf([clock('a', 'x', { dueOn: TODAY })], TODAY)?.status).toBe('open');
    expect(nextDeadlineOf([clock('a', 'x', { dueOn: '2026-11-01', exceptedOn: '2026-10-10' })], TODAY)?.status).toBe('excepted');
    expect(nextDeadlineOf([clock('a', 'x', { closedOn: '2026-10-02' })], TODAY)).toBeUndefined();
  });
});

describe('CaseQueries.list and overdueByStage on SQLite', () => {
  let db: DataSource;
  let queries: CaseQueries;
  const base: CaseListFilter = { page: 1, pageSize: 20, today: TODAY };
  const ids = async (f: Partial<CaseListFilter>) => (await queries.list({ ...base, ...f })).items.map((c) => c.caseId);

  beforeAll(async () => {
    db = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: READ_MODEL_ENTITIES, synchronize: true });
    await db.initialize();
    queries = new CaseQueries(db);
    await db
      .getRepository(CaseSummaryEntity)
      .save([
        aCase('aaaa0001-0000-0000-0000-000000000001', { requestedOn: '2026-09-01' }),
        aCase('bbbb0002-0000-0000-0000-000000000002', { requestedOn: '2026-09-02', stage: 'assessing' }),
        aCase('cccc0003-0000-0000-0000-000000000003', { requestedOn: '2026-09-03', stage: 'assessment-refused' }),
        aCase('dddd0004-0000-0000-0000-000000000004', { requestedOn: '2026-09-04' }),
        aCase('eeee0005-0000-0000-0000-000000000005', { requestedOn: '2026-09-05', la: '203' }),
        aCase('ffff0006-0000-0000-0000-000000000006', { requestedOn: '2026-09-06', stage: 'no-plan' }),
      ]);
    await db
      .getRepository(DeadlineEntity)
      .save([
        clock('aaaa0001-0000-0000-0000-000000000001', 'd1', { dueOn: '2027-01-05' }),
        clock('bbbb0002-0000-0000-0000-000000000002', 'd1', { dueOn: '2026-11-20', rule: 'final-plan' }),
        clock('bbbb0002-0000-0000-0000-000000000002', 'd2', { dueOn: '2026-12-22', rule: 'no-plan-decision' }),
        clock('cccc0003-0000-0000-0000-000000000003', 'd1', { dueOn: '2026-10-01', closedOn: '2026-09-20' }),
        clock('dddd0004-0000-0000-0000-000000000004', 'd1', { dueOn: '2026-12-01', exceptedOn: '2026-10-10' }),
        clock('eeee0005-0000-0000-0000-000000000005', 'd1', { dueOn: '2026-11-01', la: '203' }),
        clock('ffff0006-0000-0000-0000-000000000006', 'd1', { dueOn: '2026-12-24', rule: 'tribunal-order' }),
      ]);
  });
  afterAll(async () => db.destroy());

  it('keeps the oldest request first by default', async () => {
    expect((await ids({ las: ['202'] })).map((id) => id.slice(0, 4))).toEqual(['aaaa', 'bbbb', 'cccc', 'dddd', 'ffff']);
  });

  it('sort=next-deadline: soonest running clock first, nothing running last; pages keep that order', async () => {
    const order = (await ids({ las: ['202'], sort: 'next-deadline' })).map((id) => id.slice(0, 4));
    expect(order).toEqual(['bbbb', 'dddd', 'ffff', 'aaaa', 'cccc']);
    const page2 = await queries.list({ ...base, las: ['202'], sort: 'next-deadline', page: 2, pageSize: 2 });
    expect(page2.items.map((c) => c.caseId.slice(0, 4))).toEqual(['ffff', 'aaaa']);
    expect(page2.total).toBe(5);
    expect(page2.items[0].nextDeadline).toMatchObject({ rule: 'tribunal-order', dueOn: '2026-12-24', status: 'open' });
  });

  it('returns each item its next deadline, excepted or breached', async () => {
    const { items } = await queries.list({ ...base, las: ['202'], sort: 'next-deadline' });
    expect(items[0].nextDeadline).toMatchObject({ rule: 'final-plan', status: 'breached' });
    expect(items[1].nextDeadline).toMatchObject({ status: 'excepted', dueOn: '2026-12-01' });
    expect(items[4].nextDeadline).toBeUndefined();
  });

  it('rule=, ref= and open=true filter on the server', async () => {
    expect(await ids({ rule: 'no-plan-decision' })).toEqual(['bbbb0002-0000-0000-0000-000000000002']);
    expect(await ids({ rule: 'assessment-decision', las: ['202'] })).toEqual([
      'aaaa0001-0000-0000-0000-000000000001',
      'dddd0004-0000-0000-0000-000000000004',
    ]);
    expect(await ids({ ref: 'cccc00' })).toEqual(['cccc0003-0000-0000-0000-000000000003']);
    expect(await ids({ ref: 'cccc9' })).toEqual([]);
    // The refused case has nothing running; the no-plan case still owes a tribunal order.
    const open = await ids({ las: ['202'], open: true });
    expect(open.map((id) => id.slice(0, 4))).toEqual(['aaaa', 'bbbb', 'dddd', 'ffff']);
  });

  it('dueBefore still leaves out excepted clocks', async () => {
    expect((await ids({ las: ['202'], dueBefore: '2026-12-02' })).map((id) => id.slice(0, 4))).toEqual(['bbbb']);
  });

  it('counts the LA’s overdue cases by stage, every stage listed, excepted clocks not overdue', async () => {
    const counts = await queries.overdueByStage('202', TODAY);
    expect(counts.filter((c) => c.cases > 0)).toEqual([{ stage: 'assessing', cases: 1 }]);
    expect(counts.map((c) => c.stage)).toContain('plan-final');
    expect((await queries.overdueByStage('203', TODAY)).find((c) => c.stage === 'requested')?.cases).toBe(1);
  });

  it('writes the same query for PostgreSQL with every identifier quoted (its columns are camelCase)', async () => {
    const pg = new DataSource({ type: 'postgres', entities: READ_MODEL_ENTITIES });
    await (pg as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
    const qb = pg.getRepository(CaseSummaryEntity).createQueryBuilder('c');
    applyCaseListConditions(qb, { rule: 'final-plan', ref: 'ab', open: true, dueBefore: TODAY }, TODAY);
    orderByNextDeadline(qb);
    const sql = [qb.getQuery()];
    expect(sql.join('\n')).toContain('"d"."dueOn"');
  });
});
