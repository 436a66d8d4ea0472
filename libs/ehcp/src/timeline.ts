import type { StoredEvent, TimelineEntry } from '@send/kernel';
import type { CaseTimeline } from '@send/read-models';
import { RULES, deadlineEntry, deadlineFacts, timelineEntry, untold } from '@send/statutory';
import type { EhcpEvent, SectionI } from './domain/index.js';

const SEND = 'SEND Regulations 2014';

/** Section I as the plan names it: the setting, else its type. */
const settingOf = (i: SectionI | undefined): string | undefined => (i ? (i.name ?? `a ${i.type} setting`) : undefined);

/** The plan's part of the evidential timeline (docs/api.md "Audit", timeline). */
export function ehcpEntries(events: readonly StoredEvent[]): TimelineEntry[] {
  const facts = deadlineFacts(events);
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
            title: `Representations received on the draft plan (version ${event.data.draftVersion})`,
            source: RULES['draft-representations'].source,
            details: [
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
