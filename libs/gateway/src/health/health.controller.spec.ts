import type { DataSource } from 'typeorm';
import { type EventStore, SqliteEventStore } from '@send/event-store';
import type { MessageBus } from '@send/messaging';
import { toProblem } from '@send/platform';
import type { SubscriptionRunner } from '@send/read-models';
import { HealthController, NOT_READY } from './health.controller.js';

/** GET /ready (docs/api.md "Operations"): every dependency is checked, the access log's store among them. */

const db = { query: async () => [{ 1: 1 }] } as unknown as DataSource;
const runner = { list: () => [] } as unknown as SubscriptionRunner;
const bus = { check: async () => undefined } as unknown as MessageBus;

describe('GET /ready', () => {
  let store: SqliteEventStore;
  let audit: SqliteEventStore;
  beforeEach(() => {
    store = new SqliteEventStore(':memory:');
    audit = new SqliteEventStore(':memory:');
  });
  afterEach(async () => {
    await store.close();
    await audit.close();
  });

  it('embedded: the access log lives in the event store, and says so', async () => {
    const ready = await new HealthController(store, undefined, store, db, runner).ready();
    expect(ready).toEqual({
      status: 'ready',
      checks: { eventStore: 'ok (head 0)', readModels: 'ok', auditStore: 'ok (in the event store, head 0)' },
      subscribers: [],
    });
  });

  it('distributed gateway: no event store, its own audit store checked with the bus', async () => {
    const ready = await new HealthController(undefined, bus, audit, db, runner).ready();
    expect(ready.checks).toEqual({ readModels: 'ok', auditStore: 'ok (head 0)', bus: 'ok (Kafka)' });
  });

  it('the broker down is not a reason to refuse traffic: 200 degraded, naming the bus and what still works', async () => {
    const downBus = { check: () => new Promise(() => undefined) } as unknown as MessageBus; // never answers
    const ready = await new HealthController(undefined, downBus, audit, db, runner).ready();
    expect(ready).toMatchObject({
      status: 'degraded',
      degraded: ['bus'],
      checks: { readModels: 'ok', auditStore: 'ok (head 0)' },
    });
    expect(ready.checks.bus).toMatch(/^unavailable \(Error: no answer within 1500 ms\): writes are stored and forwarded/);
  });

  it('a subscriber stopped at an unreadable event: 200 degraded, naming where', async () => {
    const stuck = {
      list: () => [
        {
          name: 'case-summary',
          position: '4',
          stuck: { streamId: 'assessment-x', revision: 5, position: '5', problem: 'SyntaxError' },
        },
      ],
    } as unknown as SubscriptionRunner;
    const ready = await new HealthController(store, undefined, store, db, stuck).ready();
    expect(ready).toMatchObject({ status: 'degraded', degraded: ['subscribers'] });
    expect(ready.checks.subscribers).toBe('degraded: case-summary stopped at assessment-x revision 5');
  });

  it('answers 503 OPERATIONS.NOT_READY naming the audit store when it does not answer', async () => {
    const down = { headPosition: async () => Promise.reject(new Error('connect ECONNREFUSED')) } as unknown as EventStore;
    const error = await new HealthController(undefined, bus, down, db, runner).ready().catch((e: unknown) => e);
    const problem = toProblem(error);
    expect(problem).toMatchObject({
      status: 503,
      code: NOT_READY,
      checks: { readModels: 'ok', auditStore: 'unavailable' },
    });
    expect(problem.detail).toContain('auditStore');
    expect((problem.checks as Record<string, string>).bus).toBeUndefined();
  });

  it('answers 503 naming the read-model database when it fails, before the later checks', async () => {
    const down = { query: async () => Promise.reject(new Error('database is locked')) } as unknown as DataSource;
    const problem = toProblem(await new HealthController(store, bus, store, down, runner).ready().catch((e: unknown) => e));
    expect(problem).toMatchObject({
      status: 503,
      code: NOT_READY,
      checks: { eventStore: 'ok (head 0)', readModels: 'unavailable' },
    });
  });
});
