import diff, { type Difference } from 'microdiff';
import { type ContextName, type StoredEvent, assertNever, caseStream } from '@send/kernel';
import type { CaseReplayer } from '@send/read-models';
import { type ContextReplay, replayCase } from './case-replay.js';

/** An event that did a change, as the diff names it. */
export interface DiffEvent {
  readonly id: string;
  readonly type: string;
  readonly revision: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actor: StoredEvent['actor'];
}

/** One difference in a context's replayed state; `path` is a JSON Pointer (RFC 6901) into `{ stage, state }`. */
export interface StateChange {
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  readonly from?: unknown;
  readonly to?: unknown;
}

export interface StreamDiff {
  readonly fromRevision: number;
  readonly toRevision: number;
  /** The events recorded after `from` and up to `to` (an event recorded at `to` counts), in revision order. */
  readonly events: readonly DiffEvent[];
}

export interface ContextDiff extends StreamDiff {
  readonly changes: readonly StateChange[];
}

export interface CaseDiff {
  readonly contexts: Record<ContextName, ContextDiff>;
  /** The deadline watcher's breach records: events of the case, though no context folds them. */
  readonly deadlines: StreamDiff;
}

/**
 * What changed in each context of a case between two instants (docs/api.md "Audit", replay/diff): the
 * replay at each, structurally compared, and the events recorded in between that did it. Both replays
 * are taken as their JSON, so the changes are exactly those a reader would find between two replay answers.
 */
export function diffCase(
  streams: ReadonlyMap<string, readonly StoredEvent[]>,
  caseId: string,
  from: Date,
  to: Date,
  replayers: readonly CaseReplayer[],
): CaseDiff {
  const before = replayCase(streams, caseId, from, replayers);
  const after = replayCase(streams, caseId, to, replayers);
  const contexts = replayers.map(({ context }): [ContextName, ContextDiff] => {
    const events = streams.get(caseStream(context, caseId)) ?? [];
    return [context, { ...streamDiff(events, from, to), changes: stateChanges(before[context], after[context]) }];
  });
  return {
    contexts: Object.fromEntries(contexts) as Record<ContextName, ContextDiff>,
    deadlines: streamDiff(streams.get(caseStream('deadlines', caseId)) ?? [], from, to),
  };
}

function streamDiff(events: readonly StoredEvent[], from: Date, to: Date): StreamDiff {
  const recordedBy = (at: Date) => events.filter((e) => new Date(e.recordedAt) <= at);
  const between = events.filter((e) => new Date(e.recordedAt) > from && new Date(e.recordedAt) <= to);
  return {
    fromRevision: recordedBy(from).length - 1,
    toRevision: recordedBy(to).length - 1,
    events: between.map((e) => ({
      id: e.id,
      type: e.type,
      revision: e.revision,
      occurredAt: e.occurredAt,
      recordedAt: e.recordedAt,
      actor: e.actor,
    })),
  };
}

function stateChanges(before: ContextReplay, after: ContextReplay): StateChange[] {
  const view = ({ stage, state }: ContextReplay) => JSON.parse(JSON.stringify({ stage, state })) as Record<string, unknown>;
  return diff(view(before), view(after)).map(changeOf);
}

function changeOf(d: Difference): StateChange {
  const path = jsonPointer(d.path);
  switch (d.type) {
    case 'CREATE':
      return { path, kind: 'added', to: d.value };
    case 'REMOVE':
      return { path, kind: 'removed', from: d.oldValue };
    case 'CHANGE':
      return { path, kind: 'changed', from: d.oldValue, to: d.value };
    default:
      return assertNever(d, 'difference');
  }
}

/** RFC 6901: each segment with `~` written `~0` and `/` written `~1`. */
export const jsonPointer = (segments: readonly (string | number)[]): string =>
  segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
