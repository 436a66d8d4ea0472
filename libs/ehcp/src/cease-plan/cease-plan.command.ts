import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { CeaseChallengeStep, CeaseReason } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';

export class CeasePlanCommand extends CaseCommand<{ decidedOn: string; reason: CeaseReason; consultedOn: string }> {}

/** CFA s.45, Reg 31: the decision to cease, after the consultation; the plan is maintained meanwhile. */
@CommandHandler(CeasePlanCommand)
export class CeasePlanHandler implements ICommandHandler<CeasePlanCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: CeasePlanCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'CeasePlan', data: c.input }, { occurredAt: c.input.decidedOn });
  }
}

export class CeaseOnTribunalOrderCommand extends CaseCommand<{
  orderId: string;
  disputeId: string;
  madeOn: string;
  sourceEventId: string;
}> {}

/** Reg 44(2)(a): from the process manager, on a tribunal order dismissing the appeal against ceasing. */
@CommandHandler(CeaseOnTribunalOrderCommand)
export class CeaseOnTribunalOrderHandler implements ICommandHandler<CeaseOnTribunalOrderCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: CeaseOnTribunalOrderCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'CeaseOnTribunalOrder', data: c.input }, { occurredAt: c.input.madeOn });
  }
}

export class NoteCeaseChallengeCommand extends CaseCommand<{
  step: CeaseChallengeStep;
  disputeId: string;
  on: string;
  windowEndsOn?: string;
  sourceEventId: string;
}> {}

/** From the process manager: a dispute, certificate or appeal on the cease decision keeps the plan maintained. */
@CommandHandler(NoteCeaseChallengeCommand)
export class NoteCeaseChallengeHandler implements ICommandHandler<NoteCeaseChallengeCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: NoteCeaseChallengeCommand): Promise<WriteResult> {
    return this.writer.write(ehcpTarget, c, { type: 'NoteCeaseChallenge', data: c.input }, { occurredAt: c.input.on });
  }
}
