import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { placementTarget } from '../placement-command.js';

export class DecideDirectionAppealCommand extends CaseCommand<{ decidedOn: string; upheld: boolean }> {}

/** The adjudicator's decision: upheld quashes the direction, so the LA may direct again. */
@CommandHandler(DecideDirectionAppealCommand)
export class DecideDirectionAppealHandler implements ICommandHandler<DecideDirectionAppealCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: DecideDirectionAppealCommand): Promise<WriteResult> {
    return this.writer.write(
      placementTarget,
      c,
      { type: 'DecideDirectionAppeal', data: c.input },
      { occurredAt: c.input.decidedOn },
    );
  }
}
