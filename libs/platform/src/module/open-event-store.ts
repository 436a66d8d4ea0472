import { EventStore, SqliteEventStore } from '@send/event-store';
import { AppConfig, ConfigError } from '../config/app-config.js';

/**
 * The one place the store adapter is chosen. Server adapters are loaded only when configured, so the
 * embedded mode never loads the gRPC client or the PostgreSQL driver.
 */
export async function openEventStore(config: AppConfig): Promise<EventStore | null> {
  switch (config.store) {
    case 'none':
      return null;
    case 'sqlite':
      return new SqliteEventStore(config.sqliteFile);
    case 'postgres': {
      if (!config.postgresUrl) throw new ConfigError('EVENT_STORE=postgres needs DATABASE_URL');
      const { PostgresEventStore } = await import('../../../event-store/src/postgres/index.js');
      return PostgresEventStore.open(config.postgresUrl, { schema: 'event_store' });
    }
    case 'eventstoredb': {
      if (!config.eventStoreConnectionString)
        throw new ConfigError('EVENT_STORE=eventstoredb needs EVENTSTORE_CONNECTION_STRING');
      const { EventStoreDbEventStore } = await import('../../../event-store/src/esdb/index.js');
      return EventStoreDbEventStore.fromConnectionString(config.eventStoreConnectionString);
    }
  }
}
