import type { CallHandler, ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { firstValueFrom, of, throwError } from 'rxjs';
import { FixedClock, NotFoundError } from '@send/kernel';
import { type EventStore, SqliteEventStore } from '@send/event-store';
import { type CaseAccess, type User, toProblem } from '@send/platform';
import { ACCESS_LOG_UNAVAILABLE, AccessLogInterceptor, AccessLogged } from './access-logged.js';

class Routes {
  @AccessLogged('timeline')
  timeline() {}

  notLogged() {}
}

const access = { laOf: async () => '202' } as unknown as CaseAccess;
const clock = new FixedClock(new Date('2026-11-28T10:00:00.000Z'));
const auditor: User = { id: 'auditor', role: 'auditor' };

function call(user: User | undefined, handler: () => void = Routes.prototype.timeline) {
  const request = { user, params: { caseId: 'c1' }, query: { from: '2025-01-01' }, headers: { 'x-correlation-id': 'k9' } };
  return {
    getHandler: () => handler,
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
}
const answering = (body: unknown): CallHandler => ({ handle: () => of(body) });

describe('a read marked AccessLogged', () => {
  let store: SqliteEventStore;
  let interceptor: AccessLogInterceptor;
  beforeEach(() => {
    store = new SqliteEventStore(':memory:');
    interceptor = new AccessLogInterceptor(new Reflector(), store, clock, access);
  });
  afterEach(() => store.close());

  it("by an auditor or a tribunal user is recorded before its answer goes, with the route's query", async () => {
    for (const user of [auditor, { id: 'tribunal', role: 'tribunal' } as User]) {
      expect(await firstValueFrom(interceptor.intercept(call(user), answering({ entries: [] })))).toEqual({ entries: [] });
    }
    const events = await store.readStream('access-c1');
    expect(events.map((e) => [e.actor.id, e.data])).toEqual([
      ['auditor', { what: 'timeline', query: { from: '2025-01-01' } }],
      ['tribunal', { what: 'timeline', query: { from: '2025-01-01' } }],
    ]);
    expect(events[0]).toMatchObject({ la: '202', correlationId: 'k9', recordedAt: '2026-11-28T10:00:00.000Z' });
  });

  it('by a caseworker or a manager is not recorded: their work on the case is the record', async () => {
    for (const role of ['caseworker', 'manager'] as const) {
      await firstValueFrom(interceptor.intercept(call({ id: role, role, la: '202' }), answering({})));
    }
    expect(await store.readStream('access-c1')).toEqual([]);
  });

  it('is not recorded when the route refused it: nothing was read', async () => {
    const refused: CallHandler = { handle: () => throwError(() => new NotFoundError('CASE.NOT_FOUND', 'no case')) };
    await expect(firstValueFrom(interceptor.intercept(call(auditor), refused))).rejects.toThrow('no case');
    expect(await store.readStream('access-c1')).toEqual([]);
  });

  it('fails with 503 AUDIT.ACCESS_LOG_UNAVAILABLE, its answer withheld, when the record cannot be written', async () => {
    const broken = {
      ...store,
      readStream: async () => [],
      readLast: async () => undefined,
      append: async () => Promise.reject(new Error('disk full')),
    };
    const failing = new AccessLogInterceptor(new Reflector(), broken as unknown as EventStore, clock, access);
    const error = await firstValueFrom(failing.intercept(call(auditor), answering({ secret: 'the record' }))).catch(
      (e: unknown) => e,
    );
    const problem = toProblem(error);
    expect(problem).toMatchObject({ status: 503, code: ACCESS_LOG_UNAVAILABLE });
    expect(JSON.stringify(problem)).not.toContain('the record');
  });

  it('leaves a route without the mark alone', async () => {
    await firstValueFrom(interceptor.intercept(call(auditor, Routes.prototype.notLogged), answering({})));
    expect(await store.readStream('access-c1')).toEqual([]);
  });
});
