import type { DomainEvent, StoredEvent } from '@send/kernel';
import { type EventStore, buildRecords } from '@send/event-store';
import type { Act, WriteCarrier, WriteResult, WriteTarget } from '@send/platform';
import { todayInEngland } from '@send/statutory';

interface Stream {
  state: unknown;
  head?: Pick<StoredEvent, 'revision' | 'hash'>;
}

/**
 * The generator's write path: what `CaseWriter.write` and `runCommand` do — the target's stream address,
 * the command stamped with today in England, the decider's decision, `buildRecords` continuing the hash
 * chain, `append` with the expected revision — except that each stream's folded state and head are kept
 * here instead of being read back and refolded for every write. The generator is the store's only writer,
 * so what it keeps is what the store holds; the append's expected revision still proves it on every write.
 */
export class StreamWriter {
  private readonly streams = new Map<string, Stream>();

  constructor(
    private readonly store: EventStore,
    /** Event ids: seeded, so the same seed gives the same bytes. */
    private readonly newId: () => string,
  ) {}

  async write(
    target: WriteTarget<never, DomainEvent, unknown, { caseId: string; la: string }>,
    carrier: WriteCarrier & { caseId: string; la: string },
    command: { type: string; data: unknown },
    act: Act,
    now: Date,
  ): Promise<WriteResult> {
    const { streamId, caseId, la } = target.address(carrier);
    const { decider } = target;
    const stream = this.streams.get(streamId) ?? { state: decider.initialState() };
    const events = decider.decide({ ...command, today: todayInEngland(now) } as never, stream.state);
    if (events.length === 0) return { caseId, revision: stream.head?.revision ?? -1, events: [] };
    const correlationId = carrier.correlationId ?? this.newId();
    const records = buildRecords(
      streamId,
      stream.head,
      events,
      {
        caseId,
        la,
        actor: { id: carrier.user.id, role: carrier.user.role },
        correlationId,
        causationId: carrier.causationId ?? correlationId,
        occurredAt: act.occurredAt,
        reason: act.reason,
        recordedAt: now,
      },
      this.newId,
    );
    const { revision, position } = await this.store.append(streamId, stream.head ? stream.head.revision : 'no-stream', records);
    const first = position - BigInt(records.length - 1);
    stream.state = records.reduce(
      (state, r, i) => decider.evolve(state, { ...r, position: first + BigInt(i) } as unknown as DomainEvent),
      stream.state,
    );
    stream.head = records[records.length - 1];
    this.streams.set(streamId, stream);
    return { caseId, revision, events: records.map((r) => ({ id: r.id, type: r.type })) };
  }
}
