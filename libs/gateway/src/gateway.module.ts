import { type DynamicModule, Global, Module } from '@nestjs/common';
import { CASE_REPLAYERS, CASE_TIMELINES, type CaseReplayer, type CaseTimeline } from '@send/read-models';
import { AdminController } from './admin/admin.controller.js';
import { AuditController } from './audit/audit.controller.js';
import { AttachmentsReadController } from './attachments/attachments-read.controller.js';
import { oneReplayerPerContext } from './audit/case-replay.js';
import { TimelineController } from './audit/timeline.controller.js';
import { oneTimelinePerContext } from './audit/timeline.js';
import { AuthController } from './auth/auth.controller.js';
import { BundleController } from './bundle/bundle.controller.js';
import { CasesController } from './cases/cases.controller.js';
import { TeamController } from './team/team.controller.js';
import { DashboardsController } from './dashboards/dashboards.controller.js';
import { DashboardsService } from './dashboards/dashboards.service.js';
import { ReturnsController } from './returns/returns.controller.js';
import { Sen2ReturnService } from './returns/sen2-return.service.js';
import { DeadlineWatcher } from './deadline-watcher/deadline-watcher.js';
import { HealthController } from './health/health.controller.js';
import { UiModule } from './ui/ui.module.js';

/** /health, /ready, /metrics: every process has them. */
@Module({ controllers: [HealthController] })
export class OperationsModule {}

/**
 * The deadline watcher: in the process that holds the statutory clocks' store (embedded, or the assessment
 * service). Global, so the admin routes can offer a sweep wherever the watcher runs.
 */
@Global()
@Module({ providers: [DeadlineWatcher], exports: [DeadlineWatcher] })
export class DeadlinesModule {}

export interface GatewayOptions {
  /** Every context's replayer (each context's library exports its own), so that replay covers the whole case. */
  readonly replayers: readonly CaseReplayer[];
  /** Every context's timeline, so that the evidential timeline covers the whole case. */
  readonly timelines: readonly CaseTimeline[];
}

/** The public face: auth, case reads, audit, operations. Context write routes live with their contexts. */
@Module({})
export class GatewayModule {
  static forRoot(options: GatewayOptions): DynamicModule {
    return {
      module: GatewayModule,
      imports: [OperationsModule, UiModule],
      controllers: [
        AuthController,
        CasesController,
        AuditController,
        TimelineController,
        BundleController,
        AdminController,
        TeamController,
        DashboardsController,
        ReturnsController,
        AttachmentsReadController,
      ],
      providers: [
        DashboardsService,
        Sen2ReturnService,
        { provide: CASE_REPLAYERS, useValue: oneReplayerPerContext(options.replayers) },
        { provide: CASE_TIMELINES, useValue: oneTimelinePerContext(options.timelines) },
      ],
    };
  }
}
