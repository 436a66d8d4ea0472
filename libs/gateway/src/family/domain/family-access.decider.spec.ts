import { NotFoundError } from '@send/kernel';
import { given } from '@send/testing';
import { type FamilyAccessEvent, familyAccessDecider } from './family-access.decider.js';

// Worked dates: invited on Monday 2 March 2026, valid for 14 days, so the last day to redeem is 16 March.
const invited: FamilyAccessEvent = {
  type: 'FamilyInvited',
  data: { invitationId: 'inv-1', codeHash: 'hash-1', expiresOn: '2026-03-16' },
};
const redeemed: FamilyAccessEvent = { type: 'FamilyInvitationRedeemed', data: { invitationId: 'inv-1' } };
const redeem = (today: string, codeHash = 'hash-1') => ({ type: 'RedeemInvitation' as const, data: { codeHash, today } });
const revoke = (today: string, accounts: number) => ({ type: 'RevokeFamilyAccess' as const, data: { today, accounts } });

describe('family access', () => {
  describe('no invitation yet', () => {
    it('invites the family', () => {
      given(familyAccessDecider)
        .when({
          type: 'InviteFamily',
          data: { invitationId: 'inv-1', codeHash: 'hash-1', today: '2026-03-02', expiresOn: '2026-03-16' },
        })
        .then([invited]);
    });

    it('answers an unknown code as not found (404), never as a refusal that would confirm it exists', () => {
      const error = given(familyAccessDecider).when(redeem('2026-03-03')).thenThrows('FAMILY.INVITATION_NOT_FOUND');
      expect(error).toBeInstanceOf(NotFoundError);
    });

    it('has nothing to revoke', () => {
      given(familyAccessDecider).when(revoke('2026-03-03', 0)).thenThrows('FAMILY.NOTHING_TO_REVOKE');
    });
  });

  describe('invited', () => {
    it('records a repeat of the same invitation once', () => {
      given(familyAccessDecider, invited)
        .when({
          type: 'InviteFamily',
          data: { invitationId: 'inv-1', codeHash: 'hash-1', today: '2026-03-02', expiresOn: '2026-03-16' },
        })
        .then([]);
    });

    it('is redeemed on its last day, 16 March', () => {
      given(familyAccessDecider, invited).when(redeem('2026-03-16')).then([redeemed]);
    });

    it('has run out on 17 March', () => {
      const error = given(familyAccessDecider, invited).when(redeem('2026-03-17')).thenThrows('FAMILY.INVITATION_EXPIRED');
      expect(error.details).toEqual({ expiresOn: '2026-03-16' });
    });

    it('does not match another code', () => {
      given(familyAccessDecider, invited).when(redeem('2026-03-03', 'hash-2')).thenThrows('FAMILY.INVITATION_NOT_FOUND');
    });

    it('is withdrawn by a revocation before it is used', () => {
      given(familyAccessDecider, invited)
        .when(revoke('2026-03-05', 0))
        .then([{ type: 'FamilyAccessRevoked', data: { invitationIds: ['inv-1'], accountsClosed: 0 } }]);
    });

    it('has nothing to revoke once it has run out unused', () => {
      given(familyAccessDecider, invited).when(revoke('2026-03-17', 0)).thenThrows('FAMILY.NOTHING_TO_REVOKE');
    });
  });

  describe('redeemed', () => {
    it('is used once only', () => {
      given(familyAccessDecider, invited, redeemed).when(redeem('2026-03-04')).thenThrows('FAMILY.INVITATION_ALREADY_USED');
    });

    it('is revoked with the account made from it', () => {
      given(familyAccessDecider, invited, redeemed)
        .when(revoke('2026-04-01', 1))
        .then([{ type: 'FamilyAccessRevoked', data: { invitationIds: ['inv-1'], accountsClosed: 1 } }]);
    });
  });

  describe('revoked', () => {
    const revoked: FamilyAccessEvent = { type: 'FamilyAccessRevoked', data: { invitationIds: ['inv-1'], accountsClosed: 0 } };

    it('cannot be redeemed', () => {
      given(familyAccessDecider, invited, revoked).when(redeem('2026-03-06')).thenThrows('FAMILY.INVITATION_REVOKED');
    });

    it('leaves a later invitation open', () => {
      const second: FamilyAccessEvent = {
        type: 'FamilyInvited',
        data: { invitationId: 'inv-2', codeHash: 'hash-2', expiresOn: '2026-03-20' },
      };
      given(familyAccessDecider, invited, revoked, second)
        .when(redeem('2026-03-07', 'hash-2'))
        .then([{ type: 'FamilyInvitationRedeemed', data: { invitationId: 'inv-2' } }]);
    });
  });
});
