import { BadRequestException, Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CLOCK, type Clock, type StoredEvent, verifyChain } from '@send/kernel';
import { CASE_EVENT_SOURCE, CASE_REPLAYERS, type CaseEventSource, type CaseReplayer } from '@send/read-models';
import { CaseAccess, CurrentUser, Roles, type User } from '@send/platform';
import { replayCase } from './case-replay.js';

const AUDIT_READERS = ['caseworker', 'manager', 'auditor', 'tribunal'] as const;

/** History, replay and verification: all reads of the stored events themselves, never of read models. */
@ApiTags('audit')
@Controller('api/v1/cases/:caseId')
export class AuditController {
  constructor(
    @Inject(CASE_EVENT_SOURCE) private readonly events: CaseEventSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CASE_REPLAYERS) private readonly replayers: readonly CaseReplayer[],
    private readonly access: CaseAccess,
  ) {}

  @Get('history')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ summary: 'Every event of the case across contexts, oldest first, with actor, reason and hashes' })
  async history(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentUser() user: User) {
    await this.access.laOf(user, caseId);
    const streams = await this.events.streamsOf(caseId);
    return [...streams.values()]
      .flat()
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
      }));
  }

  @Get('verify')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ summary: "Recompute each stream's hash chain and report the first broken link" })
  async verify(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentUser() user: User) {
    await this.access.laOf(user, caseId);
    const streams = [...(await this.events.streamsOf(caseId)).entries()].map(([stream, events]) => ({
      stream,
      ...verifyChain(events),
    }));
    return { valid: streams.every((s) => s.valid), streams };
  }

  @Get('replay')
  @Roles(...AUDIT_READERS)
  @ApiOperation({ summary: 'The state of each context for the case as of an instant, rebuilt from events only' })
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
