import { StoredEvent } from '@send/kernel';

/**
 * Anything fed from the event log in global order: projections and process managers. handle() must
 * make applying the same event twice harmless (the log is delivered at least once), and checkpoint()
 * returns the position after which delivery should resume.
 */
export interface EventSubscriber {
  readonly name: string;
  handle(event: StoredEvent): Promise<void>;
  checkpoint(): Promise<bigint>;
  /** Projections can be rebuilt from position 0; process managers cannot (their effects are commands). */
  reset?(): Promise<void>;
}

export const EVENT_SUBSCRIBERS = Symbol('EVENT_SUBSCRIBERS');
