/**
 * The one home of stream and topic names (docs/architecture.md "Streams and topics"). Every stream id
 * begins with the name of the context that owns it, so a stream names its owner on the wire, in a
 * case's history and in each service's forwarder; nothing else in the product types these names out.
 */

/** The five bounded contexts, in pathway order. */
export const CONTEXTS = ['assessment', 'ehcp', 'placement', 'mediation', 'funding'] as const;
export type ContextName = (typeof CONTEXTS)[number];

/**
 * Who owns a stream: a context, or the deadline watcher, which records breaches on a stream of its own
 * per case and travels on its own topic.
 */
export const STREAM_OWNERS = [...CONTEXTS, 'deadlines'] as const;
export type StreamOwner = (typeof STREAM_OWNERS)[number];

/** Each owner's streams by prefix. A case's own streams are `<owner>-<caseId>`. */
export const STREAM_PREFIXES: Readonly<Record<StreamOwner, readonly string[]>> = {
  // standards-: the national SEND standards catalogue, loaded by the assessment service (libs/standards).
  assessment: ['assessment-', 'standards-'],
  ehcp: ['ehcp-'],
  deadlines: ['deadlines-'],
  placement: ['placement-', 'setting-', 'inclusion-plan-'],
  mediation: ['mediation-'],
  funding: ['funding-'],
};

/** The stream of one case in one context (or the deadline watcher's). */
export const caseStream = (owner: StreamOwner, caseId: string): string => `${owner}-${caseId}`;

/** Every stream that can hold events of one case, in pathway order. */
export const caseStreams = (caseId: string): string[] => STREAM_OWNERS.map((owner) => caseStream(owner, caseId));

/** The owner of a stream, from its prefix; undefined for a stream no context owns. */
export function ownerOfStream(streamId: string): StreamOwner | undefined {
  return STREAM_OWNERS.find((owner) => STREAM_PREFIXES[owner].some((prefix) => streamId.startsWith(prefix)));
}

/**
 * Streams kept beside a case's record but not part of it: its access log, every read of the case by an
 * auditor or tribunal user (docs/architecture.md "Audit"). Not stream owners: no topic carries them, no
 * forwarder sends them and caseStreams leaves them out, so a case's history, verify and replay never
 * include them and reading a case never changes the record that was read. They are hash-chained all the same.
 */
export const AUDIT_STREAM_OWNERS = ['access', 'family-access'] as const;
export type AuditStreamOwner = (typeof AUDIT_STREAM_OWNERS)[number];

export const AUDIT_STREAM_PREFIXES: Readonly<Record<AuditStreamOwner, readonly string[]>> = {
  access: ['access-'],
  'family-access': ['family-access-'],
};

/** The access log of one case: `access-<caseId>`. */
export const accessLogStream = (caseId: string): string => `access-${caseId}`;

/**
 * Who was invited to and given the family's view of one case, and when that access was revoked:
 * `family-access-<caseId>` (docs/architecture.md "Security"). Beside the record, like the access log.
 */
export const familyAccessStream = (caseId: string): string => `family-access-${caseId}`;

/** The audit owner of a stream, from its prefix; undefined for a stream of the record or of no one. */
export function auditOwnerOfStream(streamId: string): AuditStreamOwner | undefined {
  return AUDIT_STREAM_OWNERS.find((owner) => AUDIT_STREAM_PREFIXES[owner].some((prefix) => streamId.startsWith(prefix)));
}

/** The topic an owner's events travel on, with an optional deployment namespace in front. */
export const eventsTopic = (owner: string, namespace = ''): string => `${namespace}send.${owner}.events`;

/** Where a message goes after its retries: beside its topic. */
export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;
