import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, eventData, send } from '@send/read-models';
import { NoteFinalPlanIssuedCommand } from './note-final-plan.command.js';

/** The ehcp context issued the final plan → the assessment's 20-week clock closes (Reg 13(2)). */
@Injectable()
export class NoteFinalPlanProcessManager extends CheckpointedProcessManager {
  readonly name = 'assessment.note-final-plan';
  protected readonly reactsTo: ReadonlySet<string> = new Set(['FinalPlanIssued']);

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    const issuedOn = eventData(event.data).date('issuedOn');
    return issuedOn === undefined ? [] : [send(NoteFinalPlanIssuedCommand, { issuedOn })];
  }
}
