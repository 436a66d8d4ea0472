import type { CommandBus } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import type { Decider, DomainEvent, StoredEvent } from '@send/kernel';
import type { Act, CaseWriter, WriteCarrier, WriteResult, WriteTarget } from '@send/platform';
import { fold } from './given-when-then.js';
import { storedEvent } from './stored-events.js';

/**
 * A CaseWriter over one in-memory stream per id, running the real decider: enough to drive the real
 * handlers from a process manager in a unit test, with no store, bus or database.
 */
export class InMemoryWriter {
  readonly streams = new Map<string, DomainEvent[]>();
  constructor(private readonly day: string) {}

  today(): string {
    return this.day;
  }

  /** What CaseWriter.write does, minus the envelope: the target's stream, today's date on the command. */
  write<C extends { today: string }, E extends DomainEvent, S, K>(
    target: WriteTarget<C, E, S, K>,
    carrier: WriteCarrier & K,
    domain: object,
    _act: Act = {},
  ): Promise<WriteResult> {
    const { streamId } = target.address(carrier);
    return this.execute(target.decider, streamId, { ...domain, today: this.day } as unknown as C);
  }

  /** A whole command straight onto a stream: how a test gives a stream its history. */
  async execute<C, E extends DomainEvent, S>(decider: Decider<C, E, S>, streamId: string, command: C): Promise<WriteResult> {
    const history = (this.streams.get(streamId) ?? []) as E[];
    const events = decider.decide(command, fold(decider, history));
    this.streams.set(streamId, [...history, ...events]);
    return {
      caseId: streamId,
      revision: history.length + events.length - 1,
      events: events.map((e) => ({ id: 'x', type: e.type })),
    };
  }

  asWriter(): CaseWriter {
    return this as unknown as CaseWriter;
  }
}

type Handler = { execute(command: unknown): Promise<WriteResult> };

/** A CommandBus that sends each command to the handler registered for its class, and keeps them all. */
export class FakeCommandBus {
  readonly sent: unknown[] = [];
  private readonly handlers = new Map<unknown, Handler>();

  register(commandClass: unknown, handler: Handler): this {
    this.handlers.set(commandClass, handler);
    return this;
  }

  async execute(command: object): Promise<unknown> {
    this.sent.push(command);
    return this.handlers.get(command.constructor)?.execute(command);
  }

  asBus(): CommandBus {
    return this as unknown as CommandBus;
  }
}

/** For a process manager driven through reactTo(), which never touches its checkpoint table. */
export const noDatabase = {} as DataSource;

/**
 * Another context's stored event, as the local log or Kafka delivers it to a process manager: the general
 * builder (stored-events.ts) with an id the spec names and the envelope of an event from elsewhere.
 */
export function otherContextEvent(
  type: string,
  data: unknown,
  id = `ev-${type}`,
  envelope: Partial<Omit<StoredEvent, 'type' | 'data'>> = {},
): StoredEvent {
  return storedEvent(type, data, {
    id,
    streamId: 'other-c1',
    revision: 0,
    occurredAt: '2025-01-01',
    recordedAt: '2025-01-01T00:00:00Z',
    actor: { id: 'caseworker@202', role: 'caseworker' },
    correlationId: 'corr-1',
    causationId: 'corr-1',
    ...envelope,
  });
}
