import { startEmbedded, type Harness } from './harness.js';
import {
  type Auth,
  type Json,
  UUID,
  caseUrl,
  conclude,
  deadlinesAsOf,
  decide,
  expectProblem,
  history,
  login,
  openCase,
  post,
  requestBody,
  step,
} from './fixtures.js';

/**
 * Statutory timescales over HTTP (docs/domain.md "Statutory timescales", "Counting", "Exceptions"): due dates,
 * and each clock's status as of a date through GET /cases/{id}/deadlines?asOf=.
 */

const NOW = new Date('2026-11-28T10:00:00Z');
let h: Harness;
let cw: Auth;

beforeAll(async () => {
  h = await startEmbedded(NOW);
  cw = await login(h, 'caseworker@202');
});
afterAll(async () => {
  await h.close();
});

describe('due dates: weeks are whole weeks of calendar days from the day the request is received', () => {
  it.each([
    // Leap day: +6 weeks crosses 29 Feb itself → 11 Apr; +16 → 20 Jun; +20 → 18 Jul.
    ['2024-02-29', '2024-04-11', '2024-06-20', '2024-07-18'],
    // End of January: +6 weeks runs through a 28-day February → 14 Mar; +16 → 23 May; +20 → 20 Jun.
    ['2025-01-31', '2025-03-14', '2025-05-23', '2025-06-20'],
    // +6 weeks lands on Monday 5 May 2025, the Early May bank holiday: statutory weeks are calendar
    // weeks, so the due date stays on the bank holiday (no working-day roll). +16 → 14 Jul; +20 → 11 Aug.
    ['2025-03-24', '2025-05-05', '2025-07-14', '2025-08-11'],
    // Received on Christmas Day: the clock still starts that day. +6 → 5 Feb 2024; +16 → 15 Apr; +20 → 13 May.
    ['2023-12-25', '2024-02-05', '2024-04-15', '2024-05-13'],
  ])('request received %s: decision %s, no-plan notice %s, final plan %s', async (receivedOn, decision, noPlan, finalPlan) => {
    const caseId = await openCase(h, cw, receivedOn);
    const d = await deadlinesAsOf(h, cw, caseId, receivedOn);
    expect(d['assessment-decision']).toMatchObject({
      rule: 'assessment-decision',
      startedOn: receivedOn,
      dueOn: decision,
      status: 'open',
    });
    expect(d['no-plan-decision']).toMatchObject({
      rule: 'no-plan-decision',
      startedOn: receivedOn,
      dueOn: noPlan,
      status: 'open',
    });
    expect(d['final-plan']).toMatchObject({ rule: 'final-plan', startedOn: receivedOn, dueOn: finalPlan, status: 'open' });
    for (const view of Object.values(d)) expect(view.source).toMatch(/reg/i);
    expect(d['assessment-decision'].source).toMatch(/reg 4\(1\), 5\(1\)/);
    expect(d['no-plan-decision'].source).toMatch(/reg 10\(1\)/);
    expect(d['final-plan'].source).toMatch(/reg 13\(2\)/);
  });
});

describe('status as of a date', () => {
  it('is open up to and on the due date, breached the day after an unmet due date', async () => {
    const caseId = await openCase(h, cw, '2024-02-29');
    expect((await deadlinesAsOf(h, cw, caseId, '2024-04-10'))['assessment-decision'].status).toBe('open');
    expect((await deadlinesAsOf(h, cw, caseId, '2024-04-11'))['assessment-decision'].status).toBe('open');
    const dayAfter = (await deadlinesAsOf(h, cw, caseId, '2024-04-12'))['assessment-decision'];
    expect(dayAfter).toMatchObject({ dueOn: '2024-04-11', status: 'breached' });
    expect(dayAfter.closedOn).toBeUndefined();
  });

  it('is met when the act happens ON the due date', async () => {
    const caseId = await openCase(h, cw, '2024-02-29');
    await decide(h, cw, caseId, 'assess', '2024-04-11');
    expect((await deadlinesAsOf(h, cw, caseId, '2024-04-10'))['assessment-decision']).toMatchObject({ status: 'open' });
    expect((await deadlinesAsOf(h, cw, caseId, '2024-04-11'))['assessment-decision']).toMatchObject({
      dueOn: '2024-04-11',
      status: 'met',
      closedOn: '2024-04-11',
    });
    expect((await deadlinesAsOf(h, cw, caseId, '2024-12-31'))['assessment-decision']).toMatchObject({
      status: 'met',
      closedOn: '2024-04-11',
    });
  });

  it('is met when the act happens before the due date', async () => {
    const caseId = await openCase(h, cw, '2025-01-31');
    await decide(h, cw, caseId, 'assess', '2025-02-14');
    expect((await deadlinesAsOf(h, cw, caseId))['assessment-decision']).toMatchObject({
      dueOn: '2025-03-14',
      status: 'met',
      closedOn: '2025-02-14',
    });
  });

  it('is breached with closedOn when the act comes late', async () => {
    const caseId = await openCase(h, cw, '2025-01-31');
    await decide(h, cw, caseId, 'assess', '2025-03-17');
    expect((await deadlinesAsOf(h, cw, caseId, '2025-03-14'))['assessment-decision'].status).toBe('open');
    const between = (await deadlinesAsOf(h, cw, caseId, '2025-03-15'))['assessment-decision'];
    expect(between.status).toBe('breached');
    expect(between.closedOn).toBeUndefined();
    expect((await deadlinesAsOf(h, cw, caseId, '2025-03-17'))['assessment-decision']).toMatchObject({
      dueOn: '2025-03-14',
      status: 'breached',
      closedOn: '2025-03-17',
    });
  });

  it('does not move a due date that falls on a bank holiday: due Mon 2025-05-05, breached on 2025-05-06', async () => {
    const caseId = await openCase(h, cw, '2025-03-24');
    expect((await deadlinesAsOf(h, cw, caseId, '2025-05-05'))['assessment-decision']).toMatchObject({
      dueOn: '2025-05-05',
      status: 'open',
    });
    expect((await deadlinesAsOf(h, cw, caseId, '2025-05-06'))['assessment-decision']).toMatchObject({
      dueOn: '2025-05-05',
      status: 'breached',
    });
    await decide(h, cw, caseId, 'assess', '2025-05-06');
    expect((await deadlinesAsOf(h, cw, caseId))['assessment-decision']).toMatchObject({
      status: 'breached',
      closedOn: '2025-05-06',
    });
  });

  it('after a refusal to assess, the no-plan and final-plan clocks are not-applicable, with their due dates kept', async () => {
    const caseId = await openCase(h, cw, '2023-12-25');
    await decide(h, cw, caseId, 'refuse', '2024-01-15');
    const before = await deadlinesAsOf(h, cw, caseId, '2024-01-14');
    expect(Object.values(before).map((d) => d.status)).toEqual(['open', 'open', 'open']);
    const after = await deadlinesAsOf(h, cw, caseId, '2024-01-15');
    expect(after['assessment-decision']).toMatchObject({ status: 'met', closedOn: '2024-01-15' });
    expect(after['no-plan-decision']).toMatchObject({ dueOn: '2024-04-15', status: 'not-applicable' });
    expect(after['final-plan']).toMatchObject({ dueOn: '2024-05-13', status: 'not-applicable' });
    // Long after the dates pass, a clock that stopped applying is never breached.
    const later = await deadlinesAsOf(h, cw, caseId, '2025-01-01');
    expect([later['no-plan-decision'].status, later['final-plan'].status]).toEqual(['not-applicable', 'not-applicable']);
    expect((await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body.openDeadlines).toEqual([]);
  });

  it('after a decision not to issue a plan, the no-plan clock is met and the final-plan clock not-applicable', async () => {
    const caseId = await openCase(h, cw, '2025-01-31');
    await decide(h, cw, caseId, 'assess', '2025-03-10');
    await conclude(h, cw, caseId, 'no-plan', '2025-05-23');
    const d = await deadlinesAsOf(h, cw, caseId, '2025-12-01');
    expect(d['no-plan-decision']).toMatchObject({ dueOn: '2025-05-23', status: 'met', closedOn: '2025-05-23' });
    expect(d['final-plan']).toMatchObject({ dueOn: '2025-06-20', status: 'not-applicable' });
  });

  it('does not list a clock as of a date before it started', async () => {
    const caseId = await openCase(h, cw, '2025-01-31');
    const res = await h.http.get(caseUrl(caseId, '/deadlines?asOf=2025-01-30')).set(cw).expect(200);
    expect(res.body).toEqual([]);
    await decide(h, cw, caseId, 'assess', '2025-02-10');
    const advice = await step(h, cw, caseId, '/assessment/advice', { adviser: 'health', requestedOn: '2025-02-20' });
    const onTheEve = await deadlinesAsOf(h, cw, caseId, '2025-02-19');
    expect(Object.keys(onTheEve).sort()).toEqual(['assessment-decision', 'final-plan', 'no-plan-decision']);
    expect((await deadlinesAsOf(h, cw, caseId, '2025-02-20'))[`advice:${advice.adviceId}`]).toMatchObject({
      rule: 'advice',
      dueOn: '2025-04-03',
      status: 'open',
    });
  });

  it('refuses an asOf that is not a real date (2025-02-30) with 400 naming asOf', async () => {
    const caseId = await openCase(h, cw, '2025-01-31');
    for (const asOf of ['2025-02-30', '2025-2-3', 'yesterday']) {
      const res = await h.http.get(caseUrl(caseId, `/deadlines?asOf=${asOf}`)).set(cw);
      expectProblem(res, 400);
      expect((res.body.errors as Json[]).map((e) => e.field)).toContain('asOf');
    }
  });
});

describe('lawful exceptions (Reg 5(4), 10(4)): the clock shows excepted and keeps its due date', () => {
  let caseId: string;

  beforeAll(async () => {
    caseId = await openCase(h, cw, '2025-01-31');
  });

  it('records an exception from within the period: 201 with an exceptionId, each running clock excepted', async () => {
    const res = await post(h, cw, caseId, '/assessment/exceptions', {
      ground: 'exceptional-personal-circumstances',
      from: '2025-02-10',
      to: '2025-03-31',
      evidence: 'Hospital letter: the child was an in-patient from 10 Feb 2025',
      familyNotified: true,
    });
    expect(res.status).toBe(201);
    expect(res.body.caseId).toBe(caseId);
    expect(res.body.exceptionId).toMatch(UUID);
    expect((res.body.events as Json[]).map((e) => e.type)).toEqual([
      'TimescaleExceptionRecorded',
      'DeadlineExcepted',
      'DeadlineExcepted',
      'DeadlineExcepted',
    ]);
  });

  it('shows each clock excepted from the exception on, with its original due date', async () => {
    const before = await deadlinesAsOf(h, cw, caseId, '2025-02-09');
    expect(Object.values(before).map((d) => d.status)).toEqual(['open', 'open', 'open']);
    const d = await deadlinesAsOf(h, cw, caseId, '2025-07-01');
    expect(d['assessment-decision']).toMatchObject({ dueOn: '2025-03-14', status: 'excepted' });
    expect(d['no-plan-decision']).toMatchObject({ dueOn: '2025-05-23', status: 'excepted' });
    expect(d['final-plan']).toMatchObject({ dueOn: '2025-06-20', status: 'excepted' });
  });

  it('stays excepted, with the same due date, when the act comes after it', async () => {
    await decide(h, cw, caseId, 'assess', '2025-04-01');
    expect((await deadlinesAsOf(h, cw, caseId, '2025-07-01'))['assessment-decision']).toMatchObject({
      dueOn: '2025-03-14',
      status: 'excepted',
    });
  });

  it('does not except a clock whose due date passed before the circumstance began', async () => {
    const other = await openCase(h, cw, '2025-01-31');
    await step(h, cw, other, '/assessment/exceptions', {
      ground: 'absent-from-area',
      from: '2025-04-01',
      evidence: 'Family abroad for a funeral, 8 weeks',
      familyNotified: true,
    });
    const d = await deadlinesAsOf(h, cw, other, '2025-07-01');
    expect(d['assessment-decision']).toMatchObject({ dueOn: '2025-03-14', status: 'breached' });
    expect(d['no-plan-decision'].status).toBe('excepted');
    expect(d['final-plan'].status).toBe('excepted');
  });
});

describe('"today" is the date in England, from the injected clock', () => {
  afterEach(() => h.clock.set(NOW));

  it('at 23:30 UTC on 30 June (00:30 BST on 1 July) a request received 1 July is not in the future, 2 July is', async () => {
    h.clock.set(new Date('2025-06-30T23:30:00Z'));
    expect((await h.http.post('/api/v1/cases').set(cw).send(requestBody('2025-07-01'))).status).toBe(201);
    expectProblem(await h.http.post('/api/v1/cases').set(cw).send(requestBody('2025-07-02')), 422, 'DATE.IN_THE_FUTURE');
  });

  it('without asOf, the status is as of today in England: breached only once the morning after has come there', async () => {
    h.clock.set(new Date('2025-06-30T12:00:00Z'));
    const caseId = await openCase(h, cw, '2025-05-20'); // decision due 2025-07-01
    h.clock.set(new Date('2025-07-01T22:59:00Z')); // 23:59 BST, still 1 July
    expect((await deadlinesAsOf(h, cw, caseId))['assessment-decision']).toMatchObject({ dueOn: '2025-07-01', status: 'open' });
    h.clock.set(new Date('2025-07-01T23:00:00Z')); // 00:00 BST, 2 July
    expect((await deadlinesAsOf(h, cw, caseId))['assessment-decision']).toMatchObject({
      dueOn: '2025-07-01',
      status: 'breached',
    });
    const summary = (await h.http.get(caseUrl(caseId)).set(cw).expect(200)).body;
    expect(summary.openDeadlines).toContainEqual(expect.objectContaining({ rule: 'assessment-decision', status: 'breached' }));
  });
});

describe('a breach is itself an event (docs/domain.md "Counting")', () => {
  it('the deadline sweep records DeadlineBreached the morning after each unmet due date, once', async () => {
    const admin = await login(h, 'admin');
    const caseId = await openCase(h, cw, '2024-02-29');
    await decide(h, cw, caseId, 'assess', '2024-04-11'); // met: never breached
    const sweep = await h.http.post('/api/v1/admin/deadlines/sweep').set(admin).expect(200);
    expect(sweep.body.recorded).toBeGreaterThanOrEqual(2);
    const breaches = (await history(h, cw, caseId)).filter((e) => e.type === 'DeadlineBreached');
    expect(breaches.map((e) => e.data.deadlineId).sort()).toEqual(['final-plan', 'no-plan-decision']);
    expect(breaches.find((e) => e.data.deadlineId === 'no-plan-decision')).toMatchObject({
      stream: `deadlines-${caseId}`,
      occurredAt: '2024-06-21',
      data: { rule: 'no-plan-decision', dueOn: '2024-06-20', breachedOn: '2024-06-21' },
    });
    expect(breaches.find((e) => e.data.deadlineId === 'final-plan')?.data).toMatchObject({
      dueOn: '2024-07-18',
      breachedOn: '2024-07-19',
    });
    const length = (await history(h, cw, caseId)).length;
    await h.http.post('/api/v1/admin/deadlines/sweep').set(admin).expect(200);
    expect((await history(h, cw, caseId)).length).toBe(length);
    const verify = (await h.http.get(caseUrl(caseId, '/verify')).set(cw).expect(200)).body;
    expect(verify.valid).toBe(true);
    expect((verify.streams as Json[]).map((s) => s.stream)).toContain(`deadlines-${caseId}`);
  });

  it('records no breach for an excepted or not-applicable clock', async () => {
    const admin = await login(h, 'admin');
    const refused = await openCase(h, cw, '2024-02-29');
    await decide(h, cw, refused, 'refuse', '2024-03-20');
    const excepted = await openCase(h, cw, '2024-02-29');
    await step(h, cw, excepted, '/assessment/exceptions', {
      ground: 'exceptional-personal-circumstances',
      from: '2024-03-01',
      evidence: 'Bereavement',
      familyNotified: true,
    });
    await h.http.post('/api/v1/admin/deadlines/sweep').set(admin).expect(200);
    for (const caseId of [refused, excepted]) {
      expect((await history(h, cw, caseId)).filter((e) => e.type === 'DeadlineBreached')).toEqual([]);
    }
  });
});
