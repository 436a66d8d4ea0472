import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, send } from '@send/read-models';
import type { TopUpCommitted } from '../domain/index.js';
import { highNeedsCaseId, isFundingStream } from '../funding.stream.js';
import { RecordCommitmentCommand } from './record-commitment.command.js';

/**
 * A case's TopUpCommitted → the LA's high-needs stream, so that an LA's commitments fold from one
 * stream instead of a scan of every case. The decider orders by the source revision, so redelivery
 * (even of an older commitment after a newer one) changes nothing.
 */
@Injectable()
export class RecordCommitmentProcessManager extends CheckpointedProcessManager {
  readonly name = 'funding.record-commitment';
  protected readonly reactsTo: ReadonlySet<string> = new Set(['TopUpCommitted']);

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    if (!isFundingStream(event.streamId)) return [];
    // This context's own event, written by its own decider: read with its own type.
    const { planVersion, financialYear, pence, placeFundingPence } = event.data as TopUpCommitted['data'];
    const input = {
      caseId: event.caseId,
      planVersion,
      financialYear,
      topUpPence: pence,
      placeFundingPence,
      sourceEventId: event.id,
      sourceRevision: event.revision,
      occurredAt: event.occurredAt,
    };
    return [send(RecordCommitmentCommand, input, { caseId: highNeedsCaseId(event.la), la: event.la })];
  }
}
