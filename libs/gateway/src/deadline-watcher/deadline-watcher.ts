import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { CLOCK, type Clock, Decider, caseStream } from '@send/kernel';
import { EVENT_STORE, type EventStore, runCommand } from '@send/event-store';
import { APP_CONFIG, type AppConfig, ScheduledSweep } from '@send/platform';
import { DeadlineEntity } from '@send/read-models';
import { DeadlineBreached, addDays, todayInEngland } from '@send/statutory';

type Breach = { deadlineId: string; rule: string; dueOn: string; today: string };

/**
 * The deadlines stream of a case holds the watcher's breach records, apart from the contexts' own
 * streams so that recording a breach never makes a caseworker's If-Match stale.
 */
const breachDecider: Decider<Breach, DeadlineBreached, Set<string>> = {
  initialState: () => new Set(),
  evolve: (s, e) => new Set([...s, e.data.deadlineId]),
  decide: (c, s) =>
    s.has(c.deadlineId)
      ? []
      : [
          {
            type: 'DeadlineBreached',
            data: { deadlineId: c.deadlineId, rule: c.rule as never, dueOn: c.dueOn, breachedOn: addDays(c.dueOn, 1) },
          },
        ],
};

/**
 * The morning after an unmet due date the breach becomes an event (docs/domain.md "Counting"). Safe to run
 * in several processes at once: each breach is appended with an expected revision and the decider
 * refuses a second record of the same breach.
 */
@Injectable()
export class DeadlineWatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('deadline-watcher');
  private readonly schedule = new ScheduledSweep(this.logger, () => this.sweep());

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule.start(this.config.deadlineWatchIntervalMs);
  }

  onModuleDestroy(): void {
    this.schedule.stop();
  }

  /** Records every breach due by today that is not yet recorded; returns how many it recorded. */
  async sweep(): Promise<number> {
    const today = todayInEngland(this.clock.now());
    const due = await this.db.getRepository(DeadlineEntity).find({
      where: {
        kind: 'duty',
        dueOn: LessThan(today),
        closedOn: IsNull(),
        exceptedOn: IsNull(),
        notApplicableOn: IsNull(),
        breachRecordedOn: IsNull(),
      },
      take: 500,
    });
    let recorded = 0;
    for (const d of due) {
      const outcome = await runCommand(
        this.store,
        breachDecider,
        caseStream('deadlines', d.caseId),
        { deadlineId: d.deadlineId, rule: d.rule, dueOn: d.dueOn, today },
        {
          caseId: d.caseId,
          la: d.la,
          actor: { id: 'process:deadline-watcher', role: 'system' },
          correlationId: `deadline-watch:${today}`,
          causationId: `deadline-watch:${today}`,
          occurredAt: addDays(d.dueOn, 1),
          recordedAt: this.clock.now(),
        },
      );
      recorded += outcome.events.length;
    }
    if (recorded) this.logger.log(`recorded ${recorded} breach(es) as of ${today}`);
    return recorded;
  }
}
