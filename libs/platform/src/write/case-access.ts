import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@send/kernel';
import { CaseQueries } from '@send/read-models';
import { User, canSeeLa } from '../auth/users.js';

/**
 * The LA check every case route makes. A case of another LA answers exactly like a case that does not
 * exist (404), so a caseworker cannot probe other authorities' case ids.
 */
@Injectable()
export class CaseAccess {
  constructor(private readonly queries: CaseQueries) {}

  async laOf(user: User, caseId: string): Promise<string> {
    const la = await this.queries.laOf(caseId);
    if (la === undefined || !canSeeLa(user, la))
      throw new NotFoundError('CASE.NOT_FOUND', `No case ${caseId} is visible to you.`);
    return la;
  }
}
