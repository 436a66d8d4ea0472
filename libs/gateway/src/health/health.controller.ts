import { Controller, Get, Header, Inject, Optional, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { collectDefaultMetrics, Gauge, register } from 'prom-client';
import { EVENT_STORE, type EventStore } from '@send/event-store';
import { MESSAGE_BUS, type MessageBus } from '@send/messaging';
import { Public } from '@send/platform';
import { SubscriptionRunner } from '@send/read-models';

collectDefaultMetrics();
const lag = new Gauge({
  name: 'send_subscriber_lag_events',
  help: 'Events between the log head and each subscriber',
  labelNames: ['subscriber'],
});

@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    @Optional() @Inject(EVENT_STORE) private readonly store: EventStore | undefined,
    @Optional() @Inject(MESSAGE_BUS) private readonly bus: MessageBus | undefined,
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: SubscriptionRunner,
  ) {}

  @Get('health')
  @Public()
  @ApiOperation({ summary: 'Liveness: the process answers' })
  health() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({ summary: 'Readiness: the event store, the bus and the read-model database answer' })
  async ready() {
    const checks: Record<string, string> = {};
    try {
      if (this.store) checks.eventStore = `ok (head ${await this.store.headPosition()})`;
      await this.db.query('SELECT 1');
      checks.readModels = 'ok';
      if (this.bus) {
        await this.bus.check();
        checks.bus = 'ok (Kafka)';
      }
    } catch (error) {
      throw new ServiceUnavailableException({ status: 'unavailable', checks, error: String(error) });
    }
    return { status: 'ready', checks, subscribers: this.runner.list() };
  }

  @Get('metrics')
  @Public()
  @Header('Content-Type', register.contentType)
  @ApiOperation({ summary: 'Prometheus metrics (no personal data)' })
  async metrics(): Promise<string> {
    if (this.store) {
      const head = await this.store.headPosition();
      for (const s of this.runner.list()) lag.set({ subscriber: s.name }, Number(head - BigInt(s.position)));
    }
    return register.metrics();
  }
}
