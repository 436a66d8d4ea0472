import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { serialised } from '@send/read-models';
import { FamilyAccountEntity } from './family-account.entity.js';
import { DUMMY_HASH, hashPassword, passwordMatches } from './family-password.js';
import type { User } from './users.js';

export interface NewFamilyAccount {
  readonly username: string;
  readonly password: string;
  readonly caseId: string;
  readonly la: string;
  readonly invitationId: string;
  readonly at: Date;
}

/** Family usernames are compared lower-cased and trimmed, so "Parent@x" cannot be a second account. */
export const familyUsername = (username: string) => username.trim().toLowerCase();

const FAMILY_ID_PREFIX = 'family:';

/**
 * A family user's id in tokens and as the actor of what it records: the invitation it came from, never the
 * username, which may be an email address and would otherwise travel in events (docs/architecture.md "Security").
 */
export const familyUserId = (invitationId: string) => `${FAMILY_ID_PREFIX}${invitationId}`;

/**
 * Family accounts (docs/architecture.md "Security"): real users outside demo mode, each bound to one case.
 * Made only by redeeming an invitation (libs/gateway/src/family); closed by the case's LA revoking access,
 * removed when the case is erased.
 */
@Injectable()
export class FamilyAccounts {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private repo() {
    return this.db.getRepository(FamilyAccountEntity);
  }

  /** false when the username is taken (by any family account, open or closed): nothing is written then. */
  async create(account: NewFamilyAccount): Promise<boolean> {
    const username = familyUsername(account.username);
    const passwordHash = await hashPassword(account.password);
    return serialised(this.db, async () => {
      if (await this.repo().existsBy({ username })) return false;
      await this.repo().insert({
        username,
        caseId: account.caseId,
        la: account.la,
        invitationId: account.invitationId,
        passwordHash,
        createdAt: account.at.toISOString(),
        revokedAt: null,
      });
      return true;
    });
  }

  /** Undoes create when the invitation could not be marked redeemed after all (a lost race). */
  async remove(username: string): Promise<void> {
    await serialised(this.db, () => this.repo().delete({ username: familyUsername(username) }));
  }

  /** The family user for a right password of an open account; undefined otherwise, in the same time. */
  async login(username: string, password: string): Promise<User | undefined> {
    const row = await this.repo().findOneBy({ username: familyUsername(username) });
    const ok = await passwordMatches(password, row?.passwordHash ?? DUMMY_HASH);
    if (!row || !ok || row.revokedAt !== null) return undefined;
    return { id: familyUserId(row.invitationId), role: 'family', la: row.la, caseId: row.caseId };
  }

  /** Whether a family token still stands: its account is open and bound to the case the token names. */
  async isOpen(user: User): Promise<boolean> {
    const invitationId = user.id.startsWith(FAMILY_ID_PREFIX) ? user.id.slice(FAMILY_ID_PREFIX.length) : '';
    const row = invitationId ? await this.repo().findOneBy({ invitationId }) : null;
    return row !== null && row.revokedAt === null && row.caseId === user.caseId;
  }

  /** Closes every open account of the case; the usernames closed, oldest first. */
  async closeAll(caseId: string, at: Date): Promise<string[]> {
    return serialised(this.db, async () => {
      const open = await this.repo().find({ where: { caseId }, order: { createdAt: 'ASC' } });
      const closing = open.filter((a) => a.revokedAt === null).map((a) => a.username);
      for (const username of closing) await this.repo().update({ username }, { revokedAt: at.toISOString() });
      return closing;
    });
  }

  /**
   * The case's accounts removed, open or closed, when the case is erased (docs/architecture.md "Security"): a
   * username may be the parent's email address, and nothing in the record needs it once the case is erased.
   * A token issued before stops working with its account (isOpen). Idempotent.
   */
  async eraseCase(caseId: string): Promise<void> {
    await serialised(this.db, () => this.repo().delete({ caseId }));
  }

  async ofCase(caseId: string): Promise<{ username: string; createdAt: string; revokedAt: string | null }[]> {
    const rows = await this.repo().find({ where: { caseId }, order: { createdAt: 'ASC' } });
    return rows.map((r) => ({ username: r.username, createdAt: r.createdAt, revokedAt: r.revokedAt }));
  }
}
