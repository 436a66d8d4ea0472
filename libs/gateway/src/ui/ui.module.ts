import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { CasePagesController } from './case/case-pages.controller.js';
import { AuditPagesController } from './audit/audit-pages.controller.js';
import { DashboardsPageController } from './dashboards/dashboards.controller.js';
import { NewRequestController } from './cases/new-request.controller.js';
import { AssessmentFormsController } from './forms/assessment/assessment-forms.controller.js';
import { PlanFormsController } from './forms/plan/plan-forms.controller.js';
import { PlanChangesController } from './forms/plan-changes/plan-changes.controller.js';
import { DisputesFormsController } from './forms/disputes/disputes.controller.js';
import { FundingFormsController } from './forms/funding/funding.controller.js';
import { PlacementFormsController } from './forms/placement/placement.controller.js';
import { SettingsFormsController } from './forms/placement/settings.controller.js';
import { ReviewFormsController } from './forms/reviews/reviews.controller.js';
import { SignInController } from './sign-in/sign-in.controller.js';
import { TeamPageController } from './team/team.controller.js';
import { TribunalPagesController } from './tribunal/tribunal-pages.controller.js';
import { ApiClient } from './web/api-client.js';
import { AssetsController } from './web/assets.controller.js';
import { NotFoundController } from './web/not-found.controller.js';
import { CsrfMiddleware } from './web/security.js';
import { MulterModule } from '@nestjs/platform-express';
import { APP_CONFIG, type AppConfig } from '@send/platform';
import { AttachmentsPagesController } from './attachments/attachments-pages.controller.js';
import { SessionMiddleware } from './web/session.js';
import { WorkQueueController } from './work-queue/work-queue.controller.js';

/**
 * The thin UI (docs/ui.md): server-rendered GOV.UK and MoJ Frontend pages, in the same process as the API in
 * both modes, acting through the API. The session and CSRF checks apply to pages only (the API keeps its
 * bearer tokens); the security headers cover every response (setupOpenApi installs them first).
 */
@Module({
  // Static paths (cases/new) before the :caseId routes; the pages' "Page not found" catch-all last of all.
  controllers: [
    AssetsController,
    SignInController,
    WorkQueueController,
    NewRequestController,
    CasePagesController,
    AssessmentFormsController,
    PlanFormsController,
    PlanChangesController,
    ReviewFormsController,
    TeamPageController,
    PlacementFormsController,
    DisputesFormsController,
    FundingFormsController,
    SettingsFormsController,
    AuditPagesController,
    TribunalPagesController,
    DashboardsPageController,
    AttachmentsPagesController,
    NotFoundController,
  ],
  // A page upload is held in memory on its way to the API, which checks the type and its limit on the bytes.
  imports: [
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: Math.max(config.attachmentLimits.image, config.attachmentLimits.video), files: 1, fields: 6 },
      }),
    }),
  ],
  providers: [ApiClient],
})
export class UiModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(SessionMiddleware, CsrfMiddleware).forRoutes('{*path}');
  }
}
