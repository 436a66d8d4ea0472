import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, eventData, send } from '@send/read-models';
import { CeaseOnTribunalOrderCommand, NoteCeaseChallengeCommand } from './cease-plan.command.js';

const aboutCease = (data: unknown): boolean => {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return (Array.isArray(record.about) && record.about.includes('cease')) || record.decision === 'cease';
};

/**
 * Mediation's steps on a decision to cease, noted on the plan (docs/domain.md "Ceasing a plan"): a dispute
 * about ceasing, the certificate that moves its appeal window, and the appeal registered keep the plan
 * maintained; a tribunal order `cease-dismissed` ceases it at once (Reg 44(2)(a)). Each command carries its
 * source event's id, and the decider notes each source once, so redelivery changes nothing.
 */
@Injectable()
export class CeaseChallengesProcessManager extends CheckpointedProcessManager {
  readonly name = 'ehcp.cease-challenges';
  protected readonly reactsTo: ReadonlySet<string> = new Set([
    'DisagreementRaised',
    'CertificateIssued',
    'AppealRegistered',
    'TribunalOrderMade',
  ]);

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    const data = eventData(event.data);
    const disputeId = data.text('disputeId');
    if (disputeId === undefined) return [];
    const sourceEventId = event.id;
    switch (event.type) {
      case 'DisagreementRaised': {
        const on = data.date('raisedOn');
        if (!on || !aboutCease(event.data)) return [];
        return [send(NoteCeaseChallengeCommand, { step: 'disputed', disputeId, on, sourceEventId })];
      }
      case 'CertificateIssued': {
        const on = data.date('issuedOn');
        const window = eventData((event.data as { appealWindow?: unknown }).appealWindow);
        const windowEndsOn = window.date('endsOn');
        if (!on || !windowEndsOn) return [];
        return [send(NoteCeaseChallengeCommand, { step: 'certificate', disputeId, on, windowEndsOn, sourceEventId })];
      }
      case 'AppealRegistered': {
        const on = data.date('registeredOn');
        if (!on) return [];
        return [send(NoteCeaseChallengeCommand, { step: 'appeal-registered', disputeId, on, sourceEventId })];
      }
      case 'TribunalOrderMade': {
        const madeOn = data.date('madeOn');
        const orderId = data.text('orderId');
        if (data.text('order') !== 'cease-dismissed' || !madeOn || !orderId) return [];
        return [send(CeaseOnTribunalOrderCommand, { orderId, disputeId, madeOn, sourceEventId })];
      }
      default:
        return [];
    }
  }
}
