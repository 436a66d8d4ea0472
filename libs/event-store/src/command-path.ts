import { ConcurrencyError, Decider, DomainEvent, EventRecord, StoredEvent, foldEvents } from '@send/kernel';
import { EventStore } from './event-store.port.js';
import { EventContext, RecordSealer, buildBodies, buildRecords, chainRecords } from './envelope-builder.js';

export interface CommandOutcome {
  readonly streamId: string;
  /** Revision of the stream after the command (-1 when the stream still does not exist). */
  readonly revision: number;
  /** Global position of the last event written, or of the stream's head when nothing was written. */
  readonly position: bigint;
  readonly events: readonly EventRecord[];
}

export interface RunOptions {
  /** The revision the caller saw (If-Match). A mismatch is a 409, never retried. */
  readonly expectedRevision?: number;
  /** Retries of an unconditional command that lost a race with another writer. */
  readonly maxAttempts?: number;
  /** Seals personal data in the new records before they are hashed (docs/architecture.md "Security"). */
  readonly seal?: RecordSealer;
}

/**
 * The one write path (docs/conventions.md §3): read the stream, fold evolve, decide, append with the expected
 * revision. A race lost without If-Match is retried against the new state a bounded number of times;
 * the decider sees the winner's events and may now refuse.
 */
export async function runCommand<C, E extends DomainEvent, S>(
  store: EventStore,
  decider: Decider<C, E, S>,
  streamId: string,
  command: C,
  ctx: EventContext,
  options: RunOptions = {},
): Promise<CommandOutcome> {
  const attempts = options.expectedRevision === undefined ? (options.maxAttempts ?? 3) : 1;
  for (let attempt = 1; ; attempt++) {
    const history = await store.readStream(streamId);
    const head = history.at(-1);
    const current = head?.revision ?? -1;
    if (options.expectedRevision !== undefined && options.expectedRevision !== current) {
      throw new ConcurrencyError(streamId, options.expectedRevision, head ? current : 'no-stream');
    }
    const state = foldEvents(decider, decider.initialState(), history as unknown as readonly E[]);
    const events = decider.decide(command, state);
    if (events.length === 0) {
      return { streamId, revision: current, position: head?.position ?? 0n, events: [] };
    }
    const bodies = buildBodies(streamId, head, events, ctx);
    const records = chainRecords(head, options.seal ? await options.seal(bodies) : bodies);
    try {
      const result = await store.append(streamId, head ? current : 'no-stream', records);
      return { streamId, revision: result.revision, position: result.position, events: records };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
    }
  }
}

/**
 * The write path of a stream that keeps no state to fold, such as a case's access log: read only its
 * last event (revision and hash), append after it with that expected revision, so the hash chain
 * continues exactly as `runCommand` would continue it, at a cost that does not grow with the stream.
 * A race lost to another writer is retried against the new head a bounded number of times.
 */
export async function appendAtHead(
  store: EventStore,
  streamId: string,
  events: readonly DomainEvent[],
  ctx: EventContext,
  options: Pick<RunOptions, 'maxAttempts'> = {},
): Promise<CommandOutcome> {
  const attempts = options.maxAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    const head = await store.readLast(streamId);
    const records = buildRecords(streamId, head, events, ctx);
    try {
      const result = await store.append(streamId, head ? head.revision : 'no-stream', records);
      return { streamId, revision: result.revision, position: result.position, events: records };
    } catch (error) {
      if (!(error instanceof ConcurrencyError) || attempt >= attempts) throw error;
    }
  }
}

/** Folds a stream read from the store into a decider's state. */
export function foldStream<E extends DomainEvent, S>(
  decider: Pick<Decider<unknown, E, S>, 'evolve' | 'evolveAll' | 'initialState'>,
  events: readonly StoredEvent[],
): S {
  return foldEvents(decider, decider.initialState(), events as unknown as readonly E[]);
}
