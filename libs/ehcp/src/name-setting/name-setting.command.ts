import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { SectionI } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';

export class NameSettingCommand extends CaseCommand<{ setting: SectionI; namedOn: string; sourceEventId: string }> {}

/** From the name-setting process manager: placement allocated a place, which goes in section I. */
@CommandHandler(NameSettingCommand)
export class NameSettingHandler implements ICommandHandler<NameSettingCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: NameSettingCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'NameSetting', data: c.input }, { occurredAt: c.input.namedOn });
  }
}
