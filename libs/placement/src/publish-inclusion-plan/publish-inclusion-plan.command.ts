import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter, type User } from '@send/platform';
import { StandardsCatalogue, type StandardRef } from '@send/standards';
import { inclusionPlanTarget, registryResult } from '../placement-command.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

export class PublishInclusionPlanCommand {
  constructor(
    readonly input: {
      la: string;
      publishedOn: string;
      settingIds: string[];
      partnerLas: string[];
      provides?: { settingId: string; standards: StandardRef[] }[];
    },
    readonly user: User,
    readonly correlationId: string,
    readonly expectedRevision?: number,
  ) {}
}

/**
 * Each LA publishes a local inclusion plan (green paper ch. 3); every publication is a new version. The national
 * standards a setting is said to provide are looked up as in force on publishedOn (STANDARDS.* otherwise).
 */
@CommandHandler(PublishInclusionPlanCommand)
export class PublishInclusionPlanHandler implements ICommandHandler<PublishInclusionPlanCommand> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly registry: PlacementRegistry,
    private readonly standards: StandardsCatalogue,
  ) {}

  async execute({ input, user, correlationId, expectedRevision }: PublishInclusionPlanCommand) {
    const { provides, ...plan } = input;
    const cited = (provides ?? []).map(({ settingId, standards }, i) => ({
      settingId,
      standards: standards.map((ref, j) => this.standards.cite(ref, input.publishedOn, `provides[${i}].standards[${j}]`)),
    }));
    const registeredSettingIds = await this.registry.registered(input.settingIds);
    const result = await this.writer.write(
      inclusionPlanTarget,
      { la: input.la, user, correlationId, expectedRevision },
      { type: 'PublishInclusionPlan', data: { ...plan, registeredSettingIds, ...(provides ? { provides: cited } : {}) } },
      { occurredAt: input.publishedOn },
    );
    const { state } = await this.registry.inclusionPlan(input.la);
    const version = state.status === 'published' ? state.versions.at(-1)?.version : undefined;
    return { ...registryResult('la', input.la, result), version };
  }
}
