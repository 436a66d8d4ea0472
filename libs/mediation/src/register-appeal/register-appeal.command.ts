import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { MediationPolicy } from '../domain/index.js';
import { mediationTarget } from '../mediation-command.js';
import { MEDIATION_POLICY } from '../mediation-policy.js';

export class RegisterAppealCommand extends CaseCommand<{ disputeId: string; registeredOn: string; extensionGranted?: boolean }> {}

/** An appeal to the First-tier Tribunal: the deployment's mediation policy and HESC Rules r.20(1) apply. */
@CommandHandler(RegisterAppealCommand)
export class RegisterAppealHandler implements ICommandHandler<RegisterAppealCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    @Inject(MEDIATION_POLICY) private readonly policy: MediationPolicy,
  ) {}
  execute(c: RegisterAppealCommand): Promise<WriteResult> {
    const { disputeId, registeredOn, extensionGranted } = c.input;
    const data = { disputeId, registeredOn, extensionGranted: extensionGranted === true, policy: this.policy };
    return this.writer.write(mediationTarget, c, { type: 'RegisterAppeal', data }, { occurredAt: registeredOn });
  }
}
