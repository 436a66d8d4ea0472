import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConcurrencyError, DomainError } from '@send/kernel';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { IsoDate } from '@send/statutory';
import { PlacementErrors, type RegisteredSetting, allocationCandidates, refuse } from '../domain/index.js';
import { placementTarget, settingTarget } from '../placement-command.js';
import { placementStream } from '../placement.stream.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

export class AllocatePlaceCommand extends CaseCommand<{ decidedOn: string }> {}

/** A setting refuses a place only when it is full (or unknown): try the next preference. */
const NO_PLACE_HERE = new Set<string>([PlacementErrors.NO_PLACE, PlacementErrors.SETTING_NOT_FOUND]);
const TAKE_PLACE_ROUNDS = 5;

/**
 * The allocation's writes to a setting's stream: same actor and correlation, the setting's LA, and no
 * If-Match, which names the case's placement stream, not the setting's.
 */
const onSetting = (c: AllocatePlaceCommand, setting: RegisteredSetting) => ({
  settingId: setting.settingId,
  la: setting.la,
  user: c.user,
  correlationId: c.correlationId,
  causationId: c.causationId,
});

/**
 * Allocates the first setting in the family's order of preference with a place and no upheld objection
 * (green paper ch. 3). Two streams, two steps:
 *  1. TakePlace on the setting's stream, appended with its expected revision. Of two allocations racing
 *     for the last place, one append fails, is retried on the new state and refused with NO_PLACE, so
 *     the loser moves on to its next preference. Idempotent per case, so a retry after a crash between
 *     the steps finds its place still held.
 *  2. RecordAllocation on the case's placement stream: PlaceAllocated { settingId, name, type }.
 * If step 2 is refused after step 1 took a place, the place is released again.
 */
@CommandHandler(AllocatePlaceCommand)
export class AllocatePlaceHandler implements ICommandHandler<AllocatePlaceCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly registry: PlacementRegistry,
  ) {}

  async execute(c: AllocatePlaceCommand): Promise<WriteResult> {
    const { decidedOn } = c.input;
    const { state, revision } = await this.registry.placement(c.caseId);
    // If-Match names the placement stream: check it before any place is taken on a setting's stream.
    if (c.expectedRevision !== undefined && c.expectedRevision !== revision) {
      throw new ConcurrencyError(placementStream(c.caseId), c.expectedRevision, revision < 0 ? 'no-stream' : revision);
    }
    const full: string[] = [];
    for (const settingId of allocationCandidates(state, decidedOn, this.writer.today())) {
      const setting = await this.registry.setting(settingId);
      const took = setting && (await this.takePlace(c, setting, decidedOn));
      if (!setting || took === undefined) {
        full.push(settingId);
        continue;
      }
      return this.recordAllocation(c, setting, full, took.events.length > 0);
    }
    return refuse(PlacementErrors.NO_PLACE_AVAILABLE, 'no preferred setting has a place; consider a direction to admit', {
      full,
    });
  }

  /**
   * Step 1; undefined when the setting has no place for this case. The command path retries a lost race
   * a few times; a popular setting under many simultaneous allocations gets a few more rounds here.
   */
  private async takePlace(c: AllocatePlaceCommand, setting: RegisteredSetting, takenOn: IsoDate) {
    for (let round = 1; ; round++) {
      try {
        const take = { type: 'TakePlace' as const, data: { caseId: c.caseId, takenOn } };
        return await this.writer.write(settingTarget, onSetting(c, setting), take, { occurredAt: takenOn });
      } catch (error) {
        if (error instanceof DomainError && NO_PLACE_HERE.has(error.code)) return undefined;
        if (!(error instanceof ConcurrencyError) || round >= TAKE_PLACE_ROUNDS) throw error;
      }
    }
  }

  /** Step 2, with the compensation that keeps a refused allocation from holding a place. */
  private async recordAllocation(c: AllocatePlaceCommand, setting: RegisteredSetting, full: string[], tookNow: boolean) {
    const { settingId, name, type } = setting;
    const { decidedOn } = c.input;
    try {
      const result = await this.writer.write(
        placementTarget,
        c,
        { type: 'RecordAllocation', data: { settingId, name, type, decidedOn, fullSettingIds: full } },
        { occurredAt: decidedOn },
      );
      return { ...result, settingId, name, type };
    } catch (error) {
      if (tookNow) await this.releasePlace(c, setting, error);
      throw error;
    }
  }

  private async releasePlace(c: AllocatePlaceCommand, setting: RegisteredSetting, cause: unknown): Promise<void> {
    const why = `allocation not recorded: ${cause instanceof DomainError ? cause.code : 'write failed'}`;
    const releasedOn = this.writer.today();
    const release = { type: 'ReleasePlace' as const, data: { caseId: c.caseId, releasedOn, why } };
    await this.writer.write(settingTarget, onSetting(c, setting), release, { occurredAt: releasedOn });
  }
}
