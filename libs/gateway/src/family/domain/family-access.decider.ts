import { type Decider, assertNever } from '@send/kernel';
import { FamilyErrors, notFound, refuse } from './family-access.errors.js';

/**
 * The family's access to one case (docs/architecture.md "Security", family access), kept in
 * `family-access-<caseId>`. An invitation is a code given once to the family: the stream keeps only its
 * SHA-256, its expiry and (in the envelope) who issued it. It is redeemed once, for one account, or revoked.
 */
export type FamilyAccessCommand =
  | {
      readonly type: 'InviteFamily';
      readonly data: {
        readonly invitationId: string;
        readonly codeHash: string;
        readonly today: string;
        readonly expiresOn: string;
      };
    }
  | { readonly type: 'RedeemInvitation'; readonly data: { readonly codeHash: string; readonly today: string } }
  | { readonly type: 'RevokeFamilyAccess'; readonly data: { readonly today: string; readonly accounts: number } };

export type FamilyAccessEvent =
  | {
      readonly type: 'FamilyInvited';
      readonly data: { readonly invitationId: string; readonly codeHash: string; readonly expiresOn: string };
    }
  | { readonly type: 'FamilyInvitationRedeemed'; readonly data: { readonly invitationId: string } }
  | {
      readonly type: 'FamilyAccessRevoked';
      /** The invitations no longer redeemable and how many accounts were closed with them. */
      readonly data: { readonly invitationIds: readonly string[]; readonly accountsClosed: number };
    };

export type InvitationStatus = 'open' | 'redeemed' | 'revoked';

export interface Invitation {
  readonly invitationId: string;
  readonly codeHash: string;
  readonly expiresOn: string;
  readonly status: InvitationStatus;
}

export interface FamilyAccessState {
  readonly invitations: readonly Invitation[];
}

/** An invitation may be redeemed for 14 days: long enough for a letter by post and a reply, short enough to lose little if it goes astray. */
export const INVITATION_DAYS = 14;

export const familyAccessDecider: Decider<FamilyAccessCommand, FamilyAccessEvent, FamilyAccessState> = {
  initialState: () => ({ invitations: [] }),
  evolve,
  decide,
};

function decide(command: FamilyAccessCommand, state: FamilyAccessState): FamilyAccessEvent[] {
  switch (command.type) {
    case 'InviteFamily': {
      const { invitationId, codeHash, expiresOn } = command.data;
      // A repeat of the same invitation (a retried request) records nothing twice.
      if (state.invitations.some((i) => i.invitationId === invitationId)) return [];
      return [{ type: 'FamilyInvited', data: { invitationId, codeHash, expiresOn } }];
    }
    case 'RedeemInvitation': {
      const invitation = state.invitations.find((i) => i.codeHash === command.data.codeHash);
      if (!invitation) return notFound(FamilyErrors.INVITATION_NOT_FOUND, 'No invitation has this code.');
      if (invitation.status === 'redeemed') {
        return refuse(FamilyErrors.INVITATION_ALREADY_USED, 'This invitation has already been used.');
      }
      if (invitation.status === 'revoked') {
        return refuse(FamilyErrors.INVITATION_REVOKED, 'The council has withdrawn this invitation.');
      }
      // The last day to redeem is expiresOn itself.
      if (command.data.today > invitation.expiresOn) {
        return refuse(FamilyErrors.INVITATION_EXPIRED, `This invitation ran out on ${invitation.expiresOn}.`, {
          expiresOn: invitation.expiresOn,
        });
      }
      return [{ type: 'FamilyInvitationRedeemed', data: { invitationId: invitation.invitationId } }];
    }
    case 'RevokeFamilyAccess': {
      const open = state.invitations.filter((i) => i.status === 'open' && i.expiresOn >= command.data.today);
      const redeemed = state.invitations.filter((i) => i.status === 'redeemed');
      if (open.length === 0 && redeemed.length === 0) {
        return refuse(FamilyErrors.NOTHING_TO_REVOKE, 'The family has no access to this case and no open invitation.');
      }
      const invitationIds = [...open, ...redeemed].map((i) => i.invitationId);
      return [{ type: 'FamilyAccessRevoked', data: { invitationIds, accountsClosed: command.data.accounts } }];
    }
    default:
      return assertNever(command, 'family access command');
  }
}

function evolve(state: FamilyAccessState, event: FamilyAccessEvent): FamilyAccessState {
  const mark = (ids: readonly string[], status: InvitationStatus) => ({
    invitations: state.invitations.map((i) => (ids.includes(i.invitationId) ? { ...i, status } : i)),
  });
  switch (event.type) {
    case 'FamilyInvited':
      return { invitations: [...state.invitations, { ...event.data, status: 'open' }] };
    case 'FamilyInvitationRedeemed':
      return mark([event.data.invitationId], 'redeemed');
    case 'FamilyAccessRevoked':
      return mark(event.data.invitationIds, 'revoked');
    default:
      return assertNever(event, 'family access event');
  }
}
