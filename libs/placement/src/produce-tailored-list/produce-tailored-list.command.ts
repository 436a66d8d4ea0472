import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { NeedCode } from '../domain/index.js';
import { placementTarget } from '../placement-command.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

export class ProduceTailoredListCommand extends CaseCommand<{ producedOn: string; dateOfBirth: string; primaryNeed: NeedCode }> {}

/** Records the list the family was given, as computed from the plans in force that day (green paper ch. 3). */
@CommandHandler(ProduceTailoredListCommand)
export class ProduceTailoredListHandler implements ICommandHandler<ProduceTailoredListCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly registry: PlacementRegistry,
  ) {}

  async execute(c: ProduceTailoredListCommand): Promise<WriteResult> {
    const { producedOn, dateOfBirth, primaryNeed } = c.input;
    const { stage, items } = await this.registry.tailoredListFor({ la: c.la, dateOfBirth, primaryNeed }, producedOn);
    const result = await this.writer.write(
      placementTarget,
      c,
      { type: 'ProduceTailoredList', data: { producedOn, primaryNeed, stage, items } },
      { occurredAt: producedOn },
    );
    return { ...result, items };
  }
}
