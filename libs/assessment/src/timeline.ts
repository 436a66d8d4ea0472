import type { StoredEvent, TimelineEntry } from '@send/kernel';
import type { CaseTimeline } from '@send/read-models';
import { RULES, deadlineEntry, deadlineFacts, timelineEntry, untold } from '@send/statutory';
import { citationWords, type StandardCitation } from '@send/standards';
import type { Adviser, AssessmentEvent, Requester } from './domain/index.js';

// Who asked, and who advises, as a tribunal names them.
const REQUESTERS: Readonly<Record<Requester, string>> = {
  parent: 'the parent',
  'young-person': 'the young person',
  setting: 'the school or setting',
  other: 'another person',
};
const ADVISERS: Readonly<Record<Adviser, string>> = {
  'educational-psychologist': 'the educational psychologist',
  health: 'health',
  'social-care': 'social care',
  setting: 'the school or setting',
  other: 'another adviser',
};

/** The assessment's part of the evidential timeline (docs/api.md "Audit", timeline). */
export function assessmentEntries(events: readonly StoredEvent[]): TimelineEntry[] {
  const evidence = new Map<string, string>();
  const advisers = new Map<string, Adviser>();
  for (const e of events) {
    if (e.type === 'TimescaleExceptionRecorded') {
      const data = e.data as { exceptionId: string; evidence: string };
      evidence.set(data.exceptionId, data.evidence);
    }
    if (e.type === 'AdviceRequested') {
      const data = e.data as { adviceId: string; adviser: Adviser };
      advisers.set(data.adviceId, data.adviser);
    }
  }
  const facts = deadlineFacts(events, evidence);
  return events.flatMap((e): TimelineEntry[] => [entryOf(e)].filter((x) => x !== undefined));
  function entryOf(e: StoredEvent): TimelineEntry | undefined {
    const event = { type: e.type, data: e.data } as AssessmentEvent;
    switch (event.type) {
      case 'AssessmentRequested':
        return timelineEntry(e, {
          at: event.data.receivedOn,
          kind: 'request',
          title: `Request for an EHC needs assessment received (from ${REQUESTERS[event.data.requestedBy]})`,
          source: 'Children and Families Act 2014 s.36(1)',
        });
      case 'AssessmentDecided':
        return timelineEntry(e, {
          at: event.data.decidedOn,
          kind: 'decision',
          title: event.data.decision === 'assess' ? 'Decision to assess' : 'Decision not to assess',
          reason: event.data.reason,
          source: RULES['assessment-decision'].source,
          ...details([
            event.data.panel &&
              `Multi-agency panel on ${event.data.panel.meetingOn} recommended ${event.data.panel.recommendation === 'assess' ? 'assessing' : 'not assessing'}`,
            standardCited(event.data.standard),
          ]),
        });
      case 'AdviceRequested':
        return timelineEntry(e, {
          at: event.data.requestedOn,
          kind: 'evidence',
          title: `Advice requested from ${ADVISERS[event.data.adviser]}`,
          source: 'SEND Regulations 2014 reg 6(1)',
          details: [`Adviser: ${ADVISERS[event.data.adviser]}`],
        });
      case 'AdviceReceived': {
        const adviser = advisers.get(event.data.adviceId);
        return timelineEntry(e, {
          at: event.data.receivedOn,
          kind: 'evidence',
          title: adviser ? `Advice received from ${ADVISERS[adviser]}` : 'Advice received',
          source: RULES.advice.source,
          ...(adviser ? { details: [`Adviser: ${ADVISERS[adviser]}`] } : {}),
        });
      }
      case 'TimescaleExceptionRecorded':
        return timelineEntry(e, {
          at: event.data.recordedOn,
          kind: 'evidence',
          title: `Exception to the timescales recorded (${event.data.ground.replace(/-/g, ' ')})`,
          details: [
            `From ${event.data.from}${event.data.to ? ` to ${event.data.to}` : ''}`,
            `Evidence: ${event.data.evidence}`,
            event.data.familyNotified ? 'The family was told' : 'The family was not told',
          ],
        });
      case 'PlanIssueDecided':
        return timelineEntry(e, {
          at: event.data.decidedOn,
          kind: 'decision',
          title: event.data.outcome === 'issue-plan' ? 'Decision to issue an EHC plan' : 'Decision not to issue an EHC plan',
          reason: event.data.reason,
          source: event.data.outcome === 'issue-plan' ? 'SEND Regulations 2014 reg 12' : RULES['no-plan-decision'].source,
          ...details([standardCited(event.data.standard)]),
        });
      case 'AssessmentOrderedByTribunal':
        return timelineEntry(e, {
          at: event.data.madeOn,
          kind: 'order',
          title: `Refusal to assess set aside by the tribunal's order of ${event.data.madeOn}: the LA must assess`,
          source: 'SEND Regulations 2014 reg 44(2)(b)',
        });
      case 'PersonalDataErased':
        return timelineEntry(e, {
          at: event.data.erasedOn,
          kind: 'decision',
          title:
            event.data.scope === 'key-destroyed'
              ? `Personal data erased on ${event.data.erasedOn}`
              : `Personal data erased on ${event.data.erasedOn} from the read models only (recorded before encryption at rest)`,
          source: event.data.source,
        });
      case 'DeadlineStarted':
      case 'DeadlineMet':
      case 'DeadlineClosedLate':
      case 'DeadlineBreached':
      case 'DeadlineExcepted':
      case 'DeadlineNotApplicable':
        return deadlineEntry(e, event, facts);
      default:
        return untold(event);
    }
  }
}

export const assessmentTimeline: CaseTimeline = { context: 'assessment', entriesOf: assessmentEntries };

/**
 * The standard a decision relied on, as the catalogue gave it on the decision's date: the event holds the
 * citation, so a later version of the standard never changes what this line says (docs/domain.md "National SEND
 * standards (proposal)").
 */
const standardCited = (standard: StandardCitation | undefined) => standard && citationWords(standard);

const details = (lines: readonly (string | undefined)[]) => {
  const told = lines.filter((l): l is string => typeof l === 'string');
  return told.length > 0 ? { details: told } : {};
};
