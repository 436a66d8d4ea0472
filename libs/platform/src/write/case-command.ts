import { User } from '../auth/users.js';

/** Who writes, under which correlation, on what revision: what every write carries to CaseWriter. */
export interface WriteCarrier {
  readonly user: Pick<User, 'id' | 'role'>;
  readonly correlationId?: string;
  /** The event a process manager reacted to; the correlation id for a first act. */
  readonly causationId?: string;
  /** If-Match: the revision of the written stream the caller saw. */
  readonly expectedRevision?: number;
}

/** What a command on an existing case is made of, from the HTTP edge or from a process manager. */
export interface CaseCommandOptions<I> {
  readonly caseId: string;
  readonly la: string;
  readonly input: I;
  readonly user: Pick<User, 'id' | 'role'>;
  readonly correlationId: string;
  readonly expectedRevision?: number;
  readonly causationId?: string;
}

/** What every command on an existing case carries from the HTTP edge or from a process manager. */
export abstract class CaseCommand<I> implements WriteCarrier {
  readonly caseId: string;
  readonly la: string;
  readonly input: I;
  readonly user: Pick<User, 'id' | 'role'>;
  readonly correlationId: string;
  readonly expectedRevision?: number;
  readonly causationId?: string;

  constructor(options: CaseCommandOptions<I>) {
    this.caseId = options.caseId;
    this.la = options.la;
    this.input = options.input;
    this.user = options.user;
    this.correlationId = options.correlationId;
    this.expectedRevision = options.expectedRevision;
    this.causationId = options.causationId;
  }
}

/** A command class on an existing case, as CaseCommands and the process managers build it. */
export type CaseCommandClass<I> = new (options: CaseCommandOptions<I>) => CaseCommand<I>;
