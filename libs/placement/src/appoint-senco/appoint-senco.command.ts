import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter } from '@send/platform';
import { SettingCaseCommand, runOnSetting } from '../placement-command.js';

export class AppointSencoCommand extends SettingCaseCommand<{
  name?: string;
  appointedOn: string;
  qualified: boolean;
  headSatisfiedOn?: string;
}> {}

/** SEND Regs 2014 reg 49: a SENCo new to the role starts the 3-year qualification clock. */
@CommandHandler(AppointSencoCommand)
export class AppointSencoHandler implements ICommandHandler<AppointSencoCommand> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: AppointSencoCommand) {
    return runOnSetting(this.writer, c, { type: 'AppointSenco', data: c.input }, c.input.appointedOn);
  }
}
