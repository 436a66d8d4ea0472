import { type StoredEvent, caseStreams } from '@send/kernel';
import type { CaseReplayer, CaseTimeline } from '@send/read-models';
// By path, not through @send/gateway, so that the tool does not load the HTTP gateway to fold five streams.
import { replayCase } from '../../../gateway/src/audit/case-replay.js';
import { buildTimeline } from '../../../gateway/src/audit/timeline.js';
import { exportJsonLines } from '../export/case-export.js';
import type { StoreCopy, StoredRow } from '../store-copy/store-copy.port.js';
import { checkStream } from '../verify/stream-check.js';
import type { TimelineQuery } from './arguments.js';
import { type AuditOutput, EXIT, type ExitCode, writeOut } from './output.js';

/**
 * Builds a case's evidential timeline from its streams (docs/api.md "Audit", timeline); the app composes it
 * from the gateway's merge and each context's own timeline.
 */
export type CaseTimelineBuilder = (
  streams: ReadonlyMap<string, readonly StoredEvent[]>,
  caseId: string,
  query: TimelineQuery,
) => unknown;

/** The gateway's merge of the contexts' own timelines, given the five (one per context) by the app. */
export function gatewayTimeline(timelines: readonly CaseTimeline[]): CaseTimelineBuilder {
  return (streams, caseId, query) => buildTimeline(streams, caseId, timelines, query);
}

type CaseRows = ReadonlyMap<string, readonly StoredRow[]>;

/** Every stream that can hold the case's events (libs/kernel/src/streams.ts), the empty ones left out. */
async function caseRows(copy: StoreCopy, caseId: string): Promise<CaseRows> {
  const rows = new Map<string, StoredRow[]>();
  for (const stream of caseStreams(caseId)) {
    const read = await copy.readStream(stream);
    if (read.length > 0) rows.set(stream, read);
  }
  return rows;
}

/**
 * The case's events, for replay and timeline. An unreadable row stops them (state folded without an event
 * would be wrong); a broken chain only warns, as GET …/replay answers regardless and verify says the rest.
 */
async function caseEvents(copy: StoreCopy, caseId: string, out: AuditOutput): Promise<Map<string, StoredEvent[]> | ExitCode> {
  const rows = await caseRows(copy, caseId);
  if (rows.size === 0) return noSuchCase(caseId, out);
  const events = new Map<string, StoredEvent[]>();
  for (const [stream, read] of rows) {
    const check = checkStream(stream, read);
    if (check.unreadable) {
      await writeOut(
        out.stderr,
        `audit: ${stream} revision ${check.firstBrokenRevision} is unreadable: ${check.unreadable.problem}\n`,
      );
      return EXIT.failed;
    }
    if (!check.valid) {
      await writeOut(out.stderr, `audit: warning: ${stream} fails verification at revision ${check.firstBrokenRevision}\n`);
    }
    events.set(
      stream,
      read.map((row) => (row as Extract<StoredRow, { type: 'event' }>).event),
    );
  }
  return events;
}

async function noSuchCase(caseId: string, out: AuditOutput): Promise<ExitCode> {
  await writeOut(out.stderr, `audit: the store holds no events of case ${caseId}\n`);
  return EXIT.failed;
}

export async function replayCommand(
  copy: StoreCopy,
  caseId: string,
  at: Date,
  replayers: readonly CaseReplayer[],
  out: AuditOutput,
): Promise<ExitCode> {
  const events = await caseEvents(copy, caseId, out);
  if (typeof events === 'number') return events;
  const replayed = { caseId, asOf: at.toISOString(), ...replayCase(events, caseId, at, replayers) };
  await writeOut(out.stdout, `${JSON.stringify(replayed, null, 2)}\n`);
  return EXIT.ok;
}

export async function timelineCommand(
  copy: StoreCopy,
  caseId: string,
  query: TimelineQuery,
  timeline: CaseTimelineBuilder | undefined,
  out: AuditOutput,
): Promise<ExitCode> {
  if (timeline === undefined) {
    await writeOut(out.stderr, 'audit: the timeline is not available in this build\n');
    return EXIT.failed;
  }
  const events = await caseEvents(copy, caseId, out);
  if (typeof events === 'number') return events;
  await writeOut(out.stdout, `${JSON.stringify(timeline(events, caseId, query), null, 2)}\n`);
  return EXIT.ok;
}

/** JSON Lines on stdout (docs/audit-export.md); fails, after writing every line, if any row was unreadable. */
export async function exportCommand(copy: StoreCopy, caseId: string, out: AuditOutput): Promise<ExitCode> {
  const rows = await caseRows(copy, caseId);
  if (rows.size === 0) return noSuchCase(caseId, out);
  for (const line of exportJsonLines([...rows.values()])) await writeOut(out.stdout, `${line}\n`);
  const unreadable = [...rows.values()].flat().filter((row) => row.type === 'unreadable');
  if (unreadable.length === 0) return EXIT.ok;
  await writeOut(out.stderr, `audit: ${unreadable.length} stored event(s) of case ${caseId} are unreadable; exported as such\n`);
  return EXIT.failed;
}
