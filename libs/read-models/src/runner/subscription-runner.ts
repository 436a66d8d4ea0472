import { EventEmitter } from 'node:events';
import { Inject, Injectable, Logger, Optional, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { StoredEvent } from '@send/kernel';
import type { DataSource } from 'typeorm';
import { BATCH, EVENT_STORE, type EventStore, Subscription, UnreadableEventError } from '@send/event-store';
import { EVENT_SUBSCRIBERS, EventSubscriber } from './event-subscriber.js';
import { TypeOrmProjection, projectionTransaction, saveCheckpoints } from './typeorm-projection.js';

const RETRY_MS = 1000;
/** A damaged stored event does not mend itself: look again now and then (a restore may have replaced it). */
const STUCK_RETRY_MS = 30_000;
/** How often a rebuild says how far it has got. */
const PROGRESS_MS = 5000;
/**
 * Events a projection lane applies in one transaction while it is a full page or more behind the head (a first
 * start, a rebuild, a catch-up after downtime): each commit then writes a row that several events touched once,
 * and the table's pages once, instead of once per store page (docs/benchmarks.md "Rebuild and replay"). A live
 * lane is handed only what is pending, a store page at most, so a write's wait is not held up by it.
 */
export const CATCH_UP_PAGE = 10_000;

/**
 * The log as stored, beneath any decorator that opens personal data (embedded: the store under
 * PersonalDataEventStore). Optional: without it the runner's own store is read.
 */
export const LOG_AS_STORED = Symbol('LOG_AS_STORED');

/** Where a subscriber stopped because the next stored event cannot be read (GET /ready, /metrics). */
export interface StuckAt {
  readonly streamId: string;
  readonly revision: number;
  readonly position: string;
  readonly problem: string;
}

/**
 * Subscribers that read the log together: one page read feeds them all. The projections on one DataSource form
 * one lane and apply each page in ONE transaction (one commit for all of them); everything else (process managers,
 * forwarders) forms another. A member that fails leaves its lane and runs on its own until it succeeds, so one
 * failing subscriber never holds up the others (docs/architecture.md "Read side").
 */
interface Lane {
  readonly name: string;
  readonly members: EventSubscriber[];
  readonly db?: DataSource;
  subscription?: Subscription;
  /** A projection lane's catch-up in large pages, until it follows the log (indexes set aside built again). */
  catchingUp?: Promise<void>;
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
  private readonly lanes: Lane[] = [];
  private readonly solo = new Map<string, Subscription>();
  private readonly stuck = new Map<string, StuckAt>();
  private readonly rebuilding = new Map<string, { head: bigint }>();
  private stopped = false;

  constructor(
    @Optional() @Inject(EVENT_STORE) private readonly store: EventStore | null,
    @Inject(EVENT_SUBSCRIBERS) private readonly subscribers: EventSubscriber[],
    @Optional() @Inject(LOG_AS_STORED) private readonly stored: EventStore | null = null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.store) return;
    for (const s of this.subscribers) this.positions.set(s.name, await s.checkpoint());
    const byDb = new Map<DataSource, EventSubscriber[]>();
    const others = new Map<string, EventSubscriber[]>();
    for (const s of this.subscribers) {
      if (s instanceof TypeOrmProjection) byDb.set(s.dataSource, [...(byDb.get(s.dataSource) ?? []), s]);
      else others.set(s.lane ?? 'processes', [...(others.get(s.lane ?? 'processes') ?? []), s]);
    }
    let n = 0;
    for (const [db, members] of byDb) this.lanes.push({ name: `projections-${++n}`, members, db });
    for (const [name, members] of others) this.lanes.push({ name, members });
    for (const lane of this.lanes) this.startLane(lane);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await Promise.all([...this.lanes.map((l) => l.subscription?.stop()), ...[...this.solo.values()].map((s) => s.stop())]);
  }

  list(): { name: string; position: string; stuck?: StuckAt; rebuilding?: { head: string } }[] {
    return this.subscribers.map((s) => {
      const stuck = this.stuck.get(s.name);
      const rebuilding = this.rebuilding.get(s.name);
      return {
        name: s.name,
        position: this.position(s.name).toString(),
        ...(stuck ? { stuck } : {}),
        ...(rebuilding ? { rebuilding: { head: rebuilding.head.toString() } } : {}),
      };
    });
  }

  private position(name: string): bigint {
    return this.positions.get(name) ?? 0n;
  }

  private advance(name: string, position: bigint): void {
    if (position > this.position(name)) this.positions.set(name, position);
    this.stuck.delete(name);
  }

  private startLane(lane: Lane): void {
    const store = this.store;
    if (!store || this.stopped || lane.members.length === 0) return;
    const from = lane.members.reduce(
      (min, m) => (this.position(m.name) < min ? this.position(m.name) : min),
      this.position(lane.members[0].name),
    );
    const follow = (after: bigint) =>
      store.subscribeToAllInBatches(after, (events) => this.deliver(lane, events), {
        onError: (error) => this.laneFailed(lane, error),
      });
    if (!lane.db) {
      lane.subscription = follow(from);
      return;
    }
    // Projections far behind first catch up in large pages, then follow the log page by page.
    let running = true;
    let following: Subscription | undefined;
    const setAside: TypeOrmProjection<never>[] = [];
    const catchUp = (async () => {
      let after = from;
      for (;;) {
        let page: StoredEvent[];
        try {
          page = await store.readAll(after, CATCH_UP_PAGE);
        } catch (error) {
          if (running) this.laneFailed(lane, error);
          return;
        }
        if (!running) return;
        if (after === from && page.length === CATCH_UP_PAGE) setAside.push(...(await this.setAsideIndexes(lane)));
        if (page.length > 0) {
          await this.deliver(lane, page);
          after = page[page.length - 1].position;
        }
        if (!running) return;
        if (page.length < CATCH_UP_PAGE || lane.members.length === 0) break;
      }
      await this.indexesBack(setAside);
      following = follow(after);
    })();
    lane.catchingUp = catchUp;
    lane.subscription = {
      async stop() {
        running = false;
        await catchUp;
        await following?.stop();
      },
    };
  }

  /**
   * A lane starting from 0 a full page or more behind the head: its projections still at 0 with empty tables set
   * their secondary indexes aside, as a rebuild does (TypeOrmProjection.setAsideForCatchUp). A projection that
   * cannot is simply kept up row by row.
   */
  private async setAsideIndexes(lane: Lane): Promise<TypeOrmProjection<never>[]> {
    const aside: TypeOrmProjection<never>[] = [];
    for (const m of lane.members) {
      if (!(m instanceof TypeOrmProjection) || this.position(m.name) !== 0n) continue;
      try {
        if (await m.setAsideForCatchUp()) aside.push(m as TypeOrmProjection<never>);
      } catch (error) {
        this.logger.warn(`${m.name} keeps its indexes through the catch-up: ${String(error)}`);
      }
    }
    return aside;
  }

  /** Once the lane has caught up: the indexes set aside built again (the next start's schema sync, if this fails). */
  private async indexesBack(projections: readonly TypeOrmProjection<never>[]): Promise<void> {
    for (const p of projections) {
      try {
        await p.rebuilt();
      } catch (error) {
        this.logger.error(`${p.name} could not build its indexes again: ${String(error)}; the next start will`);
      }
    }
  }

  /** One page to every member of a lane, each given only the events after its own position. */
  private async deliver(lane: Lane, events: readonly StoredEvent[]): Promise<void> {
    const last = events[events.length - 1].position;
    const due = lane.members.map((m) => ({ m, events: events.filter((e) => e.position > this.position(m.name)) }));
    const todo = due.filter((d) => d.events.length > 0);
    if (lane.db) {
      const db = lane.db;
      try {
        await projectionTransaction(db, async (em) => {
          // Each member's rows, then every member's checkpoint in one statement, all in the page's transaction.
          const checkpoints: { name: string; position: bigint }[] = [];
          for (const d of todo) {
            const position = await (d.m as TypeOrmProjection<never>).applyRowsIn(em, d.events);
            if (position !== undefined) checkpoints.push({ name: d.m.name, position });
          }
          await saveCheckpoints(em, checkpoints);
        });
      } catch {
        // Nothing of the page was applied. Apply it member by member to find which one fails; that one leaves.
        for (const d of todo) {
          try {
            await (d.m as TypeOrmProjection<never>).handleBatch(d.events);
          } catch (error) {
            this.eject(lane, d.m, error, d.events[0]);
          }
        }
      }
    } else {
      for (const d of todo) {
        const failed = await this.handleEach(d.m, d.events);
        if (failed) this.eject(lane, d.m, failed.error, failed.event);
      }
    }
    for (const m of lane.members) this.advance(m.name, last);
    this.moved.emit('moved');
  }

  /** A member's share of a page, in order; the event it failed on, if it did (a batch handler fails as a whole). */
  private async handleEach(
    member: EventSubscriber,
    events: readonly StoredEvent[],
  ): Promise<{ error: unknown; event: StoredEvent } | undefined> {
    if (member.handleBatch) {
      try {
        await member.handleBatch(events);
        return undefined;
      } catch (error) {
        return { error, event: events[0] };
      }
    }
    for (const event of events) {
      try {
        await member.handle(event);
      } catch (error) {
        return { error, event };
      }
      this.advance(member.name, event.position);
    }
    return undefined;
  }

  /** A member that failed runs on its own from where it stopped, retried until it succeeds. */
  private eject(lane: Lane, member: EventSubscriber, error: unknown, event?: StoredEvent): void {
    lane.members.splice(lane.members.indexOf(member), 1);
    this.failed(member, error, event);
  }

  private laneFailed(lane: Lane, error: unknown): void {
    if (error instanceof UnreadableEventError) {
      // The members behind the damaged event stop there (each on its own, looked at again now and then); those
      // already past it carry on in the lane.
      for (const m of lane.members.filter((m) => this.position(m.name) < error.position)) this.eject(lane, m, error);
      this.startLane(lane);
      return;
    }
    this.logger.error(`${lane.name} could not read the store: ${String(error)}; retrying`);
    setTimeout(() => this.startLane(lane), RETRY_MS).unref();
  }

  private startSolo(subscriber: EventSubscriber): void {
    if (!this.store || this.stopped) return;
    const options = { onError: (error: unknown, event?: StoredEvent) => this.failed(subscriber, error, event) };
    const moved = (position: bigint) => {
      this.advance(subscriber.name, position);
      this.moved.emit('moved');
    };
    const after = this.position(subscriber.name);
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
    this.solo.set(subscriber.name, subscription);
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
    setTimeout(() => this.startSolo(subscriber), retryMs).unref();
  }

  /**
   * Rebuilds one projection from position 0, the log read in pages with each page applied in one transaction;
   * logs how far it has got every few seconds (and list() shows it); resolves when it has caught up with the head.
   */
  async rebuild(name: string, timeoutMs = 600_000): Promise<{ name: string; position: string }> {
    const subscriber = this.subscribers.find((s) => s.name === name);
    if (!subscriber?.reset) throw new Error(`${name} is not a rebuildable projection`);
    const lane = this.lanes.find((l) => l.members.includes(subscriber));
    if (lane) await lane.subscription?.stop();
    await this.solo.get(name)?.stop();
    this.solo.delete(name);
    await subscriber.reset();
    this.positions.set(name, 0n);
    this.stuck.delete(name);
    if (lane) this.startLane(lane);
    else this.startSolo(subscriber);
    const head = (await this.store?.headPosition()) ?? 0n;
    this.rebuilding.set(name, { head });
    const started = Date.now();
    const progress = setInterval(() => {
      const at = this.position(name);
      const share = head > 0n ? Number((at * 1000n) / head) / 10 : 100;
      const perSecond = Math.round(Number(at) / ((Date.now() - started) / 1000));
      this.logger.log(`${name}: rebuilt to position ${at} of ${head} (${share}%, ${perSecond} positions/s)`);
    }, PROGRESS_MS).unref();
    try {
      await this.waitFor(head, timeoutMs, [name]);
    } finally {
      clearInterval(progress);
      this.rebuilding.delete(name);
      await subscriber.rebuilt?.();
    }
    this.logger.log(`${name}: rebuilt to position ${this.position(name)} in ${Date.now() - started} ms`);
    return { name, position: this.position(name).toString() };
  }

  /**
   * Resolves once every projection lane has finished its catch-up in large pages and follows the log page by
   * page, with any indexes it set aside built again: the end of a first start (the benchmark times it).
   */
  async caughtUp(): Promise<void> {
    await Promise.all(this.lanes.map((l) => l.catchingUp));
  }

  /** True once every subscriber (or the named ones) has handled everything up to `position`. */
  async waitFor(position: bigint, timeoutMs: number, names?: string[]): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    const targets = names ?? this.subscribers.map((s) => s.name);
    // A subscriber stopped at a damaged event will not pass it: waiting for it would hold up every write.
    const behind = () => targets.some((n) => !this.stuck.has(n) && this.position(n) < position);
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
   * Read-your-writes for one write: waits until every subscriber has passed `position` (the write's last event)
   * and then whatever the write set off: events that process managers appended in reaction to it (their
   * causation is one of its events, or of those reactions). A subscriber has passed an event only once it has
   * handled it, so by then every reaction to it is in the log. Other writers' later events are not waited for,
   * so a busy log does not hold up a write as `settle` would. Given the write's event types, and no subscriber
   * that may react to any of them (EventSubscriber.mayReactTo), the log is not searched for reactions at all.
   */
  async caughtUpWith(
    position: bigint,
    eventIds: readonly string[],
    timeoutMs: number,
    eventTypes?: readonly string[],
  ): Promise<boolean> {
    if (!this.store) return true;
    // No subscriber can append anything in reaction to events of these types: once they are passed, that is all.
    const unreacted =
      eventTypes !== undefined && !this.subscribers.some((s) => !s.mayReactTo || eventTypes.some((t) => s.mayReactTo!(t)));
    if (unreacted) return this.waitFor(position, timeoutMs);
    // Only ids, causations and positions are looked at here, none of them personal data: the stored form serves,
    // and opening every event that other writers appended meanwhile would cost a decryption each.
    const log = this.stored ?? this.store;
    const deadline = Date.now() + timeoutMs;
    const causes = new Set(eventIds);
    let at = position;
    for (;;) {
      if (!(await this.waitFor(at, Math.max(0, deadline - Date.now())))) return false;
      const head = await log.headPosition();
      let reaction = at;
      try {
        for (let after = at; after < head;) {
          const page = await log.readAll(after, BATCH);
          if (page.length === 0) break;
          for (const e of page) {
            if (e.position > head) break;
            if (causes.has(e.causationId)) {
              causes.add(e.id);
              reaction = e.position;
            }
          }
          after = page[page.length - 1].position;
        }
      } catch {
        // A damaged event after the write: the subscribers that meet it stop there (list(), /ready); the write
        // itself is stored and its own views are up to date.
        return true;
      }
      if (reaction === at) return true;
      at = reaction;
    }
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
