import type { StoredEvent, TimelineEntry } from '@send/kernel';
import type { CaseTimeline } from '@send/read-models';
import { RULES, deadlineEntry, deadlineFacts, timelineEntry, untold } from '@send/statutory';
import type { ObjectionGround, PlacementEvent } from './domain/index.js';

// The Children and Families Act 2014 s.39(4) grounds on which a setting may object to being named.
const OBJECTIONS: Readonly<Record<ObjectionGround, string>> = {
  'unsuitable-for-age-ability-aptitude-sen': "unsuitable for the child's age, ability, aptitude or SEN",
  'incompatible-with-efficient-education-of-others': 'incompatible with the efficient education of others',
  'incompatible-with-efficient-use-of-resources': 'incompatible with the efficient use of resources',
};

/** The placement's part of the evidential timeline (docs/api.md "Audit", timeline). */
export function placementEntries(events: readonly StoredEvent[]): TimelineEntry[] {
  const facts = deadlineFacts(events);
  const names = new Map<string, string>();
  const nameOf = (settingId: string) => names.get(settingId) ?? settingId;
  return events.flatMap((e): TimelineEntry[] => {
    const event = { type: e.type, data: e.data } as PlacementEvent;
    switch (event.type) {
      case 'TailoredListProduced':
        for (const item of event.data.items) names.set(item.settingId, item.name);
        return [
          timelineEntry(e, {
            at: event.data.producedOn,
            kind: 'evidence',
            title: `Tailored list of settings produced (${event.data.items.length} settings)`,
            source: 'Children and Families Act 2014 s.30 (local offer)',
            details: event.data.items.map((i) => i.name),
          }),
        ];
      case 'PreferencesExpressed':
        return [
          timelineEntry(e, {
            at: event.data.expressedOn,
            kind: 'request',
            title: 'Preferences for a setting expressed',
            source: 'Children and Families Act 2014 s.38(2)(b)',
            details: event.data.ranked.map((id, i) => `${i + 1}. ${nameOf(id)}`),
          }),
        ];
      case 'SettingConsulted':
        names.set(event.data.settingId, event.data.name);
        return [
          timelineEntry(e, {
            at: event.data.sentOn,
            kind: 'notice',
            title: `Consultation sent to ${event.data.name}`,
            source: RULES['consultation-answer'].source,
          }),
        ];
      case 'ConsultationAnswered': {
        const name = nameOf(event.data.settingId);
        const grounds = (event.data.grounds ?? []).map((g) => OBJECTIONS[g] ?? g);
        return [
          timelineEntry(e, {
            at: event.data.answeredOn,
            kind: 'evidence',
            title:
              event.data.answer === 'can-meet'
                ? `${name} answered the consultation: can meet the need`
                : `${name} answered the consultation: cannot meet the need`,
            source: 'Children and Families Act 2014 s.39(4)',
            details: [
              ...grounds.map((g) => `Ground: ${g}`),
              ...(event.data.answer === 'cannot-meet'
                ? [event.data.objectionUpheld ? 'Objection upheld' : 'Objection not upheld']
                : []),
            ],
          }),
        ];
      }
      case 'PlaceAllocated':
        names.set(event.data.settingId, event.data.name);
        return [
          timelineEntry(e, {
            at: event.data.decidedOn,
            kind: 'decision',
            title: `Place allocated at ${event.data.name}`,
            source: 'Children and Families Act 2014 s.39(3)-(4)',
            details: [
              `Preference ${event.data.preferenceRank}`,
              ...event.data.passedOver.map(
                (p) => `${nameOf(p.settingId)} passed over: ${p.why === 'no-place' ? 'no place' : 'objection upheld'}`,
              ),
            ],
          }),
        ];
      case 'AdmissionDirected':
        return [
          timelineEntry(e, {
            at: event.data.directedOn,
            kind: 'decision',
            title: `Admission directed at ${event.data.name}`,
            reason: event.data.reason,
            source: 'SEND green paper 2022 ch. 3 (direction to admit)',
            details: [`Academy trust: ${event.data.academyTrust}`],
          }),
        ];
      case 'DirectionAppealLodged':
        return [
          timelineEntry(e, {
            at: event.data.lodgedOn,
            kind: 'dispute',
            title: `Appeal against the direction lodged by ${nameOf(event.data.settingId)}`,
          }),
        ];
      case 'DirectionAppealDecided':
        return [
          timelineEntry(e, {
            at: event.data.decidedOn,
            kind: 'order',
            title: event.data.upheld
              ? 'Appeal against the direction upheld: the direction falls'
              : 'Appeal against the direction dismissed: the direction stands',
          }),
        ];
      case 'DeadlineStarted':
      case 'DeadlineMet':
      case 'DeadlineClosedLate':
      case 'DeadlineBreached':
      case 'DeadlineExcepted':
      case 'DeadlineNotApplicable':
        return [deadlineEntry(e, event, facts)];
      case 'PhaseTransferRoundOpened':
        return [
          timelineEntry(e, {
            at: e.occurredAt,
            kind: 'notice',
            title: `Setting to be found for the ${event.data.phase ?? 'new'} phase by ${event.data.dueOn} (transfer on ${event.data.transferOn})`,
            source: 'SEND Regulations 2014 reg 18',
          }),
        ];
      default:
        return untold(event) ?? [];
    }
  });
}

export const placementTimeline: CaseTimeline = { context: 'placement', entriesOf: placementEntries };
