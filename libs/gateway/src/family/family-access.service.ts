import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CLOCK, type Clock, type StoredEvent, familyAccessStream } from '@send/kernel';
import { type EventStore, foldStream, runCommand } from '@send/event-store';
import { addDays, todayInEngland } from '@send/statutory';
import { CaseQueries } from '@send/read-models';
import {
  AUDIT_STORE,
  CaseAccess,
  DEMO_USERS,
  FamilyAccounts,
  KEY_STORE,
  type KeyStore,
  TokenService,
  type User,
  familyUserId,
  familyUsername,
} from '@send/platform';
import { type FamilyAccessCommand, INVITATION_DAYS, familyAccessDecider } from './domain/family-access.decider.js';
import { FamilyErrors, notFound, refuse } from './domain/family-access.errors.js';
import { caseOfCode, hashOfCode, newInvitationCode } from './invitation-code.js';

export interface Redemption {
  readonly code: string;
  readonly username: string;
  readonly password: string;
}

/**
 * Invitations, redemption and revocation of the family's access to its case (docs/api.md "Family access").
 * The stream `family-access-<caseId>` is kept in the audit store beside the access log: never forwarded
 * to the broker, so an invitation's hash never leaves the process that checks it.
 */
@Injectable()
export class FamilyAccessService {
  constructor(
    @Inject(AUDIT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly access: CaseAccess,
    private readonly queries: CaseQueries,
    private readonly accounts: FamilyAccounts,
    private readonly tokens: TokenService,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
  ) {}

  /** An erased case gives no one new access: its family accounts went with the erasure (family-accounts.ts). */
  private async refuseIfErased(caseId: string): Promise<void> {
    if ((await this.keys.status(caseId)) === 'destroyed')
      refuse(FamilyErrors.CASE_ERASED, "The child's personal data in this case has been erased: no family access can be given.");
  }

  async invite(user: User, caseId: string, correlationId: string) {
    const la = await this.access.laOf(user, caseId);
    await this.refuseIfErased(caseId);
    const today = todayInEngland(this.clock.now());
    const invitationId = randomUUID();
    const code = newInvitationCode(caseId);
    const expiresOn = addDays(today, INVITATION_DAYS);
    const outcome = await this.run(caseId, la, user, correlationId, {
      type: 'InviteFamily',
      data: { invitationId, codeHash: hashOfCode(code), today, expiresOn },
    });
    return { caseId, invitationId, code, expiresOn, ...outcome };
  }

  /** One account per invitation, made only if the invitation is still good; nothing is written otherwise. */
  async redeem(redemption: Redemption, correlationId: string) {
    const caseId = caseOfCode(redemption.code);
    const la = caseId === undefined ? undefined : await this.queries.laOf(caseId);
    if (caseId === undefined || la === undefined)
      return notFound(FamilyErrors.INVITATION_NOT_FOUND, 'No invitation has this code.');
    await this.refuseIfErased(caseId);
    const today = todayInEngland(this.clock.now());
    const command: FamilyAccessCommand = { type: 'RedeemInvitation', data: { codeHash: hashOfCode(redemption.code), today } };
    // Decided once before the account is made, so that a bad code creates nothing; decided again by the write.
    const [redeemed] = familyAccessDecider.decide(command, foldStream(familyAccessDecider, await this.history(caseId)));
    if (redeemed?.type !== 'FamilyInvitationRedeemed') throw new Error('a redemption decides one event');
    const { invitationId } = redeemed.data;
    const username = familyUsername(redemption.username);
    // A demo user's name is never a family's: the token route tries the demo users first, so it could never sign in.
    const taken = DEMO_USERS.some((u) => u.id.toLowerCase() === username);
    const created =
      !taken && (await this.accounts.create({ ...redemption, username, caseId, la, invitationId, at: this.clock.now() }));
    if (!created) return refuse(FamilyErrors.USERNAME_TAKEN, 'That username is taken; choose another.', { field: 'username' });
    const family: User = { id: familyUserId(invitationId), role: 'family', la, caseId };
    try {
      await this.run(caseId, la, family, correlationId, command);
    } catch (error) {
      // Another redemption of the same code won the race: this account must not outlive it.
      await this.accounts.remove(username);
      throw error;
    }
    // Signed in at once: the password was set a moment ago, so there is nothing to throttle.
    return { username, accessToken: this.tokens.issue(family), tokenType: 'Bearer' as const };
  }

  async revoke(user: User, caseId: string, correlationId: string) {
    const la = await this.access.laOf(user, caseId);
    const today = todayInEngland(this.clock.now());
    const state = foldStream(familyAccessDecider, await this.history(caseId));
    // Refused before anything is closed when there is nothing to revoke.
    familyAccessDecider.decide({ type: 'RevokeFamilyAccess', data: { today, accounts: 0 } }, state);
    // Accounts close before the event is appended: a failure between the two leaves access closed and
    // unrecorded (the caseworker retries, and the decider records it), never recorded and still open.
    const closed = await this.accounts.closeAll(caseId, this.clock.now());
    const outcome = await this.run(caseId, la, user, correlationId, {
      type: 'RevokeFamilyAccess',
      data: { today, accounts: closed.length },
    });
    return { caseId, accountsClosed: closed.length, ...outcome };
  }

  /** For the case's LA: each invitation (never its code), who issued it, and each account made from one. */
  async status(user: User, caseId: string) {
    await this.access.laOf(user, caseId);
    const history = await this.history(caseId);
    const state = foldStream(familyAccessDecider, history);
    const today = todayInEngland(this.clock.now());
    const issued = new Map(
      history.filter((e) => e.type === 'FamilyInvited').map((e) => [(e.data as { invitationId: string }).invitationId, e]),
    );
    const accounts = await this.accounts.ofCase(caseId);
    return {
      caseId,
      invitations: state.invitations.map((i) => ({
        invitationId: i.invitationId,
        issuedAt: issued.get(i.invitationId)?.recordedAt ?? '',
        issuedBy: issued.get(i.invitationId)?.actor.id ?? '',
        expiresOn: i.expiresOn,
        status: i.status === 'open' && today > i.expiresOn ? 'expired' : i.status,
      })),
      accounts,
    };
  }

  private history(caseId: string): Promise<StoredEvent[]> {
    return this.store.readStream(familyAccessStream(caseId));
  }

  private async run(caseId: string, la: string, actor: User, correlationId: string, command: FamilyAccessCommand) {
    const outcome = await runCommand(this.store, familyAccessDecider, familyAccessStream(caseId), command, {
      caseId,
      la,
      actor: { id: actor.id, role: actor.role },
      correlationId,
      causationId: correlationId,
      recordedAt: this.clock.now(),
    });
    return { revision: outcome.revision, events: outcome.events.map((e) => ({ id: e.id, type: e.type })) };
  }
}
