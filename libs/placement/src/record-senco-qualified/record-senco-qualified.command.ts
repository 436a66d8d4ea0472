import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter } from '@send/platform';
import { SettingCaseCommand, registryResult, settingTarget } from '../placement-command.js';

export class RecordSencoQualifiedCommand extends SettingCaseCommand<{ qualifiedOn: string }> {}

/** The SENCo gained the qualification (SEND Regs 2014 reg 49): the 3-year clock closes, met or late. */
@CommandHandler(RecordSencoQualifiedCommand)
export class RecordSencoQualifiedHandler implements ICommandHandler<RecordSencoQualifiedCommand> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RecordSencoQualifiedCommand) {
    const result = await this.writer.write(
      settingTarget,
      c,
      { type: 'RecordSencoQualified', data: c.input },
      { occurredAt: c.input.qualifiedOn },
    );
    return registryResult('settingId', c.settingId, result);
  }
}
