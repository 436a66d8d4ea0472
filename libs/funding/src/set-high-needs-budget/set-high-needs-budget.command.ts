import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { highNeedsTarget } from '../funding-command.js';

export class SetHighNeedsBudgetCommand extends CaseCommand<{ financialYear: string; budgetPence: number; setOn: string }> {}

/** The LA's high-needs budget for a financial year (green paper item 8); setting it again replaces it. */
@CommandHandler(SetHighNeedsBudgetCommand)
export class SetHighNeedsBudgetHandler implements ICommandHandler<SetHighNeedsBudgetCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}

  async execute(c: SetHighNeedsBudgetCommand): Promise<WriteResult> {
    const result = await this.writer.write(
      highNeedsTarget,
      c,
      { type: 'SetHighNeedsBudget', data: c.input },
      { occurredAt: c.input.setOn },
    );
    return { ...result, la: c.la, financialYear: c.input.financialYear };
  }
}
