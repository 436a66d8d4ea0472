import type { StoredEvent, TimelineEntry } from '@send/kernel';
import type { CaseTimeline } from '@send/read-models';
import { RULES, deadlineEntry, deadlineFacts, timelineEntry, untold } from '@send/statutory';
import type { PhaseTransfer } from '@send/statutory';
import { CEASE_REASONS, type EhcpEvent, type ReviewDecision, type SectionI } from './domain/index.js';

const SEND = 'SEND Regulations 2014';
const CFA = 'Children and Families Act 2014';

const ceaseReason = (code: string) =>
  Object.hasOwn(CEASE_REASONS, code) ? CEASE_REASONS[code as keyof typeof CEASE_REASONS] : code;
const CHALLENGE_TITLES = {
  disputed: 'The family disputes the decision to cease the EHC plan: it stays maintained meanwhile',
  certificate: 'Mediation certificate on the decision to cease: the time to appeal runs longer',
  'appeal-registered': 'Appeal against the decision to cease registered: the plan stays maintained until it is decided',
} as const;
const requesters = {
  parent: 'the parent',
  'young-person': 'the young person',
  setting: 'the setting',
  other: 'another person',
} as const;

/** Section I as the plan names it: the setting, else its type. */
const settingOf = (i: SectionI | undefined): string | undefined => (i ? (i.name ?? `a ${i.type} setting`) : undefined);

const DECISIONS: Record<ReviewDecision, string> = {
  maintain: 'keep the plan as it is',
  amend: 'amend the plan',
  cease: 'propose to cease the plan',
};

const TRANSFERS: Record<PhaseTransfer, string> = {
  'early-years-to-school': 'from early years to school',
  'infant-to-junior': 'from infant to junior school',
  'primary-to-middle': 'from primary to middle school',
  'primary-to-secondary': 'from primary to secondary school',
  'middle-to-secondary': 'from middle to secondary school',
  'secondary-to-post-16': 'from secondary school to post-16',
  'post-16-move': 'between post-16 institutions',
};

type Lifecycle = Extract<
  EhcpEvent,
  {
    type:
      | 'ReviewStarted'
      | 'ReviewReportSent'
      | 'ReviewDecided'
      | 'AmendmentNoticeSent'
      | 'AmendedPlanIssued'
      | 'DecidedNotToAmend'
      | 'PhaseTransferStarted';
  }
>;

/** Reviews, amendments and phase transfers (docs/domain.md "The plan after it is final"). */
function lifecycleEntry(event: Lifecycle): Parameters<typeof timelineEntry>[1] {
  switch (event.type) {
    case 'ReviewStarted':
      return {
        at: event.data.meetingOn,
        kind: 'evidence',
        title: 'Annual review meeting held',
        source: `${SEND} reg 20`,
        ...(event.data.findings.length > 0 ? { details: event.data.findings } : {}),
      };
    case 'ReviewReportSent':
      return {
        at: event.data.sentOn,
        kind: 'evidence',
        title: 'Report of the review meeting sent',
        source: RULES['review-report'].source,
      };
    case 'ReviewDecided': {
      const d = event.data;
      const progress = d.outcomesProgress.map((o) => `Outcome ${o.outcomeId}: ${o.progress}`);
      return {
        at: d.decidedOn,
        kind: 'decision',
        title: `Review decision: ${DECISIONS[d.decision]}`,
        source: `${SEND} reg 20(10)`,
        reason: d.rationale,
        details: [
          `Step down to targeted support ${d.stepDownConsidered ? 'considered' : 'not considered'}: ${d.stepDownRationale}`,
          ...(d.proposedAmendments ? [`Proposed amendments: ${d.proposedAmendments}`] : []),
          ...progress,
        ],
      };
    }
    case 'AmendmentNoticeSent':
      return {
        at: event.data.sentOn,
        kind: 'notice',
        title: 'Notice of proposed amendments sent',
        source: `${SEND} reg 22(2)`,
        reason: event.data.reason,
        details: [`Proposed amendments: ${event.data.proposedAmendments}`],
      };
    case 'AmendedPlanIssued': {
      const setting = settingOf(event.data.sections.I);
      return {
        at: event.data.issuedOn,
        kind: 'plan',
        title: `Amended EHC plan issued (version ${event.data.version})`,
        source: RULES['amended-plan'].source,
        ...(setting ? { details: [`Section I: ${setting}`] } : {}),
      };
    }
    case 'DecidedNotToAmend':
      return {
        at: event.data.decidedOn,
        kind: 'decision',
        title: 'Decided not to amend the plan',
        source: `${SEND} reg 22(4)`,
        reason: event.data.reason,
      };
    case 'PhaseTransferStarted':
      return {
        at: event.data.recordedOn ?? event.data.dueOn,
        kind: 'plan',
        title: `Phase transfer ${TRANSFERS[event.data.transfer]} on ${event.data.transferOn}: plan to be amended by ${event.data.dueOn}`,
        source: RULES['phase-transfer'].source,
      };
  }
}

/** The plan's part of the evidential timeline (docs/api.md "Audit", timeline). */
export function ehcpEntries(events: readonly StoredEvent[]): TimelineEntry[] {
  // The evidence of a Reg 27(3) exception is told beside the clock it excepts, as the assessment's are.
  const evidence = new Map<string, string>();
  for (const e of events) {
    if (e.type === 'ReassessmentExceptionRecorded') {
      const data = e.data as { exceptionId: string; evidence: string };
      evidence.set(data.exceptionId, data.evidence);
    }
  }
  const facts = deadlineFacts(events, evidence);
  let finals = 0;
  return events.flatMap((e): TimelineEntry[] => {
    const event = { type: e.type, data: e.data } as EhcpEvent;
    switch (event.type) {
      case 'PlanOpened':
        // The decision to issue is the assessment's entry; opening the plan is its book-keeping.
        return [];
      case 'DraftPlanIssued': {
        const setting = settingOf(event.data.sections.I);
        return [
          timelineEntry(e, {
            at: event.data.issuedOn,
            kind: 'notice',
            title: `Draft EHC plan issued (version ${event.data.version})`,
            source: `${SEND} reg 13(1)`,
            ...(setting ? { details: [`Section I: ${setting}`] } : {}),
          }),
        ];
      }
      case 'RepresentationsReceived':
        return [
          timelineEntry(e, {
            at: event.data.receivedOn,
            kind: 'evidence',
            title:
              event.data.noticeId === undefined
                ? `Representations received on the draft plan (version ${event.data.draftVersion})`
                : 'Representations received on the proposed amendments',
            source: RULES[event.data.noticeId === undefined ? 'draft-representations' : 'amendment-representations'].source,
            details: [
              ...(event.data.views ? [`The family's views: ${event.data.views}`] : []),
              ...(event.data.nothingFurther ? ['The family said they have nothing further to add'] : []),
              ...(event.data.requestedSettingId ? [`The family asked for setting ${event.data.requestedSettingId}`] : []),
            ],
          }),
        ];
      case 'FinalPlanIssued': {
        // The first final plan is issued under Reg 13(2); each later one amends it (Reg 22(3)).
        finals += 1;
        const setting = settingOf(event.data.sections.I);
        return [
          timelineEntry(e, {
            at: event.data.issuedOn,
            kind: 'plan',
            title:
              finals === 1
                ? `Final EHC plan issued (version ${event.data.version})`
                : `Amended final EHC plan issued (version ${event.data.version})`,
            source: finals === 1 ? RULES['final-plan'].source : RULES['amended-plan'].source,
            ...(setting ? { details: [`Section I: ${setting}`] } : {}),
          }),
        ];
      }
      case 'PlanImported': {
        const { provenance, versions } = event.data;
        return [
          timelineEntry(e, {
            at: provenance.importedOn,
            kind: 'plan',
            title: `EHC plan received from LA ${provenance.fromLa} (version ${versions.at(-1)?.version ?? 0})`,
            source: `${SEND} reg 15(3)`,
            details: [
              `Exported by LA ${provenance.fromLa} at ${provenance.exportedAt}, sha256 ${provenance.sha256}`,
              ...(provenance.transferId ? [`Sent for transfer ${provenance.transferId}`] : []),
            ],
          }),
        ];
      }
      case 'SettingNamed':
        return [
          timelineEntry(e, {
            at: event.data.namedOn,
            kind: 'plan',
            title: `Setting named in section I: ${settingOf(event.data.setting) ?? 'not named'}`,
            source: 'Children and Families Act 2014 s.39(4)',
          }),
        ];
      case 'PlanTransferRequested':
        return [
          timelineEntry(e, {
            // Dated when the old LA's duty to transfer began: the request may be recorded after the act.
            at: event.data.learnedOn,
            kind: 'plan',
            title: `EHC plan transferred to LA ${event.data.toLa}`,
            source: `${SEND} reg 15(2)`,
            details: [
              `From LA ${event.data.fromLa}`,
              `Moved on ${event.data.movedOn}; LA ${event.data.fromLa} learned of the move on ${event.data.learnedOn}`,
            ],
          }),
        ];
      case 'PlanTransferAccepted':
        return [
          timelineEntry(e, {
            at: event.data.acceptedOn,
            kind: 'plan',
            title: `Transfer accepted by LA ${event.data.toLa}`,
            source: `${SEND} reg 15(3)`,
            details: [
              `LA ${event.data.toLa} maintains the plan from ${event.data.acceptedOn}, in place of LA ${event.data.fromLa}`,
            ],
          }),
        ];
      case 'TransferNoticeSent':
        return [
          timelineEntry(e, {
            at: event.data.sentOn,
            kind: 'notice',
            title: `LA ${event.data.la} told the family the plan has been transferred`,
            source: RULES['transfer-notice'].source,
            details: ['Whether it proposes to assess, and when it proposes to review the plan (Reg 15(4)(b), (c))'],
          }),
        ];
      case 'PlanTransferWithdrawn':
        return [
          timelineEntry(e, {
            at: event.data.withdrawnOn,
            kind: 'plan',
            title: `Transfer to LA ${event.data.toLa} withdrawn`,
            source: `${SEND} reg 15(1)`,
            reason: event.data.reason,
            details: [`LA ${event.data.fromLa} goes on maintaining the plan`],
          }),
        ];
      case 'ReviewStarted':
      case 'ReviewReportSent':
      case 'ReviewDecided':
      case 'AmendmentNoticeSent':
      case 'AmendedPlanIssued':
      case 'DecidedNotToAmend':
      case 'PhaseTransferStarted':
        return [timelineEntry(e, lifecycleEntry(event))];
      case 'CeaseDecided':
        return [
          timelineEntry(e, {
            at: event.data.decidedOn,
            kind: 'decision',
            title: `Decision to cease the EHC plan (reason: ${ceaseReason(event.data.reason)})`,
            source: `${CFA} s.45; ${SEND} reg 31`,
            details: [
              `The family and the setting were consulted on ${event.data.consultedOn}`,
              `The plan stays maintained until the time to appeal ends on ${event.data.appealWindowEndsOn}, or an appeal is decided`,
            ],
          }),
        ];
      case 'PlanCeased':
        return [
          timelineEntry(e, {
            at: event.data.ceasedOn,
            kind: 'plan',
            title: 'EHC plan ceased',
            source: event.data.why === 'appeal-dismissed' ? `${SEND} reg 44(2)(a)` : `${CFA} s.45`,
            details: [
              event.data.why === 'appeal-dismissed'
                ? 'The tribunal dismissed the appeal against ceasing'
                : 'The time to appeal the decision to cease ended with no appeal',
            ],
          }),
        ];
      case 'CeaseChallengeNoted':
        return [
          timelineEntry(e, {
            at: event.data.on,
            kind: 'dispute',
            title: CHALLENGE_TITLES[event.data.step],
            source: `${CFA} s.51(2)(f)`,
            ...(event.data.windowEndsOn ? { details: [`Last day to appeal: ${event.data.windowEndsOn}`] } : {}),
          }),
        ];
      case 'ReassessmentRequested':
        return [
          timelineEntry(e, {
            at: event.data.requestedOn,
            kind: 'request',
            title: `Request for a re-assessment, by ${requesters[event.data.requestedBy] ?? event.data.requestedBy}`,
            source: `${SEND} reg 24`,
          }),
        ];
      case 'ReassessmentDecided':
        return [
          timelineEntry(e, {
            at: event.data.decidedOn,
            kind: 'decision',
            title: event.data.decision === 'reassess' ? 'Decision to re-assess' : 'Decision not to re-assess',
            source: event.data.decision === 'reassess' ? `${SEND} reg 25(1), 27` : `${SEND} reg 25; ${CFA} s.51(2)(d)`,
            reason: event.data.reason,
          }),
        ];
      case 'ReassessmentExceptionRecorded':
        return [
          timelineEntry(e, {
            at: event.data.recordedOn,
            kind: 'evidence',
            title: `Exception to the re-assessment’s 14 weeks recorded (${event.data.ground.replace(/-/g, ' ')})`,
            source: RULES['reassessment-final-plan'].exceptionSource ?? `${SEND} reg 27(3)`,
            details: [
              `From ${event.data.from}${event.data.to ? ` to ${event.data.to}` : ''}`,
              `Evidence: ${event.data.evidence}`,
              event.data.familyNotified ? 'The family was told' : 'The family was not told',
            ],
          }),
        ];
      case 'AttachmentAdded':
        return [
          timelineEntry(e, {
            at: event.data.addedOn,
            kind: 'evidence',
            title: `${event.data.mediaType.startsWith('video/') ? 'Video' : 'Photo'} attached to ${
              event.data.section ? `section ${event.data.section}` : 'the case'
            }`,
            details: [`SHA-256 ${event.data.sha256}`, `${event.data.mediaType}, ${event.data.size} bytes`],
          }),
        ];
      case 'AttachmentWithdrawn':
        return [
          timelineEntry(e, {
            at: event.data.withdrawnOn,
            kind: 'evidence',
            title: event.data.bytesRemoved ? 'Attachment withdrawn and its file removed' : 'Attachment withdrawn',
            reason: event.data.reason,
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

export const ehcpTimeline: CaseTimeline = { context: 'ehcp', entriesOf: ehcpEntries };
