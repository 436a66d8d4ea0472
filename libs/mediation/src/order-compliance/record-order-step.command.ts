import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { OrderStep } from '../domain/index.js';
import { mediationTarget } from '../mediation-command.js';

export class RecordOrderStepDoneCommand extends CaseCommand<{ step: OrderStep; doneOn: string; sourceEventId: string }> {}
export class RecordOrderStepNotNeededCommand extends CaseCommand<{
  step: OrderStep;
  on: string;
  sourceEventId: string;
  why: string;
}> {}

/** From the order-compliance process manager only: there is no route for a caseworker to tick a step. */
@CommandHandler(RecordOrderStepDoneCommand)
export class RecordOrderStepDoneHandler implements ICommandHandler<RecordOrderStepDoneCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: RecordOrderStepDoneCommand): Promise<WriteResult> {
    return this.writer.write(mediationTarget, c, { type: 'RecordOrderStepDone', data: c.input }, { occurredAt: c.input.doneOn });
  }
}

@CommandHandler(RecordOrderStepNotNeededCommand)
export class RecordOrderStepNotNeededHandler implements ICommandHandler<RecordOrderStepNotNeededCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: RecordOrderStepNotNeededCommand): Promise<WriteResult> {
    return this.writer.write(mediationTarget, c, { type: 'RecordOrderStepNotNeeded', data: c.input }, { occurredAt: c.input.on });
  }
}
