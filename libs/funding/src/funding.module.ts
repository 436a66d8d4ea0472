import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@send/platform';
import { ApplyLocalAdjustmentController } from './apply-local-adjustment/apply-local-adjustment.controller.js';
import { ApplyLocalAdjustmentHandler } from './apply-local-adjustment/apply-local-adjustment.command.js';
import { EndFundingHandler } from './end-funding/end-funding.command.js';
import { PlanCeasedProcessManager } from './end-funding/plan-ceased.process-manager.js';
import { GetFundingController } from './get-funding/get-funding.controller.js';
import { GetHighNeedsBudgetController } from './get-high-needs-budget/get-high-needs-budget.controller.js';
import { PricePlanHandler } from './price-plan/price-plan.command.js';
import { PricePlanProcessManager } from './price-plan/price-plan.process-manager.js';
import { RecordCommitmentHandler } from './record-commitment/record-commitment.command.js';
import { RecordCommitmentProcessManager } from './record-commitment/record-commitment.process-manager.js';
import { GetReferenceDataController } from './reference/get-reference-data.controller.js';
import { ReferenceCatalogue } from './reference/reference-catalogue.js';
import { ReferenceDataLoader } from './reference/reference-data.loader.js';
import { SetHighNeedsBudgetController } from './set-high-needs-budget/set-high-needs-budget.controller.js';
import { SetHighNeedsBudgetHandler } from './set-high-needs-budget/set-high-needs-budget.command.js';

const controllers = [
  GetReferenceDataController,
  GetFundingController,
  ApplyLocalAdjustmentController,
  SetHighNeedsBudgetController,
  GetHighNeedsBudgetController,
];
const commandHandlers = [
  PricePlanHandler,
  ApplyLocalAdjustmentHandler,
  SetHighNeedsBudgetHandler,
  RecordCommitmentHandler,
  EndFundingHandler,
];
/** Read once at start-up: a bad or edited reference file stops the service rather than misprice plans. */
const referenceData = [
  { provide: ReferenceCatalogue, inject: [APP_CONFIG], useFactory: (config: AppConfig) => ReferenceCatalogue.fromConfig(config) },
  ReferenceDataLoader,
];
/** Instantiated by the platform (PlatformModule.forRoot({ processManagers })), not listed here. */
export const FUNDING_PROCESS_MANAGERS = [PricePlanProcessManager, RecordCommitmentProcessManager, PlanCeasedProcessManager];

/** The funding context: national bands and tariffs, pricing of section F, top-up, local adjustments, high-needs budgets. */
@Module({
  controllers,
  providers: [...commandHandlers, ...referenceData],
})
export class FundingModule {}
