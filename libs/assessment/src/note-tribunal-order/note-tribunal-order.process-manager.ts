import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, eventData, send } from '@send/read-models';
import { NoteTribunalOrderToAssessCommand } from './note-tribunal-order.command.js';

/**
 * The mediation context recorded a tribunal order to assess → the assessment's refusal gives way, so the
 * LA can decide to assess and so comply (Reg 44(2)(b)); without it the order could never be complied with.
 */
@Injectable()
export class NoteTribunalOrderProcessManager extends CheckpointedProcessManager {
  readonly name = 'assessment.note-tribunal-order';
  protected readonly reactsTo: ReadonlySet<string> = new Set(['TribunalOrderMade']);

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    const d = eventData(event.data);
    const orderId = d.text('orderId');
    const madeOn = d.date('madeOn');
    if (d.text('order') !== 'assess' || orderId === undefined || madeOn === undefined) return [];
    return [send(NoteTribunalOrderToAssessCommand, { orderId, madeOn })];
  }
}
