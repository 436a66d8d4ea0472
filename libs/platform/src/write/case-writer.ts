import { Inject, Injectable, Optional } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CLOCK, type Clock, Decider, DomainEvent } from '@send/kernel';
import { EVENT_STORE, type EventStore, runCommand } from '@send/event-store';
import { IsoDate, todayInEngland } from '@send/statutory';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { User } from '../auth/users.js';
import { READ_YOUR_WRITES, type ReadYourWrites } from './read-your-writes.js';
import type { WriteCarrier } from './case-command.js';
import type { WriteTarget } from './write-target.js';
import { PERSONAL_DATA_CIPHER, type PersonalDataCipher } from '../personal-data/personal-data.js';

export interface WriteMeta {
  readonly user: Pick<User, 'id' | 'role'>;
  readonly caseId: string;
  readonly la: string;
  /** The business date of the act (decidedOn, issuedOn …). */
  readonly occurredAt?: string;
  readonly reason?: string;
  readonly correlationId?: string;
  readonly causationId?: string;
  /** If-Match: the revision of this stream the caller saw. */
  readonly expectedRevision?: number;
}

/** The act a write records: its business date (decidedOn, issuedOn …) and the reason given, if any. */
export interface Act {
  readonly occurredAt?: string;
  readonly reason?: string;
}

/** Omit applied to each member of a union, so that each command keeps its own data type. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What every write route returns (docs/api.md "Conventions"). */
export interface WriteResult {
  readonly caseId: string;
  readonly revision: number;
  readonly events: { id: string; type: string }[];
  readonly [extra: string]: unknown;
}

/**
 * The Nest face of the generic command path: stamps actor, time and correlation on the events, and
 * makes the write visible to the reads that follow it (bounded wait for the local subscribers).
 */
@Injectable()
export class CaseWriter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(READ_YOUR_WRITES) private readonly readYourWrites?: ReadYourWrites,
    @Optional() @Inject(PERSONAL_DATA_CIPHER) private readonly personalData?: PersonalDataCipher,
  ) {}

  today(): IsoDate {
    return todayInEngland(this.clock.now());
  }

  /**
   * The one write path of every handler: the domain command stamped with today's date, written where its
   * target says, the metadata (actor, correlation, causation, If-Match) taken from the command that
   * carried it here, and the act's business date and reason.
   */
  write<C extends { today: string }, E extends DomainEvent, S, K>(
    target: WriteTarget<C, E, S, K>,
    carrier: WriteCarrier & NoInfer<K>,
    domain: NoInfer<DistributiveOmit<C, 'today'> | Omit<C, 'today'>>,
    act: Act = {},
  ): Promise<WriteResult> {
    const { streamId, caseId, la } = target.address(carrier);
    return this.execute(target.decider, streamId, { ...domain, today: this.today() } as unknown as C, {
      user: carrier.user,
      caseId,
      la,
      occurredAt: act.occurredAt,
      reason: act.reason,
      correlationId: carrier.correlationId,
      causationId: carrier.causationId,
      expectedRevision: carrier.expectedRevision,
    });
  }

  /** The append beneath write(), for a caller that already holds a whole command and its metadata. */
  async execute<C, E extends DomainEvent, S>(
    decider: Decider<C, E, S>,
    streamId: string,
    command: C,
    meta: WriteMeta,
  ): Promise<WriteResult> {
    const correlationId = meta.correlationId ?? randomUUID();
    const outcome = await runCommand(
      this.store,
      decider,
      streamId,
      command,
      {
        caseId: meta.caseId,
        la: meta.la,
        actor: { id: meta.user.id, role: meta.user.role },
        correlationId,
        causationId: meta.causationId ?? correlationId,
        occurredAt: meta.occurredAt,
        reason: meta.reason,
        recordedAt: this.clock.now(),
      },
      { expectedRevision: meta.expectedRevision, seal: this.personalData?.seal },
    );
    // A process manager runs inside a subscriber: waiting for all subscribers there would wait for itself.
    const fromSubscriber = meta.user.role === 'system';
    let caughtUp = true;
    if (outcome.events.length > 0 && !fromSubscriber && this.readYourWrites) {
      caughtUp = await this.readYourWrites.afterWrite(outcome.events, this.config.readYourWritesMs, outcome.position);
    }
    return {
      caseId: meta.caseId,
      revision: outcome.revision,
      events: outcome.events.map((e) => ({ id: e.id, type: e.type })),
      // Stored, but the views had not caught up within the bound (e.g. the broker is down): say so, not fail.
      ...(caughtUp ? {} : { viewsBehind: true }),
    };
  }
}
