import {
  closeDeadline,
  dueDate,
  isAwaitingAct,
  notBefore,
  notInFuture,
  orderComplianceDue,
  retireDeadline,
  startDeadline,
  startDeadlineDue,
  type IsoDate,
} from '@send/statutory';
import { assertNever } from '@send/kernel';
import type {
  RecordAgreementDone,
  RecordCertificate,
  RecordMediationNotArranged,
  RecordMediationStep,
} from './mediation.commands.js';
import { orderAnswers } from './issues.js';
import { MediationErrors, refuse } from './mediation.errors.js';
import type { MediationEvent } from './mediation.events.js';
import { moveWindow } from './appeal-rights.js';
import { findDispute } from './guards.js';
import {
  agreementDeadlineId,
  certificateDeadlineId,
  mediationHeldDeadlineId,
  orderDeadlineId,
  type Dispute,
  type MediationState,
  type OpenFile,
} from './mediation.state.js';

type Events = MediationEvent[];
type StepData = RecordMediationStep['data'];

const PRECEDES = MediationErrors.DATE_BEFORE_PRECEDING_STEP;
const recorded = (type: MediationEvent['type'], { disputeId, on, notes }: Pick<StepData, 'disputeId' | 'on' | 'notes'>) =>
  ({ type, data: { disputeId, on, ...(notes === undefined ? {} : { notes }) } }) as MediationEvent;

/**
 * Reg 34: the family tells the mediation adviser it does not want mediation; the adviser must issue
 * the certificate within 3 working days. Declining after asking for mediation withdraws the request,
 * so the LA's 30 days stop applying.
 */
function declined(file: OpenFile, d: Dispute, data: StepData): Events {
  const m = d.mediation;
  if (m.held !== undefined) refuse(MediationErrors.MEDIATION_ALREADY_HELD, `mediation took place on ${m.held.on}`);
  notBefore(PRECEDES, 'on', data.on, {
    'contact with the mediation adviser': m['adviser-contacted']?.on,
    'request for mediation': m.requested?.on,
  });
  return [
    recorded('MediationDeclined', data),
    ...retireDeadline(file.deadlines, mediationHeldDeadlineId(d.disputeId), data.on, 'the family withdrew from mediation'),
    ...(d.certificateOn === undefined
      ? [startDeadline(certificateDeadlineId(d.disputeId), 'mediation-certificate', data.on)]
      : []),
  ];
}

/** Reg 37: mediation must take place within 30 days of the LA being told the family wants it. */
function requested(d: Dispute, data: StepData): Events {
  const m = d.mediation;
  if (m.declined !== undefined) refuse(MediationErrors.MEDIATION_DECLINED, `the family declined mediation on ${m.declined.on}`);
  notBefore(PRECEDES, 'on', data.on, { 'contact with the mediation adviser': m['adviser-contacted']?.on });
  return [recorded('MediationRequested', data), startDeadline(mediationHeldDeadlineId(d.disputeId), 'mediation-held', data.on)];
}

/** Reg 37 met or late; Reg 39: the mediator issues the certificate within 3 working days after. */
function held(file: OpenFile, d: Dispute, data: StepData): Events {
  const m = d.mediation;
  if (m.requested === undefined) refuse(MediationErrors.MEDIATION_NOT_REQUESTED, 'the family has not asked for mediation');
  if (m.declined !== undefined) refuse(MediationErrors.MEDIATION_DECLINED, `the family withdrew on ${m.declined.on}`);
  notBefore(PRECEDES, 'on', data.on, { 'request for mediation': m.requested.on });
  return [
    recorded('MediationHeld', data),
    ...closeDeadline(file.deadlines, mediationHeldDeadlineId(d.disputeId), data.on),
    ...(d.certificateOn === undefined && !isAwaitingAct(file.deadlines[certificateDeadlineId(d.disputeId)])
      ? [startDeadline(certificateDeadlineId(d.disputeId), 'mediation-certificate', data.on)]
      : []),
  ];
}

/**
 * Reg 42(1): the written mediation agreement.
 * - On issues the family could appeal, Reg 42(2): the LA complies within the Reg 44 limits as if the
 *   agreement were a tribunal order; `order` names that order and its steps are clocks
 *   `order-compliance:<agreementId>:<step>`, met by the same acts as the order's (order-compliance).
 * - Otherwise, Reg 42(3): within 2 weeks of the agreement (`agreement-compliance`), closed by
 *   RecordAgreementDone. Kept for an appealable dispute whose agreement names no order, as before.
 * - Reg 42(5): the parties may agree another timescale in writing (`agreedDueOn`), for every clock.
 * docs/domain.md "Mediation agreements".
 */
function agreement(d: Dispute, data: StepData): Events {
  const m = d.mediation;
  if (m.held === undefined) refuse(MediationErrors.MEDIATION_NOT_HELD, 'an agreement follows a mediation that took place');
  notBefore(PRECEDES, 'on', data.on, { mediation: m.held.on });
  const { order, agreedDueOn, on } = data;
  if (agreedDueOn !== undefined)
    notBefore(MediationErrors.AGREED_DATE_BEFORE_AGREEMENT, 'agreedDueOn', agreedDueOn, { agreement: on });
  const extra = {
    ...(data.notes === undefined ? {} : { notes: data.notes }),
    ...(agreedDueOn === undefined ? {} : { agreedDueOn }),
  };
  if (order === undefined) {
    const clock = startDeadline(agreementDeadlineId(d.disputeId), 'agreement-compliance', on);
    const started = agreedDueOn === undefined ? clock : { ...clock, data: { ...clock.data, dueOn: agreedDueOn } };
    return [{ type: 'MediationAgreementReached', data: { disputeId: d.disputeId, on, ...extra } }, started];
  }
  if (d.decision === undefined || !orderAnswers(order, d.about)) {
    refuse(
      MediationErrors.AGREEMENT_ORDER_NOT_APPEALABLE,
      `an agreement about ${d.about.join(', ')} cannot count as an order to ${order} (Reg 42(2))`,
      { field: 'order', about: d.about },
    );
  }
  const agreementId = data.agreementId ?? `${d.disputeId}-agreement`;
  const steps = orderComplianceDue(order, on).map((s) => (agreedDueOn === undefined ? s : { ...s, dueOn: agreedDueOn }));
  return [
    { type: 'MediationAgreementReached', data: { disputeId: d.disputeId, on, agreementId, order, steps, ...extra } },
    ...steps.map((s) => startDeadlineDue(orderDeadlineId(agreementId, s.step), 'order-compliance', on, s.dueOn)),
  ];
}

/**
 * The LA told the mediation adviser it cannot arrange mediation within the 30 days of Reg 37: the adviser
 * must still give the family its certificate, within 3 working days (`mediation-certificate`), and the appeal
 * window moves as a certificate issued that day would move it (HESC Rules r.20(1)(b)); a certificate that
 * comes later moves it further, one that comes sooner never shortens it. Mediation may still take place.
 */
export function notArranged(
  file: OpenFile,
  d: Dispute,
  { on, notes, by, sourceEventId }: { on: IsoDate; notes?: string; by: 'la' | 'breach'; sourceEventId?: string },
): Events {
  const certificateDueOn = dueDate('mediation-certificate', on);
  const move = moveWindow(file, d, certificateDueOn, {
    on,
    why: (endsOn) =>
      `moved to ${endsOn}: mediation was not arranged within 30 days and the certificate is owed by ${certificateDueOn} (SEND Regulations 2014 reg 37; HESC Rules r.20(1)(b))`,
  });
  const certificateClock = isAwaitingAct(file.deadlines[certificateDeadlineId(d.disputeId)])
    ? []
    : [startDeadline(certificateDeadlineId(d.disputeId), 'mediation-certificate', on)];
  return [
    {
      type: 'MediationNotArranged',
      data: {
        disputeId: d.disputeId,
        on,
        ...(notes === undefined ? {} : { notes }),
        by,
        certificateDueOn,
        ...(sourceEventId === undefined ? {} : { sourceEventId }),
        ...(move.rightsId === undefined ? {} : { rightsId: move.rightsId }),
        ...(move.appealWindow === undefined ? {} : { appealWindow: move.appealWindow }),
      },
    },
    ...certificateClock,
    ...move.events,
  ];
}

function notArrangedByLa(file: OpenFile, d: Dispute, data: StepData): Events {
  const m = d.mediation;
  if (m.requested === undefined) refuse(MediationErrors.MEDIATION_NOT_REQUESTED, 'the family has not asked for mediation');
  if (m.declined !== undefined) refuse(MediationErrors.MEDIATION_DECLINED, `the family withdrew on ${m.declined.on}`);
  if (m.held !== undefined) refuse(MediationErrors.MEDIATION_ALREADY_HELD, `mediation took place on ${m.held.on}`);
  if (d.certificateOn !== undefined) {
    refuse(MediationErrors.CERTIFICATE_ALREADY_ISSUED, `a certificate was issued on ${d.certificateOn}`);
  }
  notBefore(PRECEDES, 'on', data.on, { 'request for mediation': m.requested.on });
  return notArranged(file, d, { on: data.on, ...(data.notes === undefined ? {} : { notes: data.notes }), by: 'la' });
}

/**
 * From the late-mediation process manager, on the deadline watcher's breach of `mediation-held:<disputeId>`:
 * the 30 days ran out with no mediation held. Nothing when the LA already said so, the family declined,
 * mediation took place, or a certificate was issued; nothing twice (idempotent per dispute).
 */
export function recordMediationNotArranged({ data, today }: RecordMediationNotArranged, state: MediationState): Events {
  const d = state.status === 'open' ? state.disputes[data.disputeId] : undefined;
  if (d === undefined) return [];
  const m = d.mediation;
  if (m['not-arranged'] !== undefined || m.requested === undefined || m.declined !== undefined) return [];
  if (m.held !== undefined || d.certificateOn !== undefined) return [];
  notInFuture(today, { on: data.on });
  return notArranged(state as OpenFile, d, { on: data.on, by: 'breach', sourceEventId: data.sourceEventId });
}

/**
 * Reg 42(3): what a non-appealable agreement required was done; closes `agreement-compliance`, met or late.
 * An agreement that counts as an order is met by the acts that do the work, never by this.
 */
export function recordAgreementDone({ data, today }: RecordAgreementDone, state: MediationState): Events {
  const d = findDispute(state, data.disputeId);
  const file = state as OpenFile;
  const agreed = d.agreement;
  if (agreed === undefined) refuse(MediationErrors.NO_AGREEMENT, 'no mediation agreement is recorded for this dispute');
  if (agreed.order !== undefined) {
    refuse(
      MediationErrors.AGREEMENT_MET_BY_ACTS,
      `this agreement counts as an order to ${agreed.order} (Reg 42(2)): the acts that do the work meet it`,
    );
  }
  if (agreed.doneOn !== undefined) refuse(MediationErrors.AGREEMENT_ALREADY_DONE, `recorded as done on ${agreed.doneOn}`);
  notInFuture(today, { doneOn: data.doneOn });
  notBefore(PRECEDES, 'doneOn', data.doneOn, { 'mediation agreement': agreed.on });
  const { disputeId, doneOn, notes } = data;
  return [
    { type: 'AgreementCompleted', data: { disputeId, doneOn, ...(notes === undefined ? {} : { notes }) } },
    ...closeDeadline(file.deadlines, agreementDeadlineId(disputeId), doneOn),
  ];
}

export function recordMediationStep({ data, today }: RecordMediationStep, state: MediationState): Events {
  const dispute = findDispute(state, data.disputeId);
  const file = state as OpenFile; // findDispute refuses unless the file is open
  const already = dispute.mediation[data.step];
  if (already !== undefined) refuse(MediationErrors.STEP_ALREADY_RECORDED, `${data.step} was recorded on ${already.on}`);
  if (data.step !== 'agreement' && (data.order !== undefined || data.agreedDueOn !== undefined)) {
    refuse(MediationErrors.ONLY_WITH_AGREEMENT, 'order and agreedDueOn are given only with an agreement', {
      field: data.order !== undefined ? 'order' : 'agreedDueOn',
    });
  }
  notInFuture(today, { on: data.on });
  notBefore(MediationErrors.DATE_BEFORE_DECISION_LETTER, 'on', data.on, { 'decision letter': dispute.decisionLetterOn });
  switch (data.step) {
    case 'adviser-contacted':
      // Reg 33: within 2 months of the decision letter; later contact is recorded, the window shows the rest.
      return [recorded('MediationAdviserContacted', data)];
    case 'declined':
      return declined(file, dispute, data);
    case 'requested':
      return requested(dispute, data);
    case 'held':
      return held(file, dispute, data);
    case 'agreement':
      return agreement(dispute, data);
    case 'not-arranged':
      return notArrangedByLa(file, dispute, data);
    default:
      return assertNever(data.step, 'mediation step');
  }
}

/**
 * CFA 2014 s.55(4)–(5): the certificate, after the family declined (Reg 34), after mediation
 * (Reg 39), or because the LA could not arrange it in time. It closes the certificate clock where one
 * runs and may move the appeal window (HESC Rules r.20(1)(b)).
 */
export function recordCertificate({ data, today }: RecordCertificate, state: MediationState): Events {
  const dispute = findDispute(state, data.disputeId);
  const file = state as OpenFile;
  if (dispute.certificateOn !== undefined) {
    refuse(MediationErrors.CERTIFICATE_ALREADY_ISSUED, `a certificate was issued on ${dispute.certificateOn}`);
  }
  const { disputeId, issuedOn } = data;
  notInFuture(today, { issuedOn });
  notBefore(MediationErrors.DATE_BEFORE_DECISION_LETTER, 'issuedOn', issuedOn, { 'decision letter': dispute.decisionLetterOn });
  const m = dispute.mediation;
  notBefore(PRECEDES, 'issuedOn', issuedOn, {
    'contact with the mediation adviser': m['adviser-contacted']?.on,
    'decision to decline mediation': m.declined?.on,
    mediation: m.held?.on,
  });
  const move = moveWindow(file, dispute, issuedOn);
  const links = move.rightsId === undefined ? {} : { rightsId: move.rightsId };
  const window = move.appealWindow === undefined ? {} : { appealWindow: move.appealWindow };
  return [
    { type: 'CertificateIssued', data: { disputeId, issuedOn, ...links, ...window } },
    ...closeDeadline(file.deadlines, certificateDeadlineId(disputeId), issuedOn),
    ...move.events,
  ];
}
