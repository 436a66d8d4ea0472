import { randomUUID } from 'node:crypto';
import { DomainEvent, EventRecord } from '@send/kernel';
import { buildRecords } from '@send/event-store';

/** The store's own table, statement and row values, so the raw baseline writes exactly the same rows. */
export {
  SQLITE_EVENTS_SCHEMA as EVENTS_DDL,
  SQLITE_INSERT_SQL as INSERT_SQL,
  sqliteInsertValues as insertValues,
} from '@send/event-store';

/** A case-like stream: the request, its three clocks, then decisions and advice, as the domain writes them. */
function domainEvent(caseId: string, revision: number): DomainEvent {
  switch (revision) {
    case 0:
      return {
        type: 'AssessmentRequested',
        data: {
          caseId,
          la: '202',
          child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
          requestedBy: 'parent',
          receivedOn: '2024-02-29',
        },
      };
    case 1:
    case 2:
    case 3: {
      const rule = ['assessment-decision', 'no-plan-decision', 'final-plan'][revision - 1];
      return {
        type: 'DeadlineStarted',
        data: { deadlineId: rule, rule, source: 'SEND Regulations 2014', startedOn: '2024-02-29', dueOn: '2024-04-11' },
      };
    }
    default:
      return revision % 2 === 0
        ? {
            type: 'AdviceRequested',
            data: { adviceId: randomUUID(), adviser: 'educational-psychologist', requestedOn: '2024-04-02', dueOn: '2024-05-14' },
          }
        : {
            type: 'AdviceReceived',
            data: {
              adviceId: randomUUID(),
              receivedOn: '2024-05-01',
              summary: 'Advice received from the educational psychologist.',
            },
          };
  }
}

/**
 * `streams` streams of `perStream` events each, built with the production envelope builder so the
 * hash chain, ids and timestamps are real. Built before any timing starts.
 */
export function buildStreams(streams: number, perStream: number): EventRecord[][] {
  const out: EventRecord[][] = [];
  const recordedAt = new Date('2024-02-29T10:00:00Z');
  for (let s = 0; s < streams; s++) {
    const caseId = randomUUID();
    const events = Array.from({ length: perStream }, (_, r) => domainEvent(caseId, r));
    const correlationId = randomUUID();
    out.push(
      buildRecords(`assessment-${caseId}`, undefined, events, {
        caseId,
        la: '202',
        actor: { id: 'caseworker@202', role: 'caseworker' },
        correlationId,
        causationId: correlationId,
        recordedAt,
      }),
    );
  }
  return out;
}

/** The order appends are issued in: round-robin over the streams, so consecutive appends hit different streams. */
export interface AppendOp {
  readonly streamId: string;
  /** The revision the stream must be at before the append ('no-stream' for its first). */
  readonly expected: number | 'no-stream';
  readonly records: readonly EventRecord[];
}

export function appendOps(streams: readonly EventRecord[][], batch: number): AppendOp[] {
  const ops: AppendOp[] = [];
  const perStream = streams[0]?.length ?? 0;
  for (let from = 0; from < perStream; from += batch) {
    for (const stream of streams) {
      const records = stream.slice(from, from + batch);
      ops.push({ streamId: records[0].streamId, expected: from === 0 ? 'no-stream' : from - 1, records });
    }
  }
  return ops;
}
