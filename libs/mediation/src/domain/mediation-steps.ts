import { closeDeadline, notBefore, notInFuture, retireDeadline, startDeadline } from '@send/statutory';
import { assertNever } from '@send/kernel';
import type { RecordCertificate, RecordMediationStep } from './mediation.commands.js';
import { MediationErrors, refuse } from './mediation.errors.js';
import type { MediationEvent } from './mediation.events.js';
import { moveWindow } from './appeal-rights.js';
import { findDispute } from './guards.js';
import {
  agreementDeadlineId,
  certificateDeadlineId,
  mediationHeldDeadlineId,
  type Dispute,
  type MediationState,
  type OpenFile,
} from './mediation.state.js';

type Events = MediationEvent[];
type StepData = RecordMediationStep['data'];

const PRECEDES = MediationErrors.DATE_BEFORE_PRECEDING_STEP;
const recorded = (type: MediationEvent['type'], { disputeId, on, notes }: StepData) =>
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
    ...(d.certificateOn === undefined
      ? [startDeadline(certificateDeadlineId(d.disputeId), 'mediation-certificate', data.on)]
      : []),
  ];
}

/**
 * Reg 42(1): an agreement reached in mediation. Reg 42(3) gives 2 weeks for what the family could not
 * appeal. For appealable issues Reg 42(2) applies the Reg 44 limits as if the agreement were an order;
 * this context keeps one 2-week agreement-compliance clock for both until the agreement records
 * which order it amounts to (a known simplification; Reg 42(5) also lets the parties agree another).
 */
function agreement(d: Dispute, data: StepData): Events {
  const m = d.mediation;
  if (m.held === undefined) refuse(MediationErrors.MEDIATION_NOT_HELD, 'an agreement follows a mediation that took place');
  notBefore(PRECEDES, 'on', data.on, { mediation: m.held.on });
  return [
    recorded('MediationAgreementReached', data),
    startDeadline(agreementDeadlineId(d.disputeId), 'agreement-compliance', data.on),
  ];
}

export function recordMediationStep({ data, today }: RecordMediationStep, state: MediationState): Events {
  const dispute = findDispute(state, data.disputeId);
  const file = state as OpenFile; // findDispute refuses unless the file is open
  const already = dispute.mediation[data.step];
  if (already !== undefined) refuse(MediationErrors.STEP_ALREADY_RECORDED, `${data.step} was recorded on ${already.on}`);
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
