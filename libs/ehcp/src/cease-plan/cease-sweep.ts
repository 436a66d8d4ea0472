import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, CaseWriter, ScheduledSweep, type WriteResult } from '@send/platform';
import { CaseSummaryEntity } from '@send/read-models';
import { ehcpDecider, type EhcpCommand } from '../domain/index.js';
import { ehcpStream } from '../ehcp.stream.js';

/** The stage of a case whose plan has a cease decision still standing (libs/kernel/src/case-stage.ts). */
export const CEASING_STAGE = 'ceasing';

/**
 * Ceases the plans whose time to appeal the cease decision has run out with no appeal (docs/domain.md
 * "Ceasing a plan"). It picks the cases the case summary shows as ceasing, and the ehcp decider, from the
 * plan stream itself, decides for each whether the day has come (`ceasesOn`): so the selection may be
 * stale or repeated without harm. Safe in several processes at once: each write is an append at the
 * stream's expected revision, and a repeat finds the plan ceased and writes nothing. Runs wherever the
 * ehcp store is: the embedded process, or the ehcp service.
 */
@Injectable()
export class CeaseSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('cease-sweep');
  private readonly schedule = new ScheduledSweep(this.logger, () => this.sweep());

  constructor(
    private readonly writer: CaseWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mode === 'distributed' && this.config.service !== 'ehcp') return;
    this.schedule.start(this.config.deadlineWatchIntervalMs);
  }

  onModuleDestroy(): void {
    this.schedule.stop();
  }

  /** Ceases every plan due to cease by today; returns what it wrote. */
  async sweep(): Promise<WriteResult[]> {
    const ceasing = await this.db
      .getRepository(CaseSummaryEntity)
      .find({ where: { stage: CEASING_STAGE }, select: { caseId: true, la: true }, take: 500 });
    const written: WriteResult[] = [];
    for (const { caseId, la } of ceasing) {
      const command: EhcpCommand = { type: 'CeaseAfterAppealWindow', data: {}, today: this.writer.today() };
      try {
        const result = await this.writer.execute(ehcpDecider, ehcpStream(caseId), command, {
          user: { id: 'process:cease-sweep', role: 'system' },
          caseId,
          la,
          correlationId: `cease-sweep:${command.today}`,
        });
        if (result.events.length > 0) written.push(result);
      } catch (error) {
        // One case's failure (a lost race, a store hiccup) must not stop the others; the next sweep retries.
        this.logger.warn(`case ${caseId}: ${String(error)}`);
      }
    }
    if (written.length) this.logger.log(`ceased ${written.length} plan(s) as of ${this.writer.today()}`);
    return written;
  }
}
