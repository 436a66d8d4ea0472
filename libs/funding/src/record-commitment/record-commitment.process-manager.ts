import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager } from '@send/read-models';
import type { TopUpCommitted } from '../domain/index.js';
import { highNeedsCaseId } from '../funding.stream.js';
import { RecordCommitmentCommand } from './record-commitment.command.js';

/**
 * A case's TopUpCommitted → the LA's high-needs stream, so that an LA's commitments fold from one
 * stream instead of a scan of every case. The decider orders by the source revision, so redelivery
 * (even of an older commitment after a newer one) changes nothing.
 */
@Injectable()
export class RecordCommitmentProcessManager extends CheckpointedProcessManager {
  readonly name = 'funding.record-commitment';

  constructor(
    private readonly commands: CommandBus,
    @InjectDataSource() db: DataSource,
  ) {
    super(db);
  }

  protected async react(event: StoredEvent): Promise<boolean> {
    if (event.type !== 'TopUpCommitted' || !event.streamId.startsWith('funding-')) return false;
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
    await this.commands.execute(
      new RecordCommitmentCommand({
        caseId: highNeedsCaseId(event.la),
        la: event.la,
        input: input,
        user: { id: 'process:funding.record-commitment', role: 'system' },
        correlationId: event.correlationId,
        causationId: event.id,
      }),
    );
    return true;
  }
}
