import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter } from '@send/platform';
import { SettingCaseCommand, registryResult, settingTarget } from '../placement-command.js';

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
  async execute(c: AppointSencoCommand) {
    const result = await this.writer.write(
      settingTarget,
      c,
      { type: 'AppointSenco', data: c.input },
      { occurredAt: c.input.appointedOn },
    );
    return registryResult('settingId', c.settingId, result);
  }
}
