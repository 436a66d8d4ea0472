import type { IsoDate, TribunalOrder } from '@send/statutory';
import {
  deadlineStarted as started,
  deadlineMet as met,
  deadlineClosedLate as closedLate,
  deadlineNotApplicable as notApplicable,
} from '@send/testing';
import type { MediationCommand, MediationPolicy, MediationStep, OrderStep } from './mediation.commands.js';
import type { MediationEvent } from './mediation.events.js';
import type { AppealableDecision, Issue } from './issues.js';

/** Worked histories for the mediation specs. Today is far enough on for every worked date. */
export const TODAY: IsoDate = '2027-06-30';

export const command = <T extends MediationCommand['type']>(
  type: T,
  data: Extract<MediationCommand, { type: T }>['data'],
  today: IsoDate = TODAY,
) => ({ type, data, today }) as Extract<MediationCommand, { type: T }>;

// The statutory clock events are the same in every context: one set of builders in the test library.
export { started, met, closedLate, notApplicable };

// Commands, as the handlers send them.
export const openRights = (decision: AppealableDecision, decisionLetterOn: IsoDate, sourceEventId = 'ev-1', rightsId = 'r-1') =>
  command('OpenAppealRights', { rightsId, decision, decisionLetterOn, sourceEventId });
export const raise = (about: Issue[], decisionLetterOn: IsoDate, raisedOn: IsoDate, disputeId = 'd-1', rightsId = 'r-1') =>
  command('RaiseDispute', { disputeId, rightsId, about, decisionLetterOn, raisedOn });
export const step = (s: MediationStep, on: IsoDate, disputeId = 'd-1', notes?: string) =>
  command('RecordMediationStep', { disputeId, step: s, on, ...(notes === undefined ? {} : { notes }) });
export const certificate = (issuedOn: IsoDate, disputeId = 'd-1') => command('RecordCertificate', { disputeId, issuedOn });
export const appeal = (
  registeredOn: IsoDate,
  policy: MediationPolicy = 'current-law',
  extensionGranted = false,
  disputeId = 'd-1',
) => command('RegisterAppeal', { disputeId, registeredOn, extensionGranted, policy });
export const order = (o: TribunalOrder, madeOn: IsoDate, orderId = 'o-1', disputeId = 'd-1') =>
  command('RecordTribunalOrder', { disputeId, orderId, order: o, madeOn });
export const stepDone = (s: OrderStep, doneOn: IsoDate, sourceEventId = 'ev-9') =>
  command('RecordOrderStepDone', { step: s, doneOn, sourceEventId });

// Events.
export function opened(
  decision: AppealableDecision,
  decisionLetterOn: IsoDate,
  windowEndsOn: IsoDate,
  origin: { sourceEventId: string } | { disputeId: string } = { sourceEventId: 'ev-1' },
  rightsId = 'r-1',
): MediationEvent[] {
  const deadlineId = `appeal-window:${rightsId}`;
  return [
    { type: 'AppealRightsOpened', data: { rightsId, decision, decisionLetterOn, windowEndsOn, deadlineId, ...origin } },
    started(deadlineId, 'appeal-window', decisionLetterOn, windowEndsOn),
  ];
}
export const raised = (
  about: Issue[],
  decisionLetterOn: IsoDate,
  raisedOn: IsoDate,
  decision?: AppealableDecision,
  disputeId = 'd-1',
  rightsId = 'r-1',
): MediationEvent => ({
  type: 'DisagreementRaised',
  data: { disputeId, about, ...(decision === undefined ? {} : { decision, rightsId }), decisionLetterOn, raisedOn },
});
const STEP_TYPES = {
  'adviser-contacted': 'MediationAdviserContacted',
  declined: 'MediationDeclined',
  requested: 'MediationRequested',
  held: 'MediationHeld',
  agreement: 'MediationAgreementReached',
} as const;
export const stepped = (s: Exclude<MediationStep, 'not-arranged'>, on: IsoDate, disputeId = 'd-1'): MediationEvent => ({
  type: STEP_TYPES[s],
  data: { disputeId, on },
});
export const certified = (issuedOn: IsoDate, rightsId?: string, disputeId = 'd-1'): MediationEvent => ({
  type: 'CertificateIssued',
  data: { disputeId, issuedOn, ...(rightsId === undefined ? {} : { rightsId }) },
});

/**
 * A refusal to assess in a letter of Monday 2025-03-03. Two months on is Saturday 3 May and Monday
 * 5 May is the early May bank holiday, so the family may appeal until Tuesday 2025-05-06.
 */
export const LETTER_ON = '2025-03-03';
export const WINDOW_ENDS = '2025-05-06';
export const refusalRights = opened('refusal-to-assess', LETTER_ON, WINDOW_ENDS);
export const disputed: MediationEvent[] = [
  ...refusalRights,
  raised(['refusal-to-assess'], LETTER_ON, '2025-03-10', 'refusal-to-assess'),
];
/** Declined on Wednesday 12 March: the certificate is due 3 working days later, Monday 17 March (Reg 34). */
export const declined: MediationEvent[] = [
  ...disputed,
  stepped('adviser-contacted', '2025-03-12'),
  stepped('declined', '2025-03-12'),
  started('mediation-certificate:d-1', 'mediation-certificate', '2025-03-12', '2025-03-17'),
];
export const certifiedAfterDecline: MediationEvent[] = [
  ...declined,
  certified('2025-03-14', 'r-1'),
  met('mediation-certificate:d-1', 'mediation-certificate', '2025-03-14'),
];

/** A history built by the decider itself from commands, for givens whose detail another spec pins. */
export function replay(
  decide: (c: MediationCommand, events: MediationEvent[]) => readonly MediationEvent[],
  ...commands: MediationCommand[]
): MediationEvent[] {
  return commands.reduce<MediationEvent[]>((events, c) => [...events, ...decide(c, events)], []);
}
