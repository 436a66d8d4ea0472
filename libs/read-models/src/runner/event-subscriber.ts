import { StoredEvent } from '@send/kernel';

/**
 * Anything fed from the event log in global order: projections and process managers. handle() must
 * make applying the same event twice harmless (the log is delivered at least once), and checkpoint()
 * returns the position after which delivery should resume.
 */
export interface EventSubscriber {
  readonly name: string;
  handle(event: StoredEvent): Promise<void>;
  /**
   * When present, the runner hands over every pending event at once (one page of the log, in order) instead of
   * calling handle() for each: a projection applies them in one transaction with its checkpoint. A throw means
   * the whole batch is delivered again (docs/architecture.md "Read side").
   */
  handleBatch?(events: readonly StoredEvent[]): Promise<void>;
  checkpoint(): Promise<bigint>;
  /**
   * Subscribers that are not TypeORM projections share one lane ('processes') and one page read; one naming a
   * lane of its own reads the log apart from them, so a slow member there (a forwarder waiting for the broker)
   * never holds it up.
   */
  readonly lane?: string;
  /**
   * False when handling an event of this type can never append an event (a projection, a forwarder); a process
   * manager answers by the types it reacts to. Absent means it may: read-your-writes then looks in the log for
   * reactions to a write (SubscriptionRunner.caughtUpWith).
   */
  mayReactTo?(eventType: string): boolean;
  /** Projections can be rebuilt from position 0; process managers cannot (their effects are commands). */
  reset?(): Promise<void>;
  /**
   * After a rebuild from 0 has reached the head (or stopped waiting for it): puts back what reset() set aside to
   * make it faster. It must not be needed for correctness, as a crash may come first.
   */
  rebuilt?(): Promise<void>;
}

export const EVENT_SUBSCRIBERS = Symbol('EVENT_SUBSCRIBERS');
