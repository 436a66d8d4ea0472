import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@send/platform';
import type { MediationPolicy } from './domain/index.js';
import { GetDisputesController } from './get-disputes/get-disputes.controller.js';
import { MEDIATION_POLICY } from './mediation-policy.js';
import { OpenAppealRightsHandler } from './open-appeal-rights/open-appeal-rights.command.js';
import { AppealRightsProcessManager } from './open-appeal-rights/appeal-rights.process-manager.js';
import { OrderComplianceProcessManager } from './order-compliance/order-compliance.process-manager.js';
import { RecordOrderStepDoneHandler, RecordOrderStepNotNeededHandler } from './order-compliance/record-order-step.command.js';
import { RaiseDisputeController } from './raise-dispute/raise-dispute.controller.js';
import { RaiseDisputeHandler } from './raise-dispute/raise-dispute.command.js';
import { RecordCertificateController } from './record-certificate/record-certificate.controller.js';
import { RecordCertificateHandler } from './record-certificate/record-certificate.command.js';
import { RecordMediationStepController } from './record-mediation-step/record-mediation-step.controller.js';
import { RecordMediationStepHandler } from './record-mediation-step/record-mediation-step.command.js';
import { RecordAgreementDoneController } from './record-agreement-done/record-agreement-done.controller.js';
import { RecordAgreementDoneHandler } from './record-agreement-done/record-agreement-done.command.js';
import { LateMediationProcessManager } from './late-mediation/late-mediation.process-manager.js';
import { RecordMediationNotArrangedHandler } from './late-mediation/record-not-arranged.command.js';
import { RecordTribunalOrderController } from './record-tribunal-order/record-tribunal-order.controller.js';
import { RecordTribunalOrderHandler } from './record-tribunal-order/record-tribunal-order.command.js';
import { RegisterAppealController } from './register-appeal/register-appeal.controller.js';
import { RegisterAppealHandler } from './register-appeal/register-appeal.command.js';

const controllers = [
  RaiseDisputeController,
  RecordMediationStepController,
  RecordAgreementDoneController,
  RecordCertificateController,
  RegisterAppealController,
  RecordTribunalOrderController,
  GetDisputesController,
];
const commandHandlers = [
  RaiseDisputeHandler,
  RecordMediationStepHandler,
  RecordAgreementDoneHandler,
  RecordMediationNotArrangedHandler,
  RecordCertificateHandler,
  RegisterAppealHandler,
  RecordTribunalOrderHandler,
  OpenAppealRightsHandler,
  RecordOrderStepDoneHandler,
  RecordOrderStepNotNeededHandler,
];
/** Instantiated by the platform (PlatformModule.forRoot processManagers), never by this module. */
export const MEDIATION_PROCESS_MANAGERS = [
  AppealRightsProcessManager,
  OrderComplianceProcessManager,
  LateMediationProcessManager,
];

/** The deployment's MEDIATION_POLICY, read and checked by loadConfig against the one list of policies. */
const policy = {
  provide: MEDIATION_POLICY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): MediationPolicy => config.mediationPolicy,
};

/** The mediation and tribunal context: disputes, mediation, certificates, appeals and orders (CFA 2014 ss.51–55; Regs 32–44). */
@Module({
  controllers,
  providers: [...commandHandlers, policy],
})
export class MediationModule {}
