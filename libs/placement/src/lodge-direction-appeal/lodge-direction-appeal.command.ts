import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { placementTarget } from '../placement-command.js';

export class LodgeDirectionAppealCommand extends CaseCommand<{ lodgedOn: string }> {}

/** The trust appeals the direction to the Office of the Schools Adjudicator (green paper ch. 3). */
@CommandHandler(LodgeDirectionAppealCommand)
export class LodgeDirectionAppealHandler implements ICommandHandler<LodgeDirectionAppealCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: LodgeDirectionAppealCommand): Promise<WriteResult> {
    return this.writer.write(
      placementTarget,
      c,
      { type: 'LodgeDirectionAppeal', data: c.input },
      { occurredAt: c.input.lodgedOn },
    );
  }
}
