import type { StoredEvent, TimelineEntry } from '@send/kernel';
import type { CaseTimeline } from '@send/read-models';
import { RULES, type TribunalOrder, deadlineEntry, deadlineFacts, timelineEntry, untold } from '@send/statutory';
import type { AppealableDecision, StoredMediationEvent } from './domain/index.js';

const SEND = 'SEND Regulations 2014';

const DECISIONS: Readonly<Record<AppealableDecision, string>> = {
  'refusal-to-assess': 'the decision not to assess',
  'no-plan': 'the decision not to issue an EHC plan',
  'plan-contents': 'the contents of the EHC plan',
  cease: 'the decision to cease the EHC plan',
  'review-decision': 'the decision not to amend the EHC plan after its review',
  'refusal-to-reassess': 'the decision not to re-assess',
};
const ORDERS: Readonly<Record<TribunalOrder, string>> = {
  assess: 'the LA must assess',
  'make-plan': 'the LA must make an EHC plan',
  'amend-provision': 'the LA must amend the needs or provision in the plan',
  'amend-setting': 'the LA must amend the setting named in the plan',
  'cease-dismissed': 'appeal against ceasing dismissed, the plan ceases',
};

/** The disputes' part of the evidential timeline (docs/api.md "Audit", timeline). */
export function mediationEntries(events: readonly StoredEvent[]): TimelineEntry[] {
  const facts = deadlineFacts(events);
  return events.flatMap((e): TimelineEntry[] => {
    const event = { type: e.type, data: e.data } as StoredMediationEvent;
    const step = (title: string, source?: string) =>
      'on' in (event.data as object)
        ? [timelineEntry(e, { at: (event.data as { on: string }).on, kind: 'dispute', title, ...(source ? { source } : {}) })]
        : [];
    switch (event.type) {
      case 'AppealRightsOpened':
        return [
          timelineEntry(e, {
            at: event.data.decisionLetterOn,
            kind: 'notice',
            title: `Right of appeal against ${DECISIONS[event.data.decision]} (until ${event.data.windowEndsOn})`,
            source: RULES['appeal-window'].source,
          }),
        ];
      case 'AppealRightsLinked':
        return [];
      case 'DisagreementRaised':
        return [
          timelineEntry(e, {
            at: event.data.raisedOn,
            kind: 'dispute',
            title: 'Disagreement raised by the family',
            details: [`About: ${event.data.about.map((i) => i.replace(/-/g, ' ')).join(', ')}`],
          }),
        ];
      case 'MediationAdviserContacted':
        return step('Mediation adviser contacted', 'Children and Families Act 2014 s.55(2)');
      case 'MediationDeclined':
        return step('Mediation declined', `${SEND} reg 34`);
      case 'MediationRequested':
        return step('Mediation requested', `${SEND} reg 37`);
      case 'MediationHeld':
        return step('Mediation held', RULES['mediation-held'].source);
      case 'MediationAgreementReached': {
        const { on, order, steps, agreedDueOn } = event.data;
        const clocks = order === undefined ? [] : (steps ?? []).map((s) => `${s.step.replace(/-/g, ' ')} by ${s.dueOn}`);
        const details = [
          ...(order === undefined ? [] : [`Counts as a tribunal order: ${ORDERS[order] ?? order}`]),
          ...clocks,
          ...(order === undefined && agreedDueOn !== undefined ? [`To be done by ${agreedDueOn}, as agreed in writing`] : []),
        ];
        return [
          timelineEntry(e, {
            at: on,
            kind: 'dispute',
            title: 'Mediation agreement reached',
            source: order === undefined ? `${SEND} reg 42(3)` : `${SEND} reg 42(2)`,
            ...(details.length > 0 ? { details } : {}),
          }),
        ];
      }
      case 'AgreementCompleted':
        return [
          timelineEntry(e, {
            at: event.data.doneOn,
            kind: 'dispute',
            title: 'What the mediation agreement required was done',
            source: `${SEND} reg 42(3)`,
          }),
        ];
      case 'MediationNotArranged':
        return [
          timelineEntry(e, {
            at: event.data.on,
            kind: 'dispute',
            title:
              event.data.by === 'la'
                ? 'The LA could not arrange mediation within 30 days'
                : 'Mediation was not arranged within 30 days',
            source: `${SEND} reg 37`,
            details: [
              `Mediation certificate owed to the family by ${event.data.certificateDueOn}`,
              ...(event.data.appealWindow ? [`Appeal window now ends ${event.data.appealWindow.endsOn}`] : []),
            ],
          }),
        ];
      case 'CertificateIssued':
        return [
          timelineEntry(e, {
            at: event.data.issuedOn,
            kind: 'notice',
            title: 'Mediation certificate issued',
            source: RULES['mediation-certificate'].source,
            ...(event.data.appealWindow ? { details: [`Appeal window now ends ${event.data.appealWindow.endsOn}`] } : {}),
          }),
        ];
      case 'AppealRegistered':
        return [
          timelineEntry(e, {
            at: event.data.registeredOn,
            kind: 'dispute',
            title: 'Appeal registered',
            source: RULES['appeal-window'].source,
            details: [
              event.data.inTime ? 'In time' : 'Out of time',
              ...(event.data.extensionGranted ? ['The tribunal extended time'] : []),
            ],
          }),
        ];
      case 'TribunalOrderMade':
        return [
          timelineEntry(e, {
            at: event.data.madeOn,
            kind: 'order',
            title: `Tribunal order: ${ORDERS[event.data.order] ?? event.data.order}`,
            source: RULES['order-compliance'].source,
            details: event.data.steps.map((s) => `${s.step.replace(/-/g, ' ')} by ${s.dueOn}`),
          }),
        ];
      case 'OrderComplied':
        return [
          timelineEntry(e, {
            at: event.data.compliedOn,
            kind: 'order',
            title: `${event.data.of === 'agreement' ? 'Mediation agreement' : 'Tribunal order'} complied with: ${event.data.step.replace(/-/g, ' ')}`,
            source: RULES['order-compliance'].source,
          }),
        ];
      case 'PanelRecommendationRecorded':
        return [
          timelineEntry(e, {
            at: event.data.meetingOn,
            kind: 'evidence',
            title: `Multi-agency panel recommended ${event.data.recommendation === 'assess' ? 'assessing' : 'not assessing'}`,
          }),
        ];
      case 'DeadlineStarted':
      case 'DeadlineMet':
      case 'DeadlineClosedLate':
      case 'DeadlineBreached':
      case 'DeadlineExcepted':
      case 'DeadlineNotApplicable':
        return [deadlineEntry(e, event, facts)];
      default:
        return untold(event) ?? [];
    }
  });
}

export const mediationTimeline: CaseTimeline = { context: 'mediation', entriesOf: mediationEntries };
