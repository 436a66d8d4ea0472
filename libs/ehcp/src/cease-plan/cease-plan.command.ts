import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@send/kernel';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { CaseQueries } from '@send/read-models';
import { todayInEngland } from '@send/statutory';
import type { CeaseChallengeStep, CeaseReason } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';

export class CeasePlanCommand extends CaseCommand<{ decidedOn: string; reason: CeaseReason; consultedOn: string }> {}

/**
 * CFA s.45, Reg 31: the decision to cease, after the consultation; the plan is maintained meanwhile. The
 * child's date of birth is on the case summary (the request), not the plan stream: the decider checks the
 * reason against the age on the decision (Regs 29–30, s.46) from it.
 */
@CommandHandler(CeasePlanCommand)
export class CeasePlanHandler implements ICommandHandler<CeasePlanCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly queries: CaseQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}
  async execute(c: CeasePlanCommand): Promise<WriteResult> {
    const summary = await this.queries.summary(c.caseId, todayInEngland(this.clock.now()));
    const dateOfBirth = summary?.child.dateOfBirth || undefined;
    const data = { ...c.input, ...(dateOfBirth === undefined ? {} : { dateOfBirth }) };
    return this.writer.write(ehcpTarget, c, { type: 'CeasePlan', data }, { occurredAt: c.input.decidedOn });
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
