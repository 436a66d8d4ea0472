import type { StoredEvent } from '@send/kernel';
import { familyAccessEntries } from './family-timeline.js';

const stored = (type: string, data: unknown, recordedAt: string): StoredEvent =>
  ({
    id: `e-${type}`,
    type,
    data,
    recordedAt,
    actor: { id: 'caseworker@202', role: 'caseworker' },
  }) as unknown as StoredEvent;

describe("the family's access on the timeline", () => {
  it('tells invited, set up and revoked, dated by the day in England, never the code hash', () => {
    // 23:30 UTC on 30 March 2026 is already 31 March in England (BST began on 29 March).
    const entries = familyAccessEntries([
      stored(
        'FamilyInvited',
        { invitationId: 'i1', codeHash: 'secret-hash', expiresOn: '2026-04-14' },
        '2026-03-30T23:30:00.000Z',
      ),
      stored('FamilyInvitationRedeemed', { invitationId: 'i1' }, '2026-04-01T10:00:00.000Z'),
      stored('FamilyAccessRevoked', { invitationIds: ['i1'], accountsClosed: 1 }, '2026-05-01T10:00:00.000Z'),
    ]);
    expect(entries.map((e) => [e.at, e.title])).toEqual([
      ['2026-03-31', 'Family invited to see the case online'],
      ['2026-04-01', 'Family set up its account to see the case online'],
      ['2026-05-01', "Family's online access revoked"],
    ]);
    expect(entries[0].details).toEqual(['Invitation code valid until 2026-04-14']);
    expect(JSON.stringify(entries)).not.toContain('secret-hash');
  });
});
