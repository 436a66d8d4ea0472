import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter } from '@send/platform';
import { SettingCaseCommand, runOnSetting } from '../placement-command.js';

export class RecordHeadSatisfiedCommand extends SettingCaseCommand<{ satisfiedOn: string }> {}

/** The head's record that the SENCo's qualification is under way (domain.md "SENCo qualification"). */
@CommandHandler(RecordHeadSatisfiedCommand)
export class RecordHeadSatisfiedHandler implements ICommandHandler<RecordHeadSatisfiedCommand> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: RecordHeadSatisfiedCommand) {
    return runOnSetting(this.writer, c, { type: 'RecordHeadSatisfied', data: c.input }, c.input.satisfiedOn);
  }
}
