import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { fundingTarget } from '../funding-command.js';
import { ReferenceCatalogue } from '../reference/reference-catalogue.js';
import type { PricePlanInput } from './plan-issued.js';

export class PricePlanCommand extends CaseCommand<PricePlanInput> {}

/** Prices an issued plan with the national reference data in force on the day it was issued. */
@CommandHandler(PricePlanCommand)
export class PricePlanHandler implements ICommandHandler<PricePlanCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly catalogue: ReferenceCatalogue,
  ) {}

  execute(c: PricePlanCommand): Promise<WriteResult> {
    const reference = this.catalogue.forPlan(c.input.issuedOn);
    return this.writer.write(fundingTarget, c, { type: 'PricePlan', data: c.input, reference }, { occurredAt: c.input.issuedOn });
  }
}
