import { Controller, Get, Header, Inject, Optional } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { collectDefaultMetrics, Gauge, register } from 'prom-client';
import { EVENT_STORE, type EventStore } from '@send/event-store';
import { MESSAGE_BUS, type MessageBus } from '@send/messaging';
import {
  AUDIT_STORE,
  KafkaFeeder,
  Public,
  READ_YOUR_WRITES,
  type ReadYourWrites,
  UnavailableError,
  ApiProblems,
  ApiAnswer,
  Answer,
  ApiContentAnswer,
} from '@send/platform';
import { SubscriptionRunner } from '@send/read-models';

/** The 503 of GET /ready (docs/api.md "Operations"), with each check's state beside it. */
export const NOT_READY = 'OPERATIONS.NOT_READY';

const BUS_CHECK_MS = 1_500;
const within = <T>(ms: number, work: Promise<T>): Promise<T> =>
  Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);

collectDefaultMetrics();
const lag = new Gauge({
  name: 'send_subscriber_lag_events',
  help: 'Events between the log head and each subscriber',
  labelNames: ['subscriber'],
});
const stuck = new Gauge({
  name: 'send_subscriber_stuck',
  help: '1 while a subscriber is stopped at a stored event it cannot read (see GET /ready for where), else 0',
  labelNames: ['subscriber'],
});

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @Optional() @Inject(EVENT_STORE) private readonly store: EventStore | undefined,
    @Optional() @Inject(MESSAGE_BUS) private readonly bus: MessageBus | undefined,
    @Optional() @Inject(AUDIT_STORE) private readonly audit: EventStore | undefined,
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: SubscriptionRunner,
    @Optional() @Inject(READ_YOUR_WRITES) private readonly views?: ReadYourWrites,
  ) {}

  @Get('health')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiAnswer(Answer.object({ status: { type: 'string', enum: ['ok'] } }))
  health() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    summary: 'Readiness: the event store, the audit store, the bus and the read-model database answer',
  })
  @ApiProblems({ 503: ['OPERATIONS.NOT_READY'] })
  @ApiAnswer(
    Answer.object(
      {
        status: { type: 'string', enum: ['ready', 'degraded'] },
        checks: { type: 'object', additionalProperties: { type: 'string' } },
        subscribers: Answer.list(
          Answer.object(
            {
              name: Answer.string('The read model'),
              position: Answer.string('The store position it has read up to, as a string (64 bits)'),
              stuck: {
                ...Answer.object({
                  streamId: Answer.string(),
                  revision: Answer.integer(),
                  position: Answer.string(),
                  problem: Answer.string(),
                }),
                description: 'Stopped at this event, which it could not apply: what is behind, and why',
              },
              rebuilding: {
                ...Answer.object({ head: Answer.string('The store head it rebuilds up to') }),
                description: 'While a rebuild from position 0 runs',
              },
            },
            ['stuck', 'rebuilding'],
          ),
        ),
        degraded: Answer.list(Answer.string()),
      },
      ['degraded'],
    ),
  )
  async ready() {
    const checks: Record<string, string> = {};
    const check = async (name: string, run: () => Promise<string>) => {
      try {
        checks[name] = await run();
      } catch (error) {
        checks[name] = 'unavailable';
        throw new UnavailableError(NOT_READY, `The ${name} check failed: ${String(error)}`, { checks });
      }
    };
    const { store, audit, bus } = this;
    if (store) await check('eventStore', async () => `ok (head ${await store.headPosition()})`);
    await check('readModels', async () => {
      await this.db.query('SELECT 1');
      return 'ok';
    });
    // The access log's own store (libs/platform/src/module/audit-store.ts): the event store itself when
    // the process holds one (embedded: the SQLite file), else the distributed gateway's own PostgreSQL
    // store in schema `audit`. It is read either way: a read it cannot log is refused, so a store that
    // cannot be read is not ready.
    if (audit) {
      await check('auditStore', async () => {
        const head = await audit.headPosition();
        return audit === store ? `ok (in the event store, head ${head})` : `ok (head ${head})`;
      });
    }
    const degraded: string[] = [];
    if (bus) {
      // Not a reason to refuse traffic: writes are stored and forwarded when the broker returns (the outbox).
      // Bounded, so that /ready answers while the client would still be retrying its connection.
      checks.bus = await within(BUS_CHECK_MS, bus.check()).then(
        () => 'ok (Kafka)',
        (error: unknown) =>
          `unavailable (${String(error)}): writes are stored and forwarded when the broker returns; views fed by other services are behind`,
      );
      if (!checks.bus.startsWith('ok')) degraded.push('bus');
    }
    if (this.views instanceof KafkaFeeder) {
      const { joined, total } = this.views.consumers();
      checks.consumers = joined === total ? `ok (${total} consumer groups)` : `joining (${joined} of ${total} consumer groups)`;
      if (joined < total) degraded.push('consumers');
    }
    const subscribers = this.runner.list();
    const stopped = subscribers.filter((s) => s.stuck);
    if (stopped.length > 0) {
      // Still ready: writes and every other read model work. What is behind, and why, is named.
      checks.subscribers = `degraded: ${stopped.map((s) => `${s.name} stopped at ${s.stuck!.streamId} revision ${s.stuck!.revision}`).join('; ')}`;
      degraded.push('subscribers');
    }
    return {
      status: degraded.length === 0 ? 'ready' : 'degraded',
      checks,
      subscribers,
      ...(degraded.length ? { degraded } : {}),
    };
  }

  @Get('metrics')
  @Public()
  @Header('Content-Type', register.contentType)
  @ApiOperation({ summary: 'Prometheus metrics (no personal data)' })
  @ApiContentAnswer(['text/plain'])
  async metrics(): Promise<string> {
    if (this.store) {
      const head = await this.store.headPosition();
      for (const s of this.runner.list()) lag.set({ subscriber: s.name }, Number(head - BigInt(s.position)));
    }
    for (const s of this.runner.list()) stuck.set({ subscriber: s.name }, s.stuck ? 1 : 0);
    return register.metrics();
  }
}
