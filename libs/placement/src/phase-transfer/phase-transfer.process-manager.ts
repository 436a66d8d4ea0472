import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, eventData, send } from '@send/read-models';
import type { IsoDate } from '@send/statutory';

import { OpenPhaseTransferRoundCommand } from './open-phase-transfer-round.command.js';

export interface PhaseTransferFound {
  readonly transferId: string;
  readonly transfer: string;
  readonly transferOn: IsoDate;
  readonly dueOn: IsoDate;
}

/** The ehcp context's PhaseTransferStarted, by type and data alone; undefined when a field is missing. */
export function phaseTransferIn(event: Pick<StoredEvent, 'type' | 'data'>): PhaseTransferFound | undefined {
  if (event.type !== 'PhaseTransferStarted') return undefined;
  const d = eventData(event.data);
  const transferId = d.text('transferId');
  const transfer = d.text('transfer');
  const transferOn = d.date('transferOn');
  const dueOn = d.date('dueOn');
  if (!transferId || !transfer || transferOn === undefined || dueOn === undefined) return undefined;
  return { transferId, transfer, transferOn, dueOn };
}

/**
 * A phase transfer started (Reg 18) → the placement round for the new phase: a setting to be found by dueOn,
 * the tailored list offered for the phase the child moves into. Idempotent per source event in the decider.
 */
@Injectable()
export class PhaseTransferProcessManager extends CheckpointedProcessManager {
  readonly name = 'placement.phase-transfer';
  protected readonly reactsTo: ReadonlySet<string> = new Set(['PhaseTransferStarted']);

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    const found = phaseTransferIn(event);
    if (found === undefined) return [];
    // Recorded as of the day the transfer was started, so the timeline tells it then.
    const startedOn = event.occurredAt.slice(0, 10);
    return [send(OpenPhaseTransferRoundCommand, { ...found, sourceEventId: event.id, startedOn })];
  }
}
