import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { ehcpTarget } from '../ehcp-command.js';

export class ReceiveRepresentationsCommand extends CaseCommand<{
  receivedOn: string;
  nothingFurther?: boolean;
  requestedSettingId?: string;
  views?: string;
}> {}

/** Reg 13(1)–(2): the family's views on the draft, and the setting they ask to be named (Reg 9(1)). */
@CommandHandler(ReceiveRepresentationsCommand)
export class ReceiveRepresentationsHandler implements ICommandHandler<ReceiveRepresentationsCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: ReceiveRepresentationsCommand): Promise<WriteResult> {
    return this.writer.write(
      ehcpTarget,
      c,
      { type: 'ReceiveRepresentations', data: c.input },
      { occurredAt: c.input.receivedOn },
    );
  }
}
