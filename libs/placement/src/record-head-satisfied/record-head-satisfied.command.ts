import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter } from '@send/platform';
import { SettingCaseCommand, registryResult, settingTarget } from '../placement-command.js';

export class RecordHeadSatisfiedCommand extends SettingCaseCommand<{ satisfiedOn: string }> {}

/** The head's record that the SENCo's qualification is under way (docs/domain.md "SENCo qualification"). */
@CommandHandler(RecordHeadSatisfiedCommand)
export class RecordHeadSatisfiedHandler implements ICommandHandler<RecordHeadSatisfiedCommand> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RecordHeadSatisfiedCommand) {
    const result = await this.writer.write(
      settingTarget,
      c,
      { type: 'RecordHeadSatisfied', data: c.input },
      { occurredAt: c.input.satisfiedOn },
    );
    return registryResult('settingId', c.settingId, result);
  }
}
