import { Module } from '@nestjs/common';
import { StandardsLoader, StandardsModule } from '@send/standards';
import { APP_CONFIG, type AppConfig } from '@send/platform';
import { DecideWhetherToAssessController } from './decide-whether-to-assess/decide-whether-to-assess.controller.js';
import { DecideWhetherToAssessHandler } from './decide-whether-to-assess/decide-whether-to-assess.command.js';
import { DecidePlanIssueController } from './decide-plan-issue/decide-plan-issue.controller.js';
import { DecidePlanIssueHandler } from './decide-plan-issue/decide-plan-issue.command.js';
import { ErasePersonalDataController } from './erase-personal-data/erase-personal-data.controller.js';
import { ErasePersonalDataHandler } from './erase-personal-data/erase-personal-data.command.js';
import { RETENTION_RULE, loadRetentionRule } from './erase-personal-data/retention-policy.js';
import { RetentionSweep } from './erase-personal-data/retention-sweep.js';
import { RetentionSweepController } from './erase-personal-data/retention-sweep.controller.js';
import { NoteFinalPlanIssuedHandler } from './note-final-plan/note-final-plan.command.js';
import { NoteFinalPlanProcessManager } from './note-final-plan/note-final-plan.process-manager.js';
import { NoteTribunalOrderToAssessHandler } from './note-tribunal-order/note-tribunal-order.command.js';
import { NoteTribunalOrderProcessManager } from './note-tribunal-order/note-tribunal-order.process-manager.js';
import { ReceiveAdviceController } from './receive-advice/receive-advice.controller.js';
import { ReceiveAdviceHandler } from './receive-advice/receive-advice.command.js';
import { RecordTimescaleExceptionController } from './record-timescale-exception/record-timescale-exception.controller.js';
import { RecordTimescaleExceptionHandler } from './record-timescale-exception/record-timescale-exception.command.js';
import { RequestAdviceController } from './request-advice/request-advice.controller.js';
import { RequestAdviceHandler } from './request-advice/request-advice.command.js';
import { RequestAssessmentController } from './request-assessment/request-assessment.controller.js';
import { RequestAssessmentHandler } from './request-assessment/request-assessment.command.js';

const controllers = [
  RequestAssessmentController,
  DecideWhetherToAssessController,
  RequestAdviceController,
  ReceiveAdviceController,
  RecordTimescaleExceptionController,
  DecidePlanIssueController,
  ErasePersonalDataController,
  RetentionSweepController,
];
const commandHandlers = [
  RequestAssessmentHandler,
  DecideWhetherToAssessHandler,
  RequestAdviceHandler,
  ReceiveAdviceHandler,
  RecordTimescaleExceptionHandler,
  DecidePlanIssueHandler,
  NoteFinalPlanIssuedHandler,
  NoteTribunalOrderToAssessHandler,
  ErasePersonalDataHandler,
];
export const ASSESSMENT_PROCESS_MANAGERS = [NoteFinalPlanProcessManager, NoteTribunalOrderProcessManager];

/** The assessment context: requests, decisions, advice, exceptions and the outcome (Regs 3–10). */
@Module({
  // The national SEND standards a decision may cite; this service holds their catalogue stream and loads it.
  imports: [StandardsModule],
  controllers,
  providers: [
    ...commandHandlers,
    StandardsLoader,
    RetentionSweep,
    {
      provide: RETENTION_RULE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => loadRetentionRule(config.retentionFile),
    },
  ],
})
export class AssessmentModule {}
