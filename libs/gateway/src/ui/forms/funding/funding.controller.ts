import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../web/api-client.js';
import { Page, PageController } from '../../web/pages.js';
import { penceFrom } from '../placement/step-form.js';
import { caseCaption, renderStepForm, submitStep } from '../placement/step-page.js';
import { adjustmentSpec } from './funding.view-model.js';

/**
 * The one funding write on a case (docs/ui.md "Forms"): a local adjustment to the top-up. Whether the plan is
 * priced and the approver differs is the API's to say (FUNDING.PLAN_NOT_PRICED, FUNDING.APPROVER_MUST_DIFFER).
 */
@PageController()
@Controller('cases/:caseId/funding/adjustments')
export class FundingFormsController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  @Page('caseworker', 'manager')
  async form(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    await renderStepForm(req, res, adjustmentSpec(caseId, caseCaption(caseId)));
  }

  @Post()
  @Page('caseworker', 'manager')
  async apply(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: Record<string, unknown>,
  ) {
    await submitStep(this.api, req, res, {
      spec: adjustmentSpec(caseId, caseCaption(caseId)),
      body,
      path: `/api/v1/cases/${caseId}/funding/adjustments`,
      apiBody: (v) => ({
        amountPence: penceFrom(v.amount as string | undefined),
        reason: v.reason,
        approvedBy: v.approvedBy,
        approvedOn: v.approvedOn,
      }),
      checkAnswers: { pageTitle: 'Check the adjustment before it is applied' },
      then: () => ({ url: `/cases/${caseId}/funding`, title: 'Local adjustment applied' }),
    });
  }
}
