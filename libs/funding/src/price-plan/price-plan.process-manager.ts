import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, send } from '@send/read-models';
import { PLAN_ISSUED_TYPES, pricePlanInputOf } from './plan-issued.js';
import { PricePlanCommand } from './price-plan.command.js';

/**
 * The ehcp context issued a final or amended plan → its section F is priced on the case's funding
 * stream. PricePlan is idempotent per plan version in the decider, so redelivery changes nothing.
 * An event that cannot be read is logged and passed over: a stuck subscription would price nothing more.
 */
@Injectable()
export class PricePlanProcessManager extends CheckpointedProcessManager {
  readonly name = 'funding.price-plan';
  protected readonly reactsTo = PLAN_ISSUED_TYPES;
  private readonly logger = new Logger('funding.price-plan');

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    const input = pricePlanInputOf(event.data);
    if (!input) {
      this.logger.warn(`${event.type} ${event.id} of case ${event.caseId} has no version, date or section F to price`);
      return [];
    }
    return [send(PricePlanCommand, input)];
  }
}
