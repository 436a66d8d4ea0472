/**
 * The distributed system started while the broker is DOWN (three processes from dist/, PostgreSQL; the local
 * broker stopped by kafka.sh before they start): every process must still listen and take its own writes,
 * stored in its outbox (the store) and forwarded once the broker returns; /ready says the bus is down and what
 * still works; a write whose read-your-writes wait cannot be met answers after the bound with `viewsBehind`,
 * not an error. Run `npm run build` first. Leaves the broker running.
 */
import { Cluster, converged, distributedSuite, ensureBrokerUp, kafkaSh, until } from './cluster.js';
import { type Auth, type Json, caseUrl, requestBody } from '../e2e/fixtures.js';

const suite = await distributedSuite('broker-down.e2e-spec.ts');

suite('distributed: started with the broker down', () => {
  const c = new Cluster({ readYourWritesMs: 1500 });
  let cw: Auth;

  beforeAll(async () => {
    await kafkaSh('down');
    await c.start('listening');
    cw = await c.auth('caseworker@202');
  }, 180_000);
  afterAll(async () => {
    await ensureBrokerUp();
    await c.close();
  }, 120_000);

  it(
    'every process listens; /ready answers 200 degraded, naming the bus and what still works',
    c.guard(async () => {
      for (const s of c.services) {
        const ready = await c.httpOf(s).get('/ready').expect(200);
        expect(ready.body).toMatchObject({ status: 'degraded', checks: { readModels: 'ok' } });
        expect(ready.body.degraded).toContain('bus');
        expect(ready.body.checks.bus).toMatch(/^unavailable .*writes are stored and forwarded when the broker returns/);
        expect(ready.body.checks.consumers).toMatch(/^joining \(0 of \d+ consumer groups\)/);
      }
    }),
    60_000,
  );

  it(
    'writes are stored and answered with viewsBehind; once the broker returns every event reaches every consumer once',
    c.guard(async () => {
      const created = await c.http.post('/api/v1/cases').set(cw).send(requestBody('2025-01-06')).expect(201);
      expect(created.body.viewsBehind).toBe(true);
      const caseId = created.body.caseId as string;
      const decided = await c.http
        .post(caseUrl(caseId, '/assessment/decision'))
        .set(cw)
        .send({ decision: 'assess', decidedOn: '2025-02-03', reason: 'Evidence of need' })
        .expect(201);
      expect(decided.body.viewsBehind).toBe(true);
      const stored = await c.count('assessment', 'SELECT count(*) AS n FROM event_store.events WHERE case_id = $1', [caseId]);
      expect(stored).toBeGreaterThanOrEqual(4);
      // Nothing has reached the gateway's views yet: it answers, with the state it has.
      expect(await c.count('gateway', 'SELECT count(*) AS n FROM case_events WHERE "caseId" = $1', [caseId])).toBe(0);

      await kafkaSh('up');
      for (const s of c.services) await c.waitReady(s, 120_000);
      const all = await converged(c, 120_000);
      expect(new Set(all.storeIds).size).toBe(all.storeIds.length);
      const ids = (
        await c.query<{ id: string }>('assessment', 'SELECT id FROM event_store.events WHERE case_id = $1', [caseId])
      ).map((r) => r.id);
      for (const id of ids) {
        expect(await c.count('gateway', 'SELECT count(*) AS n FROM case_events WHERE id = $1', [id])).toBe(1);
        for (const s of c.services)
          expect(
            await c.count(s, `SELECT count(*) AS n FROM inbox WHERE "eventId" = $1 AND consumer = 'read-models'`, [id]),
          ).toBe(1);
      }
      const summary = await until('the gateway to show the decision', async () => {
        const r = await c.http.get(caseUrl(caseId)).set(cw);
        return r.status === 200 && (r.body as Json).stage === 'assessing' ? r.body : undefined;
      });
      expect(summary.caseId).toBe(caseId);
      // A write now meets its read-your-writes wait again.
      const advice = await c.http
        .post(caseUrl(caseId, '/assessment/advice'))
        .set(cw)
        .send({ adviser: 'educational-psychologist', requestedOn: '2025-02-04' })
        .expect(201);
      expect(advice.body.viewsBehind).toBeUndefined();
    }),
    300_000,
  );
});
