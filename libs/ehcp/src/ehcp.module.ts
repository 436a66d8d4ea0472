import { Module } from '@nestjs/common';
import { StandardsModule } from '@send/standards';
import { DecideNotToAmendHandler, IssueAmendedPlanHandler, SendAmendmentNoticeHandler } from './amend-plan/amend-plan.command.js';
import { AmendPlanController } from './amend-plan/amend-plan.controller.js';
import { GetPlanController } from './get-plan/get-plan.controller.js';
import { IssueDraftPlanController } from './issue-draft-plan/issue-draft-plan.controller.js';
import { IssueDraftPlanHandler } from './issue-draft-plan/issue-draft-plan.command.js';
import { IssueFinalPlanController } from './issue-final-plan/issue-final-plan.controller.js';
import { IssueFinalPlanHandler } from './issue-final-plan/issue-final-plan.command.js';
import { OpenPlanHandler } from './open-plan/open-plan.command.js';
import { OpenPlanProcessManager } from './open-plan/open-plan.process-manager.js';
import { NameSettingHandler } from './name-setting/name-setting.command.js';
import { NameSettingProcessManager } from './name-setting/name-setting.process-manager.js';
import { ReceiveRepresentationsController } from './receive-representations/receive-representations.controller.js';
import { ReceiveRepresentationsHandler } from './receive-representations/receive-representations.command.js';
import { TransferPlanController } from './transfer-plan/transfer-plan.controller.js';
import {
  AcceptPlanTransferHandler,
  RequestPlanTransferHandler,
  SendTransferNoticeHandler,
  WithdrawPlanTransferHandler,
} from './transfer-plan/transfer-plan.command.js';
import { PhaseTransferController } from './phase-transfer/phase-transfer.controller.js';
import { StartPhaseTransferHandler } from './phase-transfer/phase-transfer.command.js';
import { RecordReviewController } from './record-review/record-review.controller.js';
import { DecideReviewHandler, SendReviewReportHandler, StartReviewHandler } from './record-review/record-review.command.js';
import { CeaseChallengesProcessManager } from './cease-plan/cease-challenges.process-manager.js';
import { CeaseOnTribunalOrderHandler, CeasePlanHandler, NoteCeaseChallengeHandler } from './cease-plan/cease-plan.command.js';
import { CeasePlanController } from './cease-plan/cease-plan.controller.js';
import { CeaseSweep } from './cease-plan/cease-sweep.js';
import { CeaseSweepController } from './cease-plan/cease-sweep.controller.js';
import {
  DecideReassessmentHandler,
  RecordReassessmentExceptionHandler,
  RequestReassessmentHandler,
} from './reassess/reassessment.command.js';
import { ReassessmentController } from './reassess/reassessment.controller.js';
import { AddAttachmentHandler, WithdrawAttachmentHandler } from './attachments/attachments.command.js';
import { AttachmentsController, UploadErrorsInterceptor } from './attachments/attachments.controller.js';
import { APP_CONFIG, type AppConfig } from '@send/platform';
import { MulterModule } from '@nestjs/platform-express';
import { ExportPlanController } from './export-plan/export-plan.controller.js';
import { ImportPlanController } from './import-plan/import-plan.controller.js';
import { ImportPlanHandler } from './import-plan/import-plan.command.js';
import { FamilyRepresentationsController } from './receive-representations/family-representations.controller.js';

const controllers = [
  IssueDraftPlanController,
  ReceiveRepresentationsController,
  FamilyRepresentationsController,
  IssueFinalPlanController,
  GetPlanController,
  TransferPlanController,
  RecordReviewController,
  AmendPlanController,
  PhaseTransferController,
  CeasePlanController,
  CeaseSweepController,
  ReassessmentController,
  AttachmentsController,
  ExportPlanController,
  ImportPlanController,
];
const commandHandlers = [
  NameSettingHandler,
  OpenPlanHandler,
  IssueDraftPlanHandler,
  ReceiveRepresentationsHandler,
  IssueFinalPlanHandler,
  RequestPlanTransferHandler,
  AcceptPlanTransferHandler,
  SendTransferNoticeHandler,
  WithdrawPlanTransferHandler,
  StartReviewHandler,
  SendReviewReportHandler,
  DecideReviewHandler,
  SendAmendmentNoticeHandler,
  IssueAmendedPlanHandler,
  DecideNotToAmendHandler,
  StartPhaseTransferHandler,
  CeasePlanHandler,
  CeaseOnTribunalOrderHandler,
  NoteCeaseChallengeHandler,
  RequestReassessmentHandler,
  DecideReassessmentHandler,
  RecordReassessmentExceptionHandler,
  AddAttachmentHandler,
  WithdrawAttachmentHandler,
  ImportPlanHandler,
];
export const EHCP_PROCESS_MANAGERS = [OpenPlanProcessManager, NameSettingProcessManager, CeaseChallengesProcessManager];

/** The ehcp context: the plan itself, its drafts, the family's say and the final plan (Regs 11–14). */
@Module({
  imports: [
    // Section F items may say which national standard of ordinarily available provision they go beyond.
    StandardsModule,
    // Uploads are held in memory up to the largest attachment limit; each kind's own limit is checked on the bytes.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: Math.max(config.attachmentLimits.image, config.attachmentLimits.video), files: 1, fields: 4 },
      }),
    }),
  ],
  controllers,
  providers: [...commandHandlers, CeaseSweep, UploadErrorsInterceptor],
})
export class EhcpModule {}
