import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager } from '@send/read-models';
import { NoteFinalPlanIssuedCommand } from './note-final-plan.command.js';

/** The ehcp context issued the final plan → the assessment's 20-week clock closes (Reg 13(2)). */
@Injectable()
export class NoteFinalPlanProcessManager extends CheckpointedProcessManager {
  readonly name = 'assessment.note-final-plan';

  constructor(
    private readonly commands: CommandBus,
    @InjectDataSource() db: DataSource,
  ) {
    super(db);
  }

  protected async react(event: StoredEvent): Promise<boolean> {
    if (event.type !== 'FinalPlanIssued') return false;
    const { issuedOn } = event.data as { issuedOn: string };
    await this.commands.execute(
      new NoteFinalPlanIssuedCommand({
        caseId: event.caseId,
        la: event.la,
        input: { issuedOn },
        user: { id: 'process:assessment.note-final-plan', role: 'system' },
        correlationId: event.correlationId,
        causationId: event.id,
      }),
    );
    return true;
  }
}
