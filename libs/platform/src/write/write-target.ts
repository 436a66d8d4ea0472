import type { Decider, DomainEvent } from '@send/kernel';

/** Where a write lands: the stream, and the case and LA its events' envelopes name. */
export interface StreamAddress {
  readonly streamId: string;
  readonly caseId: string;
  readonly la: string;
}

/** What a command on a child's case is about. */
export interface CaseKey {
  readonly caseId: string;
  readonly la: string;
}

/**
 * What a context declares once for each of its deciders: the decider, and, from what a command is about
 * (K: a case, a setting, an LA), the stream it writes and the case and LA its envelopes name
 * (docs/architecture.md "Write path").
 */
export interface WriteTarget<C, E extends DomainEvent, S, K> {
  readonly decider: Decider<C, E, S>;
  readonly address: (key: K) => StreamAddress;
}

/** A decider with one stream per child's case. */
export function caseTarget<C, E extends DomainEvent, S>(
  decider: Decider<C, E, S>,
  streamOf: (caseId: string) => string,
): WriteTarget<C, E, S, CaseKey> {
  return { decider, address: ({ caseId, la }) => ({ streamId: streamOf(caseId), caseId, la }) };
}

/**
 * A decider whose streams belong to no child's case (a setting, an LA's inclusion plan): the envelope's
 * caseId is the stream id itself, so a child's history, verify and replay never see part of such a stream.
 */
export function ownStreamTarget<C, E extends DomainEvent, S, K extends { readonly la: string }>(
  decider: Decider<C, E, S>,
  streamOf: (key: K) => string,
): WriteTarget<C, E, S, K> {
  return {
    decider,
    address: (key) => {
      const streamId = streamOf(key);
      return { streamId, caseId: streamId, la: key.la };
    },
  };
}
