import type { StoredEvent, TimelineEntry } from '@send/kernel';
import { todayInEngland } from '@send/statutory';
import type { FamilyAccessEvent } from './domain/family-access.decider.js';

/**
 * The family's access told on the case's timeline (docs/api.md "Family access"): invited, account set up,
 * access revoked. From `family-access-<caseId>`, which is kept beside the record, not in it; the code's hash
 * and the username are never told. Dated by the day in England the event was recorded.
 */
export function familyAccessEntries(events: readonly StoredEvent[]): TimelineEntry[] {
  return events.map((e) => {
    const event = { type: e.type, data: e.data } as FamilyAccessEvent;
    const base = {
      at: todayInEngland(new Date(e.recordedAt)),
      kind: 'notice' as const,
      actor: { id: e.actor.id, role: e.actor.role },
      eventIds: [e.id],
      recordedAt: e.recordedAt,
    };
    switch (event.type) {
      case 'FamilyInvited':
        return {
          ...base,
          title: 'Family invited to see the case online',
          details: [`Invitation code valid until ${event.data.expiresOn}`],
        };
      case 'FamilyInvitationRedeemed':
        return { ...base, title: 'Family set up its account to see the case online' };
      case 'FamilyAccessRevoked':
        return {
          ...base,
          title: "Family's online access revoked",
          details: [`${event.data.accountsClosed} account(s) closed, ${event.data.invitationIds.length} invitation(s) withdrawn`],
        };
      default:
        return { ...base, title: e.type };
    }
  });
}
