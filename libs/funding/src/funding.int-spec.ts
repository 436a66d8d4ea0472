import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { FixedClock, type DomainEvent, type StoredEvent } from '@send/kernel';
import { EVENT_STORE, type EventStore, buildRecords } from '@send/event-store';
import { PlatformModule, TokenService, createValidationPipe, loadConfig } from '@send/platform';
import { SubscriptionRunner } from '@send/read-models';
import { FUNDING_PROCESS_MANAGERS, FundingModule } from './funding.module.js';
import { FUNDING_REFERENCE_STREAM, fundingStream, highNeedsStream } from './funding.stream.js';
import { PricePlanProcessManager } from './price-plan/price-plan.process-manager.js';
import { ReferenceDataLoader } from './reference/reference-data.loader.js';

/**
 * The funding context wired as the embedded product wires it (SQLite store and read models, the
 * platform's subscriptions feeding its process managers), driven over HTTP. The other contexts are
 * not imported (contexts share no code): their events are appended to the store as they would be.
 */
describe('funding context on SQLite', () => {
  let dir: string;
  let app: INestApplication;
  let store: EventStore;
  let http: ReturnType<typeof request>;
  const caseId = randomUUID();
  const token = (id: string, role: 'caseworker' | 'manager', la = '202') =>
    `Bearer ${app.get(TokenService).issue({ id, role, la })}`;
  const settle = () => app.get(SubscriptionRunner).settle(5000);

  async function append(streamId: string, events: DomainEvent[], occurredAt: string): Promise<StoredEvent[]> {
    const head = (await store.readStream(streamId)).at(-1);
    const actor = { id: 'caseworker@202', role: 'caseworker' as const };
    const ctx = { caseId, la: '202', actor, correlationId: 'c', causationId: 'c', occurredAt, recordedAt: new Date() };
    await store.append(streamId, head ? head.revision : 'no-stream', buildRecords(streamId, head, events, ctx));
    await settle();
    return store.readStream(streamId);
  }

  const F = {
    items: [
      {
        provision: 'Speech and language therapy, direct 1:1',
        hours: 1,
        frequency: 'weekly',
        deliveredBy: 'speech and language therapist',
      },
      { provision: '1:1 teaching assistant in all lessons', hours: 25, frequency: 'weekly', deliveredBy: 'teaching assistant' },
    ],
  };
  const finalPlan = {
    type: 'FinalPlanIssued',
    data: { version: 2, issuedOn: '2025-09-01', sections: { F, I: { type: 'mainstream' } } },
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'send-funding-'));
    const config = loadConfig({ DATA_DIR: dir, PORT: '0', SEND_DEMO: 'true' });
    const clock = new FixedClock(new Date('2025-10-01T10:00:00Z'));
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot({ config, clock, processManagers: FUNDING_PROCESS_MANAGERS }), FundingModule],
    }).compile();
    app = moduleRef.createNestApplication({ logger: ['error'] });
    app.useGlobalPipes(createValidationPipe());
    await app.init();
    store = app.get(EVENT_STORE);
    http = request(app.getHttpServer());
    const child = { givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '2016-09-01' };
    const requested = { caseId, la: '202', child, requestedBy: 'parent', receivedOn: '2025-03-03' };
    await append(`assessment-${caseId}`, [{ type: 'AssessmentRequested', data: requested }], '2025-03-03');
    await append(`ehcp-${caseId}`, [finalPlan], '2025-09-01');
  });

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records the reference data once, however often it is loaded', async () => {
    await app.get(ReferenceDataLoader).onApplicationBootstrap();
    const loaded = await store.readStream(FUNDING_REFERENCE_STREAM);
    expect(loaded.map((e) => [e.type, e.caseId, e.la, (e.data as { version: string }).version])).toEqual([
      ['ReferenceDataLoaded', 'national', '000', '2024-illustrative.1'],
    ]);
  });

  it('serves the bands and tariffs in force, marked illustrative', async () => {
    const bands = await http.get('/api/v1/funding/bands').set('Authorization', token('caseworker@202', 'caseworker')).expect(200);
    expect(bands.body).toMatchObject({
      version: '2024-illustrative.1',
      status: 'illustrative — not DfE figures',
      threshold: { pence: 600000 },
    });
    const tariffs = await http
      .get('/api/v1/funding/tariffs?asOf=2025-01-01')
      .set('Authorization', token('caseworker@202', 'caseworker'));
    expect(tariffs.body.tariffs.find((t: { id: string }) => t.id === 'ta-hour')).toMatchObject({ unit: 'hour', pence: 1850 });
    await http
      .get('/api/v1/funding/bands?asOf=2023-01-01')
      .set('Authorization', token('caseworker@202', 'caseworker'))
      .expect(404);
  });

  it('prices the final plan: band, lines, element 2 / element 3', async () => {
    const res = await http
      .get(`/api/v1/cases/${caseId}/funding`)
      .set('Authorization', token('caseworker@202', 'caseworker'))
      .expect(200);
    expect(res.body).toMatchObject({
      caseId,
      planVersion: 2,
      band: { id: 'C' },
      annualPence: 2_037_750,
      element2Pence: 600_000,
      element3Pence: 1_437_750,
      placeFundingPence: 0,
      referenceVersion: '2024-illustrative.1',
    });
    expect(res.headers.etag).toBe('"1"');
  });

  it('prices nothing twice when the plan event is delivered again', async () => {
    const [event] = (await store.readStream(`ehcp-${caseId}`)).slice(-1);
    await app.get(PricePlanProcessManager).reactTo(event);
    expect((await store.readStream(fundingStream(caseId))).map((e) => e.type)).toEqual(['PlanPriced', 'TopUpCommitted']);
  });

  it('hides another LA\u2019s case', async () => {
    await http
      .get(`/api/v1/cases/${caseId}/funding`)
      .set('Authorization', token('caseworker@203', 'caseworker', '203'))
      .expect(404);
  });

  it('refuses an adjustment approved by the person recording it, then applies an approved one', async () => {
    const body = { amountPence: 50_000, reason: 'Transport to therapy', approvedBy: 'caseworker@202', approvedOn: '2025-09-15' };
    const auth = token('caseworker@202', 'caseworker');
    const refused = await http
      .post(`/api/v1/cases/${caseId}/funding/adjustments`)
      .set('Authorization', auth)
      .send(body)
      .expect(422);
    expect(refused.body.code).toBe('FUNDING.APPROVER_MUST_DIFFER');
    await http
      .post(`/api/v1/cases/${caseId}/funding/adjustments`)
      .set('Authorization', auth)
      .send({ ...body, approvedOn: '2025-10-02', approvedBy: 'manager@202' })
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('DATE.IN_THE_FUTURE'));
    await http
      .post(`/api/v1/cases/${caseId}/funding/adjustments`)
      .set('Authorization', auth)
      .send({ amountPence: 1 })
      .expect(400);
    const ok = await http
      .post(`/api/v1/cases/${caseId}/funding/adjustments`)
      .set('Authorization', auth)
      .send({ ...body, approvedBy: 'manager@202' })
      .expect(201);
    expect(ok.body.events.map((e: { type: string }) => e.type)).toEqual(['LocalAdjustmentApplied', 'TopUpCommitted']);
    const view = await http.get(`/api/v1/cases/${caseId}/funding`).set('Authorization', auth).expect(200);
    expect(view.body).toMatchObject({
      adjustmentsPence: 50_000,
      element3Pence: 1_487_750,
      adjustments: [{ approvedBy: 'manager@202' }],
    });
  });

  it('sets an LA budget and flags commitments beyond it', async () => {
    const manager = token('manager@202', 'manager');
    await http
      .put('/api/v1/funding/budgets/202/2025-26')
      .set('Authorization', manager)
      .send({ budgetPence: 1_000_000, setOn: '2025-03-01' })
      .expect(200);
    const res = await http.get('/api/v1/funding/budgets/202/2025-26').set('Authorization', manager).expect(200);
    expect(res.body).toMatchObject({
      budgetPence: 1_000_000,
      committedPence: 1_487_750,
      cases: 1,
      risk: { overBudget: true, flags: ['over-budget'] },
    });
    expect((await store.readStream(highNeedsStream('202'))).map((e) => e.type)).toEqual([
      'CommitmentRecorded',
      'CommitmentRecorded',
      'HighNeedsBudgetSet',
    ]);
  });

  it('keeps budgets to their LA and to valid years', async () => {
    const manager = token('manager@202', 'manager');
    await http.get('/api/v1/funding/budgets/203/2025-26').set('Authorization', manager).expect(403);
    const bad = await http.get('/api/v1/funding/budgets/202/2025-2026').set('Authorization', manager).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'financialYear', message: expect.any(String) }]);
    await http
      .put('/api/v1/funding/budgets/202/2025-26')
      .set('Authorization', token('caseworker@202', 'caseworker'))
      .send({})
      .expect(403);
  });
});
