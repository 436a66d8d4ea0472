import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { LocalDate } from '@js-joda/core';
import { DataSource, LessThan, Not } from 'typeorm';
import { DomainError } from '@send/kernel';
import { APP_CONFIG, type AppConfig, CaseWriter, ScheduledSweep, type WriteResult } from '@send/platform';
import { CaseSummaryEntity } from '@send/read-models';
import { AssessmentErrors, type RetentionRule } from '../domain/index.js';
import { ErasePersonalDataCommand } from './erase-personal-data.command.js';
import { RETENTION_RULE } from './retention-policy.js';

export const RETENTION_SWEEPER = { id: 'process:retention-sweep', role: 'system' } as const;

/**
 * Erases the cases whose retention period has ended (docs/domain.md "Erasure and retention"), by the same path as
 * a manager's erasure. It picks from the case summary the children born long enough ago, and the decider, from the
 * case's own stream, decides for each whether the period has ended under the rule in force: so the selection may
 * be rough, stale or repeated without harm (a repeat is refused as already erased). Runs wherever the assessment
 * store is: the embedded process, or the assessment service.
 */
@Injectable()
export class RetentionSweep implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('retention-sweep');
  private readonly schedule = new ScheduledSweep(this.logger, () => this.sweep());

  constructor(
    private readonly commands: CommandBus,
    private readonly writer: CaseWriter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RETENTION_RULE) private readonly rule: RetentionRule,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.mode === 'distributed' && this.config.service !== 'assessment') return;
    this.schedule.start(this.config.deadlineWatchIntervalMs);
  }

  onModuleDestroy(): void {
    this.schedule.stop();
  }

  /** Erases every case past retention today; returns what it wrote. */
  async sweep(): Promise<WriteResult[]> {
    const today = this.writer.today();
    // Born before today less the period: a superset of those past it (the decider settles the leap days).
    const bornBefore = LocalDate.parse(today).minusYears(this.rule.years).toString();
    const due = await this.db.getRepository(CaseSummaryEntity).find({
      where: { dateOfBirth: LessThan(bornBefore), givenName: Not('[erased]') },
      select: { caseId: true, la: true, dateOfBirth: true },
      take: 500,
    });
    const written: WriteResult[] = [];
    for (const { caseId, la, dateOfBirth } of due) {
      if (dateOfBirth === '') continue;
      try {
        const command = new ErasePersonalDataCommand({
          caseId,
          la,
          input: { ground: 'retention-period-ended', source: this.rule.source },
          user: RETENTION_SWEEPER,
          correlationId: `retention-sweep:${today}`,
        });
        written.push(await this.commands.execute<ErasePersonalDataCommand, WriteResult>(command));
      } catch (error) {
        const expected =
          error instanceof DomainError &&
          [AssessmentErrors.RETENTION_NOT_ENDED, AssessmentErrors.PERSONAL_DATA_ALREADY_ERASED].includes(error.code as never);
        // One case's failure (a lost race, a store hiccup) must not stop the others; the next sweep retries.
        if (!expected) this.logger.warn(`case ${caseId}: ${String(error)}`);
      }
    }
    if (written.length) this.logger.log(`erased ${written.length} case(s) past retention as of ${today}`);
    return written;
  }
}
