import { Module } from '@nestjs/common';
import { StandardsModule } from '@send/standards';
import type { EventSubscriber } from '@send/read-models';
import { AllocatePlaceController } from './allocate-place/allocate-place.controller.js';
import { AllocatePlaceHandler } from './allocate-place/allocate-place.command.js';
import { AnswerConsultationController } from './answer-consultation/answer-consultation.controller.js';
import { AnswerConsultationHandler } from './answer-consultation/answer-consultation.command.js';
import { AppointSencoHandler } from './appoint-senco/appoint-senco.command.js';
import { ConsultSettingController } from './consult-setting/consult-setting.controller.js';
import { ConsultSettingHandler } from './consult-setting/consult-setting.command.js';
import { DecideDirectionAppealController } from './decide-direction-appeal/decide-direction-appeal.controller.js';
import { DecideDirectionAppealHandler } from './decide-direction-appeal/decide-direction-appeal.command.js';
import { DirectAdmissionController } from './direct-admission/direct-admission.controller.js';
import { DirectAdmissionHandler } from './direct-admission/direct-admission.command.js';
import { ExpressPreferencesController } from './express-preferences/express-preferences.controller.js';
import { ExpressPreferencesHandler } from './express-preferences/express-preferences.command.js';
import { GetPlacementController } from './get-placement/get-placement.controller.js';
import { GetInclusionPlanController } from './get-inclusion-plan/get-inclusion-plan.controller.js';
import { GetSettingContextController } from './get-setting-context/get-setting-context.controller.js';
import { SettingCohorts } from './get-setting-context/setting-cohorts.js';
import { ImportSettingResultsController } from './import-setting-results/import-setting-results.controller.js';
import { ImportSettingResultsHandler } from './import-setting-results/import-setting-results.command.js';
import { GetTailoredListController } from './get-tailored-list/get-tailored-list.controller.js';
import { ListSettingsController } from './list-settings/list-settings.controller.js';
import { LodgeDirectionAppealController } from './lodge-direction-appeal/lodge-direction-appeal.controller.js';
import { LodgeDirectionAppealHandler } from './lodge-direction-appeal/lodge-direction-appeal.command.js';
import { ProduceTailoredListController } from './produce-tailored-list/produce-tailored-list.controller.js';
import { ProduceTailoredListHandler } from './produce-tailored-list/produce-tailored-list.command.js';
import { PublishInclusionPlanController } from './publish-inclusion-plan/publish-inclusion-plan.controller.js';
import { PublishInclusionPlanHandler } from './publish-inclusion-plan/publish-inclusion-plan.command.js';
import { RecordHeadSatisfiedHandler } from './record-head-satisfied/record-head-satisfied.command.js';
import { RecordSencoQualifiedHandler } from './record-senco-qualified/record-senco-qualified.command.js';
import { RegisterSettingController } from './register-setting/register-setting.controller.js';
import { RegisterSettingHandler } from './register-setting/register-setting.command.js';
import { SencoController } from './senco/senco.controller.js';
import { PlacementRegistry } from './registry/placement-registry.js';
import { OpenPhaseTransferRoundHandler } from './phase-transfer/open-phase-transfer-round.command.js';
import { PhaseTransferProcessManager } from './phase-transfer/phase-transfer.process-manager.js';
import { RegistryListings } from './registry/registry.read-model.js';
import { FamilyPreferencesController } from './express-preferences/family-preferences.controller.js';

/**
 * Express matches routes in the order they are registered: the settings' fixed paths (/settings/context,
 * /settings/results) come before /settings/:settingId, which would otherwise take them for setting ids.
 */
const controllers = [
  GetSettingContextController,
  ImportSettingResultsController,
  RegisterSettingController,
  ListSettingsController,
  SencoController,
  PublishInclusionPlanController,
  GetInclusionPlanController,
  GetTailoredListController,
  ProduceTailoredListController,
  GetPlacementController,
  ExpressPreferencesController,
  FamilyPreferencesController,
  ConsultSettingController,
  AnswerConsultationController,
  AllocatePlaceController,
  DirectAdmissionController,
  LodgeDirectionAppealController,
  DecideDirectionAppealController,
];
const commandHandlers = [
  RegisterSettingHandler,
  AppointSencoHandler,
  RecordSencoQualifiedHandler,
  RecordHeadSatisfiedHandler,
  PublishInclusionPlanHandler,
  ProduceTailoredListHandler,
  ExpressPreferencesHandler,
  ConsultSettingHandler,
  AnswerConsultationHandler,
  AllocatePlaceHandler,
  DirectAdmissionHandler,
  LodgeDirectionAppealHandler,
  DecideDirectionAppealHandler,
  OpenPhaseTransferRoundHandler,
  ImportSettingResultsHandler,
];
const reads = [PlacementRegistry, RegistryListings, SettingCohorts];
/** A phase transfer opens the placement round for the new phase (Reg 18). */
export const PLACEMENT_PROCESS_MANAGERS: (new (...args: never[]) => EventSubscriber)[] = [PhaseTransferProcessManager];

/** The placement context: settings, local inclusion plans, tailored lists, preferences, consultations, allocation, directions. */
@Module({
  // A local inclusion plan may say which national standards each setting provides.
  imports: [StandardsModule],
  controllers,
  providers: [...commandHandlers, ...reads],
})
export class PlacementModule {}
