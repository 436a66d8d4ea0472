import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../web/api-client.js';
import { formKeyOf, newFormKey } from '../../web/forms.js';
import { Page, PageController, renderPage } from '../../web/pages.js';
import { caseSummaryPath, submitCaseForm } from '../assessment/case-form.js';
import type { StepFormSpec } from '../placement/step-form.js';
import { booleanFrom } from '../placement/step-form.js';
import { caseCaption, renderStepForm, submitStep } from '../placement/step-page.js';
import { amendedForm, amendedValuesFromPlan, isAmendedItemEdit } from './amended.view-model.js';
import {
  acceptTransferSpec,
  amendmentNoticeSpec,
  CEASE_WARNING,
  ceaseSpec,
  notAmendingSpec,
  phaseTransferSpec,
  type ProposedPhaseTransfer,
  reassessmentDecisionSpec,
  reassessmentExceptionSpec,
  reassessmentRequestSpec,
  transferNoticeSpec,
  transferSpec,
  WITHDRAW_WARNING,
  withdrawTransferSpec,
} from './plan-changes.view-model.js';

type FormBody = Record<string, unknown>;
const apiCase = (caseId: string) => `/api/v1/cases/${caseId}`;
const summary = (caseId: string) => ({ url: caseSummaryPath(caseId) });

/**
 * Changing a final plan (docs/ui.md "Forms"): the amendment notice and the amended plan (filled in from the
 * plan in force), the decision not to amend, ceasing, re-assessment, phase transfers and a transfer to another
 * local authority, accepted by that authority (which then records its letter to the family) or withdrawn, and
 * an exception to the re-assessment's 14 weeks. Each posts through the API and returns to the case summary;
 * whether the step is allowed now is the API's to say (its 422 is shown with its code).
 */
@PageController()
@Controller('cases/:caseId')
export class PlanChangesController {
  constructor(private readonly api: ApiClient) {}

  /** A step form, once the API says the case is one the user may see (404 otherwise). */
  private async show(req: Request, res: Response, caseId: string, spec: StepFormSpec) {
    await this.api.get(req, apiCase(caseId));
    await renderStepForm(req, res, spec);
  }

  @Get('plan/amendment-notice')
  @Page('caseworker', 'manager')
  amendmentNoticePage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    return this.show(req, res, caseId, amendmentNoticeSpec(caseId, caseCaption(caseId)));
  }

  @Post('plan/amendment-notice')
  @Page('caseworker', 'manager')
  amendmentNotice(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FormBody,
  ) {
    return submitStep(this.api, req, res, {
      spec: amendmentNoticeSpec(caseId, caseCaption(caseId)),
      body,
      path: `${apiCase(caseId)}/plan/amendment-notice`,
      apiBody: (v) => ({ sentOn: v.sentOn, proposedAmendments: v.proposedAmendments, reason: v.reason }),
      then: () => ({
        ...summary(caseId),
        title: 'Amendment notice recorded',
        text: 'The family have 15 days to make representations.',
      }),
    });
  }

  @Get('plan/amended')
  @Page('caseworker', 'manager')
  async amendedPage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    const plan = await this.api.get<Record<string, unknown>>(req, `${apiCase(caseId)}/plan`);
    await renderPage(req, res, amendedForm.view, amendedForm.model({ caseId }, amendedValuesFromPlan(plan), newFormKey()));
  }

  @Post('plan/amended')
  @Page('caseworker', 'manager')
  amended(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: FormBody) {
    // Adding or removing an item of section F only re-renders the form: nothing is recorded yet.
    if (isAmendedItemEdit(body)) {
      return renderPage(
        req,
        res,
        amendedForm.view,
        amendedForm.model({ caseId }, amendedForm.read(body), formKeyOf(body) ?? newFormKey()),
      );
    }
    return submitCaseForm(this.api, req, res, amendedForm, { caseId }, body);
  }

  @Get('plan/not-amending')
  @Page('caseworker', 'manager')
  notAmendingPage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    return this.show(req, res, caseId, notAmendingSpec(caseId, caseCaption(caseId)));
  }

  @Post('plan/not-amending')
  @Page('caseworker', 'manager')
  notAmending(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: FormBody) {
    return submitStep(this.api, req, res, {
      spec: notAmendingSpec(caseId, caseCaption(caseId)),
      body,
      path: `${apiCase(caseId)}/plan/not-amending`,
      apiBody: (v) => ({ decidedOn: v.decidedOn, reason: v.reason }),
      checkAnswers: {
        pageTitle: 'Check the decision not to amend before it is recorded',
        warning: 'This closes the amendment notice: the plan stays as it is.',
      },
      then: () => ({ ...summary(caseId), title: 'Decision not to amend recorded' }),
    });
  }

  @Get('plan/cease')
  @Page('caseworker', 'manager')
  ceasePage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    return this.show(req, res, caseId, ceaseSpec(caseId, caseCaption(caseId)));
  }

  @Post('plan/cease')
  @Page('caseworker', 'manager')
  cease(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: FormBody) {
    return submitStep(this.api, req, res, {
      spec: ceaseSpec(caseId, caseCaption(caseId)),
      body,
      path: `${apiCase(caseId)}/plan/cease`,
      apiBody: (v) => ({ decidedOn: v.decidedOn, reason: v.reason, consultedOn: v.consultedOn }),
      checkAnswers: { pageTitle: 'Check the decision to cease before it is recorded', warning: CEASE_WARNING },
      then: () => ({ ...summary(caseId), title: 'Decision to cease the plan recorded', text: CEASE_WARNING }),
    });
  }

  @Get('reassessment/new')
  @Page('caseworker', 'manager')
  reassessmentPage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    return this.show(req, res, caseId, reassessmentRequestSpec(caseId, caseCaption(caseId)));
  }

  @Post('reassessment/new')
  @Page('caseworker', 'manager')
  reassessment(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FormBody,
  ) {
    return submitStep(this.api, req, res, {
      spec: reassessmentRequestSpec(caseId, caseCaption(caseId)),
      body,
      path: `${apiCase(caseId)}/reassessment`,
      apiBody: (v) => ({ requestedOn: v.requestedOn, requestedBy: v.requestedBy }),
      then: () => ({ ...summary(caseId), title: 'Request for re-assessment recorded' }),
    });
  }

  @Get('reassessment/decision')
  @Page('caseworker', 'manager')
  reassessmentDecisionPage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    return this.show(req, res, caseId, reassessmentDecisionSpec(caseId, caseCaption(caseId)));
  }

  @Post('reassessment/decision')
  @Page('caseworker', 'manager')
  reassessmentDecision(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FormBody,
  ) {
    return submitStep(this.api, req, res, {
      spec: reassessmentDecisionSpec(caseId, caseCaption(caseId)),
      body,
      path: `${apiCase(caseId)}/reassessment/decision`,
      apiBody: (v) => ({ decision: v.decision, decidedOn: v.decidedOn, reason: v.reason }),
      checkAnswers: {
        pageTitle: 'Check the re-assessment decision before it is recorded',
        warning: 'A decision to re-assess starts the 14 weeks to a new final plan (Regulation 27(2)).',
      },
      then: () => ({ ...summary(caseId), title: 'Re-assessment decision recorded' }),
    });
  }

  /** The plan's proposed phase transfers, computed by the API from the child's date of birth. */
  private async phaseTransferSpec(req: Request, caseId: string) {
    const plan = await this.api.get<{ proposedPhaseTransfers?: ProposedPhaseTransfer[] }>(req, `${apiCase(caseId)}/plan`);
    return phaseTransferSpec(caseId, caseCaption(caseId), plan.proposedPhaseTransfers ?? []);
  }

  @Get('phase-transfer')
  @Page('caseworker', 'manager')
  async phaseTransferPage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    await renderStepForm(req, res, await this.phaseTransferSpec(req, caseId));
  }

  @Post('phase-transfer')
  @Page('caseworker', 'manager')
  async phaseTransfer(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FormBody,
  ) {
    await submitStep(this.api, req, res, {
      spec: await this.phaseTransferSpec(req, caseId),
      body,
      path: `${apiCase(caseId)}/phase-transfer`,
      apiBody: (v) => ({ transfer: v.transfer, transferOn: v.transferOn }),
      then: () => ({ ...summary(caseId), title: 'Phase transfer recorded' }),
    });
  }

  @Get('transfer')
  @Page('caseworker', 'manager')
  transferPage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    return this.show(req, res, caseId, transferSpec(caseId, caseCaption(caseId)));
  }

  @Post('transfer')
  @Page('caseworker', 'manager')
  transfer(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: FormBody) {
    return submitStep(this.api, req, res, {
      spec: transferSpec(caseId, caseCaption(caseId)),
      body,
      path: `${apiCase(caseId)}/transfer`,
      apiBody: (v) => ({ toLa: v.toLa, movedOn: v.movedOn, learnedOn: v.learnedOn }),
      checkAnswers: {
        pageTitle: 'Check the transfer before it is recorded',
        warning:
          'The plan stays this council’s until the new local authority accepts the transfer; then only the case’s history stays readable here.',
      },
      then: () => ({ ...summary(caseId), title: 'Transfer to another local authority recorded' }),
    });
  }

  /** The receiving LA's page: while the transfer is pending, the API lets it read the case and its plan. */
  @Get('transfer/accept')
  @Page('caseworker', 'manager')
  acceptPage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    return this.show(req, res, caseId, acceptTransferSpec(caseId, caseCaption(caseId)));
  }

  @Post('transfer/accept')
  @Page('caseworker', 'manager')
  accept(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: FormBody) {
    return submitStep(this.api, req, res, {
      spec: acceptTransferSpec(caseId, caseCaption(caseId)),
      body,
      path: `${apiCase(caseId)}/transfer/accept`,
      apiBody: (v) => ({ acceptedOn: v.acceptedOn }),
      checkAnswers: {
        pageTitle: 'Check the transfer before accepting it',
        warning:
          'Accepting makes the case this council’s from the date of the transfer, and starts its deadlines to tell the family and to review the plan.',
        confirmText: 'Accept the transfer',
      },
      then: () => ({ ...summary(caseId), title: 'Transfer accepted', text: 'The case is now this council’s.' }),
    });
  }

  /** The new LA's letter to the family, once it has accepted the transfer (Reg 15(4)). */
  @Get('transfer/notice')
  @Page('caseworker', 'manager')
  noticePage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    return this.show(req, res, caseId, transferNoticeSpec(caseId, caseCaption(caseId)));
  }

  @Post('transfer/notice')
  @Page('caseworker', 'manager')
  notice(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: FormBody) {
    return submitStep(this.api, req, res, {
      spec: transferNoticeSpec(caseId, caseCaption(caseId)),
      body,
      path: `${apiCase(caseId)}/transfer/notice`,
      apiBody: (v) => ({ sentOn: v.sentOn }),
      then: () => ({ ...summary(caseId), title: 'Letter about the transfer recorded' }),
    });
  }

  /** The old LA's page while the transfer waits: the family did not move. */
  @Get('transfer/withdraw')
  @Page('caseworker', 'manager')
  withdrawPage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    return this.show(req, res, caseId, withdrawTransferSpec(caseId, caseCaption(caseId)));
  }

  @Post('transfer/withdraw')
  @Page('caseworker', 'manager')
  withdraw(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: FormBody) {
    return submitStep(this.api, req, res, {
      spec: withdrawTransferSpec(caseId, caseCaption(caseId)),
      body,
      path: `${apiCase(caseId)}/transfer/withdraw`,
      apiBody: (v) => ({ withdrawnOn: v.withdrawnOn, reason: v.reason }),
      checkAnswers: { pageTitle: 'Check the withdrawal before it is recorded', warning: WITHDRAW_WARNING },
      then: () => ({ ...summary(caseId), title: 'Transfer withdrawn', text: WITHDRAW_WARNING }),
    });
  }

  @Get('reassessment/exceptions')
  @Page('caseworker', 'manager')
  reassessmentExceptionPage(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    return this.show(req, res, caseId, reassessmentExceptionSpec(caseId, caseCaption(caseId)));
  }

  @Post('reassessment/exceptions')
  @Page('caseworker', 'manager')
  reassessmentException(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FormBody,
  ) {
    return submitStep(this.api, req, res, {
      spec: reassessmentExceptionSpec(caseId, caseCaption(caseId)),
      body,
      path: `${apiCase(caseId)}/reassessment/exceptions`,
      apiBody: (v) => ({
        ground: v.ground,
        from: v.from,
        ...(v.to ? { to: v.to } : {}),
        evidence: v.evidence,
        familyNotified: booleanFrom(typeof v.familyNotified === 'string' ? v.familyNotified : undefined),
      }),
      checkAnswers: {
        pageTitle: 'Check the exception before it is recorded',
        warning: 'The 14 weeks keep their due date and show as excepted, never missed; the new final plan still closes them.',
        confirmText: 'Record the exception',
      },
      then: () => ({ ...summary(caseId), title: 'Exception to the re-assessment timescale recorded' }),
    });
  }
}
