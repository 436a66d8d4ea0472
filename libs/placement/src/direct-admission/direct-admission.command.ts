import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { placementTarget } from '../placement-command.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

export class DirectAdmissionCommand extends CaseCommand<{ settingId: string; directedOn: string; reason: string }> {}

/** The backstop: the LA directs an academy trust to admit the child (green paper ch. 3). */
@CommandHandler(DirectAdmissionCommand)
export class DirectAdmissionHandler implements ICommandHandler<DirectAdmissionCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly registry: PlacementRegistry,
  ) {}

  async execute(c: DirectAdmissionCommand): Promise<WriteResult> {
    const found = await this.registry.setting(c.input.settingId);
    const setting = found && { name: found.name, type: found.type, academyTrust: found.academyTrust };
    return this.writer.write(
      placementTarget,
      c,
      { type: 'DirectAdmission', data: { ...c.input, setting } },
      { occurredAt: c.input.directedOn, reason: c.input.reason },
    );
  }
}
