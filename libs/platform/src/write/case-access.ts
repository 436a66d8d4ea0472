import { Inject, Injectable, Optional } from '@nestjs/common';
import { NotFoundError, caseStreams } from '@send/kernel';
import { EVENT_STORE, type EventStore } from '@send/event-store';
import { CaseQueries } from '@send/read-models';
import { NATIONAL_ROLES, User, canSeeLa } from '../auth/users.js';

/** Which part of a case's record a user may read: all of it, or only what its own LA recorded (onlyLa). */
export interface RecordScope {
  readonly la: string;
  readonly onlyLa?: string;
}

/**
 * The LA check every case route makes. A case of another LA answers exactly like a case that does not
 * exist (404), so a caseworker cannot probe other authorities' case ids. A case transferred to another LA
 * (SEND Regulations 2014 reg 15) is the new LA's from then on, so to the old LA it answers 404 on every
 * route but the two reads of its own part of the record, history and timeline (recordScopeOf; docs/api.md
 * "Transfer between LAs").
 */
@Injectable()
export class CaseAccess {
  constructor(
    private readonly queries: CaseQueries,
    @Optional() @Inject(EVENT_STORE) private readonly store?: EventStore | null,
  ) {}

  async laOf(user: User, caseId: string): Promise<string> {
    const la = (await this.queries.laOf(caseId)) ?? (await this.laInOwnStore(caseId));
    if (la === undefined || !(canSeeLa(user, la) || isOwnCase(user, caseId))) throw notVisible(caseId);
    return la;
  }

  /**
   * A case this process's views do not know yet but its own store does: in the distributed mode with the
   * broker down, a case created here is not in the case summary until its events come back through Kafka,
   * and the service must still take the next write on it. The LA of the latest event recorded here decides.
   */
  private async laInOwnStore(caseId: string): Promise<string | undefined> {
    if (!this.store) return undefined;
    const latest = await Promise.all(caseStreams(caseId).map((stream) => this.store!.readLast(stream)));
    const known = latest.filter((e) => e !== undefined).sort((a, b) => (a.position < b.position ? 1 : -1));
    return known[0]?.la;
  }

  /**
   * laOf, and also for a user of the LA a pending transfer is bringing the case to: that LA, the one the
   * user acts for. Only the routes that let the new LA read the case and accept it use this.
   */
  async laOfOrIncoming(user: User, caseId: string): Promise<string> {
    const facts = await this.queries.laFactsOf(caseId);
    if (facts !== undefined && canSeeLa(user, facts.la)) return facts.la;
    if (facts?.transferTo !== undefined && user.la === facts.transferTo && !NATIONAL_ROLES.has(user.role)) {
      return facts.transferTo;
    }
    throw notVisible(caseId);
  }

  /** The case's LA and national roles read the whole record; a former LA only the events recorded under it. */
  async recordScopeOf(user: User, caseId: string): Promise<RecordScope> {
    const facts = await this.queries.laFactsOf(caseId);
    if (facts !== undefined && canSeeLa(user, facts.la)) return { la: facts.la };
    if (facts !== undefined && user.la !== undefined && facts.formerLas.includes(user.la)) {
      return { la: facts.la, onlyLa: user.la };
    }
    throw notVisible(caseId);
  }
}

/** A family user sees its own case, whichever LA holds it now, and no other. */
const isOwnCase = (user: User, caseId: string) => user.role === 'family' && user.caseId === caseId;

const notVisible = (caseId: string) => new NotFoundError('CASE.NOT_FOUND', `No case ${caseId} is visible to you.`);
