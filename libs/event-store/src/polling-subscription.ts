import { StoredEvent } from '@send/kernel';
import { EventHandler, SubscribeOptions, Subscription } from './event-store.port.js';

export interface PollingSource {
  readAll(after: bigint, limit: number): Promise<StoredEvent[]>;
  /** A counter that moves on every append this process makes. */
  appendSequence(): number;
  /** Resolves at once if the counter has moved past `since`, else on the next append or after `ms`. */
  waitForAppend(ms: number, since: number): Promise<void>;
}

const BATCH = 500;

/**
 * Catch-up subscription over readAll for stores without a native push (SQLite, PostgreSQL).
 * In-process appends wake it at once; appends from other processes are seen within `pollMs`.
 */
export function pollingSubscription(
  source: PollingSource,
  after: bigint,
  handler: EventHandler,
  options: SubscribeOptions & { pollMs?: number } = {},
): Subscription {
  let running = true;
  const pollMs = options.pollMs ?? 250;
  const loop = (async () => {
    let checkpoint = after;
    while (running) {
      const seen = source.appendSequence();
      let batch: StoredEvent[];
      try {
        batch = await source.readAll(checkpoint, BATCH);
      } catch (error) {
        // An unreadable row (UnreadableEventError) or a store that went away: stop here, at the last
        // position handled, and let the owner decide when to try again.
        running = false;
        options.onError?.(error);
        return;
      }
      for (const event of batch) {
        if (!running) return;
        try {
          await handler(event);
        } catch (error) {
          running = false;
          options.onError?.(error, event);
          return;
        }
        checkpoint = event.position;
      }
      if (batch.length < BATCH && running) await source.waitForAppend(pollMs, seen);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
    },
  };
}
