import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, eventData, send } from '@send/read-models';
import type { IsoDate } from '@send/statutory';
import { RecordMediationNotArrangedCommand } from './record-not-arranged.command.js';

const PREFIX = 'mediation-held:';

/**
 * The deadline watcher's breach of a `mediation-held:<disputeId>` clock, read by type and data alone: the
 * dispute whose 30 days ran out, and the day after them. Undefined for any other breach.
 */
export function lateMediationIn(event: Pick<StoredEvent, 'type' | 'data'>): { disputeId: string; on: IsoDate } | undefined {
  if (event.type !== 'DeadlineBreached') return undefined;
  const d = eventData(event.data);
  const deadlineId = d.text('deadlineId');
  const on = d.date('breachedOn');
  if (d.text('rule') !== 'mediation-held' || !deadlineId?.startsWith(PREFIX) || on === undefined) return undefined;
  const disputeId = deadlineId.slice(PREFIX.length);
  return disputeId === '' ? undefined : { disputeId, on };
}

/**
 * Reg 37: the LA must arrange mediation within 30 days. When they pass with none held, the family is still
 * owed its certificate (s.55(5)): the certificate clock starts and the appeal window moves (docs/domain.md
 * "When the LA does not arrange mediation"). At-least-once: the decider records it once per dispute.
 */
@Injectable()
export class LateMediationProcessManager extends CheckpointedProcessManager {
  readonly name = 'mediation.late-mediation';
  protected readonly reactsTo: ReadonlySet<string> = new Set(['DeadlineBreached']);

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    const late = lateMediationIn(event);
    return late === undefined ? [] : [send(RecordMediationNotArrangedCommand, { ...late, sourceEventId: event.id })];
  }
}
