import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { placementTarget } from '../placement-command.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

export class ExpressPreferencesCommand extends CaseCommand<{ ranked: string[]; expressedOn: string }> {}

/** The family's ranking, in order; allocation follows it (green paper ch. 3). */
@CommandHandler(ExpressPreferencesCommand)
export class ExpressPreferencesHandler implements ICommandHandler<ExpressPreferencesCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly registry: PlacementRegistry,
  ) {}

  async execute(c: ExpressPreferencesCommand): Promise<WriteResult> {
    const registeredSettingIds = await this.registry.registered(c.input.ranked);
    return this.writer.write(
      placementTarget,
      c,
      { type: 'ExpressPreferences', data: { ...c.input, registeredSettingIds } },
      { occurredAt: c.input.expressedOn },
    );
  }
}
