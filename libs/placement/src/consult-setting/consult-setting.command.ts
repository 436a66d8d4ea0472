import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { placementTarget } from '../placement-command.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

export class ConsultSettingCommand extends CaseCommand<{ settingId: string; sentOn: string }> {}

/** CFA s.39(2)/s.40(2): the setting is consulted before it is named; its 15-day clock starts (CoP 9). */
@CommandHandler(ConsultSettingCommand)
export class ConsultSettingHandler implements ICommandHandler<ConsultSettingCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly registry: PlacementRegistry,
  ) {}

  async execute(c: ConsultSettingCommand): Promise<WriteResult> {
    const consultationId = randomUUID();
    const found = await this.registry.setting(c.input.settingId);
    const setting = found && { name: found.name, type: found.type, academyTrust: found.academyTrust };
    const result = await this.writer.write(
      placementTarget,
      c,
      { type: 'ConsultSetting', data: { consultationId, ...c.input, setting } },
      { occurredAt: c.input.sentOn },
    );
    return { ...result, consultationId };
  }
}
