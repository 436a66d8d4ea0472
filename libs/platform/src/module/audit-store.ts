import { Inject, Injectable, OnApplicationShutdown, Optional, type Provider } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@send/event-store';
import { APP_CONFIG, type AppConfig, ConfigError } from '../config/app-config.js';

/**
 * Where the audit streams are appended (the access log of each case; libs/kernel/src/streams.ts): an
 * event store like any other, so the access log is hash-chained exactly as the record is.
 */
export const AUDIT_STORE = Symbol('AUDIT_STORE');

/** The schema of the distributed gateway's own database that holds its audit streams. */
export const AUDIT_SCHEMA = 'audit';

/**
 * A process that holds an event store keeps its audit streams there (embedded: the one SQLite file). The
 * distributed gateway holds no context's store, so it opens one of its own in its own database
 * (DATABASE_URL), which it only appends to and reads by stream: nothing forwards, subscribes to or replays
 * it, so it never reaches a topic or a read model (docs/architecture.md "Audit").
 */
export async function openAuditStore(config: AppConfig, store: EventStore | null): Promise<EventStore> {
  if (store) return store;
  if (!config.postgresUrl) throw new ConfigError('The gateway keeps its access log in its own database: set DATABASE_URL.');
  const { PostgresEventStore } = await import('../../../event-store/src/postgres/index.js');
  return PostgresEventStore.open(config.postgresUrl, { schema: AUDIT_SCHEMA, listen: false });
}

/** Closes the audit store when the process opened it for itself; the shared store is not its to close. */
@Injectable()
export class AuditStoreShutdown implements OnApplicationShutdown {
  constructor(
    @Inject(AUDIT_STORE) private readonly audit: EventStore,
    @Optional() @Inject(EVENT_STORE) private readonly store: EventStore | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.audit !== this.store) await this.audit.close();
  }
}

export const AUDIT_STORE_PROVIDERS: Provider[] = [
  {
    provide: AUDIT_STORE,
    inject: [APP_CONFIG, EVENT_STORE],
    useFactory: (config: AppConfig, store: EventStore | null) => openAuditStore(config, store),
  },
  AuditStoreShutdown,
];
