import { EventEmitter } from 'node:events';
import type { StoredEvent } from '@send/kernel';
import { Inject, Injectable, Logger, Optional, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore, Subscription, UnreadableEventError } from '@send/event-store';
import { EVENT_SUBSCRIBERS, EventSubscriber } from './event-subscriber.js';

const RETRY_MS = 1000;
/** A damaged stored event does not mend itself: look again now and then (a restore may have replaced it). */
const STUCK_RETRY_MS = 30_000;

/** Where a subscriber stopped because the next stored event cannot be read (GET /ready, /metrics). */
export interface StuckAt {
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  readonly problem: string;
}

/**
 * Runs every registered subscriber from its checkpoint against the local store (embedded mode, and
 * each service's own projections in distributed mode). It also answers "has everything caught up with
 * position P?", which is how a write waits for its read models (docs/api.md "Read your writes").
 */
@Injectable()
export class SubscriptionRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('subscriptions');
  private readonly positions = new Map<string, bigint>();
  /** Wakes waiters the moment any subscriber moves, so a write's wait costs no polling delay. */
  private readonly moved = new EventEmitter().setMaxListeners(0);
  private readonly running = new Map<string, Subscription>();
  private readonly stuck = new Map<string, StuckAt>();
  private stopped = false;

  constructor(
    @Optional() @Inject(EVENT_STORE) private readonly store: EventStore | null,
    @Inject(EVENT_SUBSCRIBERS) private readonly subscribers: EventSubscriber[],
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.store) return;
    for (const s of this.subscribers) await this.start(s);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.running.values()].map((s) => s.stop()));
  }

  list(): { name: string; position: string; stuck?: StuckAt }[] {
    return this.subscribers.map((s) => {
      const stuck = this.stuck.get(s.name);
      return { name: s.name, position: (this.positions.get(s.name) ?? 0n).toString(), ...(stuck ? { stuck } : {}) };
    });
  }

  private async start(subscriber: EventSubscriber, from?: bigint): Promise<void> {
    if (!this.store) return;
    const after = from ?? (await subscriber.checkpoint());
    this.positions.set(subscriber.name, after);
    const moved = (position: bigint) => {
      this.positions.set(subscriber.name, position);
      this.stuck.delete(subscriber.name);
      this.moved.emit('moved');
    };
    const options = { onError: (error: unknown, event?: StoredEvent) => this.failed(subscriber, error, event) };
    const subscription = subscriber.handleBatch
      ? this.store.subscribeToAllInBatches(
          after,
          async (events) => {
            await subscriber.handleBatch!(events);
            moved(events[events.length - 1].position);
          },
          options,
        )
      : this.store.subscribeToAll(
          after,
          async (event) => {
            await subscriber.handle(event);
            moved(event.position);
          },
          options,
        );
    this.running.set(subscriber.name, subscription);
  }

  /**
   * A handler that throws is retried soon (a busy database, a lost connection). An event that cannot be read
   * stops this subscriber at the position before it, says so (list(), GET /ready, /metrics) and leaves every
   * other subscriber, and every write, running; the damage is found by verify, by stream and revision.
   */
  private failed(subscriber: EventSubscriber, error: unknown, event?: { id: string; type: string; position: bigint }): void {
    let retryMs = RETRY_MS;
    if (error instanceof UnreadableEventError) {
      retryMs = STUCK_RETRY_MS;
      const { streamId, revision, position, problem } = error;
      this.stuck.set(subscriber.name, { streamId, revision, position: position.toString(), problem });
      this.moved.emit('moved');
      this.logger.error(`${subscriber.name} stopped: ${error.message}; run verify to see the damage`);
    } else if (event) {
      this.logger.error(
        `${subscriber.name} failed on event ${event.id} (${event.type}) at ${event.position}: ${String(error)}; retrying`,
      );
    } else {
      this.logger.error(`${subscriber.name} could not read the store: ${String(error)}; retrying`);
    }
    setTimeout(() => {
      if (!this.stopped) void this.start(subscriber, this.positions.get(subscriber.name));
    }, retryMs).unref();
  }

  /** Rebuilds one projection from position 0; resolves when it has caught up with the head. */
  async rebuild(name: string, timeoutMs = 600_000): Promise<{ name: string; position: string }> {
    const subscriber = this.subscribers.find((s) => s.name === name);
    if (!subscriber?.reset) throw new Error(`${name} is not a rebuildable projection`);
    await this.running.get(name)?.stop();
    await subscriber.reset();
    await this.start(subscriber, 0n);
    const head = (await this.store?.headPosition()) ?? 0n;
    await this.waitFor(head, timeoutMs, [name]);
    return { name, position: (this.positions.get(name) ?? 0n).toString() };
  }

  /** True once every subscriber (or the named ones) has handled everything up to `position`. */
  async waitFor(position: bigint, timeoutMs: number, names?: string[]): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const targets = names ?? this.subscribers.map((s) => s.name);
    // A subscriber stopped at a damaged event will not pass it: waiting for it would hold up every write.
    const behind = () => targets.some((n) => !this.stuck.has(n) && (this.positions.get(n) ?? 0n) < position);
    while (behind()) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.moved.off('moved', done);
          resolve();
        };
        const timer = setTimeout(done, left);
        this.moved.on('moved', done);
      });
    }
    return true;
  }

  /**
   * Waits until every subscriber has reached the head, including events that process managers append
   * in reaction to the write, so that a follow-up command sees their effect.
   */
  async settle(timeoutMs: number): Promise<boolean> {
    // Embedded read-your-writes: see ReadYourWrites in @send/platform.
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.store) return true;
      const head = await this.store.headPosition();
      const ok = await this.waitFor(head, Math.max(0, deadline - Date.now()));
      if (!ok) return false;
      if ((await this.store.headPosition()) === head) return true;
    }
  }
}
