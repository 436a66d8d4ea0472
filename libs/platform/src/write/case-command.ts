import { User } from '../auth/users.js';

/** What every command on an existing case carries from the HTTP edge or from a process manager. */
export abstract class CaseCommand<I> {
  constructor(
    readonly caseId: string,
    readonly la: string,
    readonly input: I,
    readonly user: Pick<User, 'id' | 'role'>,
    readonly correlationId: string,
    readonly expectedRevision?: number,
    readonly causationId?: string,
  ) {}
}
