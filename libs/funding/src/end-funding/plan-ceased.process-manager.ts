import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, eventData, send } from '@send/read-models';
import { EndFundingCommand } from './end-funding.command.js';

/** The day the ehcp context's PlanCeased says the plan stopped being maintained, by type and data alone. */
export function ceasedOnIn(event: Pick<StoredEvent, 'type' | 'data'>): string | undefined {
  return event.type === 'PlanCeased' ? eventData(event.data).date('ceasedOn') : undefined;
}

/**
 * The plan ceased → the case's funding commitments stop from ceasedOn. The cease decision (CeaseDecided)
 * changes nothing here: the plan, and its funding, are maintained until the appeal window closes or the
 * tribunal decides (CFA s.45, Reg 44(2)(a)). EndFunding is idempotent in the decider.
 */
@Injectable()
export class PlanCeasedProcessManager extends CheckpointedProcessManager {
  readonly name = 'funding.plan-ceased';
  protected readonly reactsTo: ReadonlySet<string> = new Set(['PlanCeased']);

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    const ceasedOn = ceasedOnIn(event);
    return ceasedOn === undefined ? [] : [send(EndFundingCommand, { ceasedOn, sourceEventId: event.id })];
  }
}
