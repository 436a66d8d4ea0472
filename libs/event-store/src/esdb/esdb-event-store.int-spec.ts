import { eventStoreContract } from '../event-store.contract.js';
import { EventStoreDbEventStore } from './esdb-event-store.js';

/**
 * Runs only against a real EventStoreDB (e.g. esdb://localhost:2113?tls=false). No server exists on the CI
 * machine, so there it is skipped too, loudly: a skipped suite must never read as a passed one.
 */
const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  eventStoreContract('EventStoreDB', async () => EventStoreDbEventStore.fromConnectionString(connectionString));
} else {
  console.warn('EventStoreDB contract NOT RUN: set EVENTSTORE_CONNECTION_STRING');
  describe.skip('EventStoreDB contract (NOT RUN: set EVENTSTORE_CONNECTION_STRING)', () => {
    it('contract', () => undefined);
  });
}
