import { BadRequestException, Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock, type StoredEvent, accessLogStream, verifyChain } from '@send/kernel';
import { BLOB_STORE, type BlobStore, type EventStore, attachmentsOf, checkAttachmentFiles } from '@send/event-store';
import { CASE_EVENT_SOURCE, CASE_REPLAYERS, type CaseEventSource, type CaseReplayer } from '@send/read-models';
import {
  AUDIT_STORE,
  CaseAccess,
  type FieldError,
  CurrentUser,
  InvalidRequestError,
  Roles,
  type User,
  ApiProblems,
  ApiAnswer,
  Answer,
} from '@send/platform';
import { accessLogOf } from './access-log.js';
import { AccessLogged } from './access-logged.js';
import { replayCase } from './case-replay.js';
import { diffCase } from './case-replay-diff.js';
import { AUDIT_READERS } from './audit-readers.js';
import { ACTOR } from './audit.responses.js';

/** Who may see who read a case: its LA's managers, and auditors (docs/api.md "Audit", access-log). */
const ACCESS_LOG_READERS = ['manager', 'auditor'] as const;

/**
 * History, replay, its diff and verification: all reads of the stored events themselves, never of read
 * models; an auditor's or tribunal user's call is recorded in the case's access log (AccessLogged).
 */
@ApiTags('audit')
@Controller('api/v1/cases/:caseId')
export class AuditController {
  constructor(
    @Inject(CASE_EVENT_SOURCE) private readonly events: CaseEventSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CASE_REPLAYERS) private readonly replayers: readonly CaseReplayer[],
    @Inject(AUDIT_STORE) private readonly auditStore: EventStore,
    private readonly access: CaseAccess,
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
  ) {}

  @Get('history')
  @Roles(...AUDIT_READERS)
  @AccessLogged('history')
  @ApiOperation({ summary: 'Every event of the case across contexts, oldest first, with actor, reason and hashes' })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'], 500: true, 503: ['AUDIT.ACCESS_LOG_UNAVAILABLE'] })
  @ApiAnswer(
    Answer.list(
      Answer.object(
        {
          id: Answer.uuid(),
          type: Answer.string(),
          stream: Answer.string(),
          revision: Answer.integer(),
          position: Answer.string('The store position, as a string (64 bits)'),
          occurredAt: Answer.string(),
          recordedAt: Answer.string(),
          actor: ACTOR,
          reason: Answer.string(),
          correlationId: Answer.string(),
          causationId: Answer.string(),
          schemaVersion: Answer.integer(),
          data: Answer.open('The event’s data as stored: its shape follows the event’s type, so it is left open'),
          hash: Answer.string(),
          prevHash: Answer.string(),
          readable: {
            ...Answer.object(
              { data: Answer.open('The data as read: its shape follows the event’s type'), reason: Answer.string() },
              ['reason'],
            ),
            description:
              'Where the event holds personal data encrypted at rest: { data, reason? } as read, opened or "[erased]"; data and reason above are as stored, which the hash covers',
          },
        },
        ['reason', 'readable'],
      ),
    ),
  )
  async history(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentUser() user: User) {
    // A former LA of a transferred case reads only the events recorded while the case was its own.
    const { onlyLa } = await this.access.recordScopeOf(user, caseId);
    const streams = await this.events.streamsOf(caseId);
    // As stored, so that each event re-hashes to its hash; what it reads as beside it (docs/api.md "Audit").
    const readable = new Map([...streams.values()].flat().map((e) => [e.id, e]));
    const stored = (await this.events.streamsForVerify(caseId)).flatMap((r) => [...r.events]);
    return stored
      .filter((e) => onlyLa === undefined || e.la === onlyLa)
      .sort(historyOrder)
      .map((e) => ({
        id: e.id,
        type: e.type,
        stream: e.streamId,
        revision: e.revision,
        position: e.position.toString(),
        occurredAt: e.occurredAt,
        recordedAt: e.recordedAt,
        actor: e.actor,
        ...(e.reason ? { reason: e.reason } : {}),
        correlationId: e.correlationId,
        causationId: e.causationId,
        schemaVersion: e.schemaVersion,
        data: e.data,
        hash: e.hash,
        prevHash: e.prevHash,
        ...readableOf(e, readable.get(e.id)),
      }));
  }

  @Get('verify')
  @Roles(...AUDIT_READERS)
  @AccessLogged('verify')
  @ApiOperation({
    summary:
      "Recompute each stream's hash chain and report the first broken link; hash each attachment's file against its recorded SHA-256",
  })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'], 503: ['AUDIT.ACCESS_LOG_UNAVAILABLE'] })
  @ApiAnswer(
    Answer.object({
      valid: Answer.boolean(),
      streams: Answer.list(Answer.object({ stream: Answer.string(), valid: Answer.boolean() })),
      attachments: Answer.object({
        checked: Answer.integer(),
        problems: Answer.list(
          Answer.object({
            caseId: Answer.uuid(),
            attachmentId: Answer.uuid(),
            sha256: Answer.string(),
            problem: Answer.string('missing or altered'),
          }),
        ),
      }),
    }),
  )
  async verify(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentUser() user: User) {
    await this.access.laOf(user, caseId);
    const reads = await this.events.streamsForVerify(caseId);
    const streams = reads.map(({ stream, events, unreadable }) => {
      const chain = verifyChain(events);
      // The chain holds only up to a damaged row, so that row is the first broken revision unless a link before it fails.
      if (!unreadable || !chain.valid) return { stream, ...chain };
      return { stream, ...chain, events: events.length + 1, valid: false, firstBrokenRevision: unreadable.revision, unreadable };
    });
    // The chain seals each attachment's hash; the file is checked against it (docs/api.md "Attachments").
    const recorded = attachmentsOf(reads.flatMap((r) => r.events));
    const problems = await checkAttachmentFiles(recorded, this.blobs);
    const checked = recorded.filter((a) => !a.withdrawn?.bytesRemoved).length;
    return { valid: streams.every((s) => s.valid) && problems.length === 0, streams, attachments: { checked, problems } };
  }

  @Get('replay')
  @Roles(...AUDIT_READERS)
  @AccessLogged('replay')
  @ApiOperation({ summary: 'The state of each context for the case as of an instant, rebuilt from events only' })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'], 500: true, 503: ['AUDIT.ACCESS_LOG_UNAVAILABLE'] })
  @ApiAnswer(Answer.object({ caseId: Answer.uuid(), asOf: Answer.string() }))
  async replay(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Query('asOf') asOf: string | undefined,
    @CurrentUser() user: User,
  ) {
    await this.access.laOf(user, caseId);
    const at = asOf === undefined ? this.clock.now() : new Date(asOf);
    if (asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(asOf) || Number.isNaN(at.getTime()))) {
      throw new BadRequestException('asOf must be an ISO 8601 instant');
    }
    const streams = await this.events.streamsOf(caseId);
    return { caseId, asOf: at.toISOString(), ...replayCase(streams, caseId, at, this.replayers) };
  }

  @Get('replay/diff')
  @Roles(...AUDIT_READERS)
  @AccessLogged('replay-diff')
  @ApiOperation({
    summary: 'What changed in each context between two instants (after `from`, up to `to`), and the events that did it',
  })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'], 500: true, 503: ['AUDIT.ACCESS_LOG_UNAVAILABLE'] })
  @ApiAnswer(Answer.object({ caseId: Answer.uuid(), from: Answer.string(), to: Answer.string() }))
  async replayDiff(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Query('from') from: unknown,
    @Query('to') to: unknown,
    @CurrentUser() user: User,
  ) {
    await this.access.laOf(user, caseId);
    const window = diffWindow(from, to, this.clock.now());
    const streams = await this.events.streamsOf(caseId);
    return {
      caseId,
      from: window.from.toISOString(),
      to: window.to.toISOString(),
      ...diffCase(streams, caseId, window.from, window.to, this.replayers),
    };
  }

  @Get('access-log')
  @Roles(...ACCESS_LOG_READERS)
  @ApiOperation({ summary: 'Every read of the case by an auditor or tribunal user, oldest first: who, when, what' })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'] })
  @ApiAnswer(
    Answer.object({
      caseId: Answer.uuid(),
      valid: Answer.boolean(),
      reads: Answer.list(
        Answer.object(
          {
            eventId: Answer.uuid(),
            who: Answer.string(),
            role: Answer.string(),
            when: Answer.string(),
            what: Answer.string(),
            query: Answer.any('The query of the read'),
            hash: Answer.string(),
          },
          ['query'],
        ),
      ),
    }),
  )
  async accessLog(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentUser() user: User) {
    await this.access.laOf(user, caseId);
    return accessLogOf(caseId, await this.auditStore.readStream(accessLogStream(caseId)));
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T.*)?$/;

/** An ISO 8601 instant (a date alone is its midnight UTC), or undefined when the value is not one. */
function instantOf(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !INSTANT.test(value)) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? undefined : at;
}

/** `from` is required; `to` defaults to now; a window that ends before it starts is refused, naming `to`. */
function diffWindow(from: unknown, to: unknown, now: Date): { from: Date; to: Date } {
  const start = instantOf(from);
  const end = to === undefined ? now : instantOf(to);
  const errors: FieldError[] = [
    ...(start ? [] : [{ field: 'from', message: 'from must be an ISO 8601 instant' }]),
    ...(end ? [] : [{ field: 'to', message: 'to must be an ISO 8601 instant' }]),
  ];
  if (start && end && end < start) errors.push({ field: 'to', message: 'to must not be before from' });
  if (errors.length > 0 || !start || !end) throw new InvalidRequestError(errors);
  return { from: start, to: end };
}

/**
 * Oldest first. Within a stream, revision order; across streams, the time each was recorded, then the
 * store position (meaningful within one store: in the distributed mode each service counts its own).
 */
function historyOrder(a: StoredEvent, b: StoredEvent): number {
  if (a.streamId === b.streamId) return a.revision - b.revision;
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? -1 : 1;
  return a.position < b.position ? -1 : a.position > b.position ? 1 : 0;
}

/** The event as read, where that differs from the event as stored (personal data opened, or erased). */
function readableOf(stored: StoredEvent, read: StoredEvent | undefined) {
  if (read === undefined || (read.reason === stored.reason && JSON.stringify(read.data) === JSON.stringify(stored.data)))
    return {};
  return { readable: { data: read.data, ...(read.reason === undefined ? {} : { reason: read.reason }) } };
}
