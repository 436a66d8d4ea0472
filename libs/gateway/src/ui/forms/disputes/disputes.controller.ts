import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../web/api-client.js';
import { Page, PageController } from '../../web/pages.js';
import type { StepFormSpec } from '../placement/step-form.js';
import { caseCaption, renderStepForm, submitStep } from '../placement/step-page.js';
import { appealSpec, certificateSpec, mediationStepSpec, newDisputeSpec, orderSpec } from './disputes.view-model.js';

type FormBody = Record<string, unknown>;
const tab = (caseId: string) => `/cases/${caseId}/disputes`;
const api = (caseId: string, disputeId: string, path: string) => `/api/v1/cases/${caseId}/disputes/${disputeId}${path}`;

/**
 * Disagreements, mediation and the tribunal on a case (docs/ui.md "Forms"): each posts through the API and
 * returns to the disputes tab. Whether an appeal needs a certificate is the API's to say (its 422 is shown).
 */
@PageController()
@Controller('cases/:caseId/disputes')
export class DisputesFormsController {
  constructor(private readonly api: ApiClient) {}

  @Get('new')
  @Page('caseworker', 'manager')
  async newForm(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    await renderStepForm(req, res, newDisputeSpec(caseId, caseCaption(caseId)));
  }

  @Post('new')
  @Page('caseworker', 'manager')
  async raise(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: FormBody) {
    await submitStep(this.api, req, res, {
      spec: newDisputeSpec(caseId, caseCaption(caseId)),
      body,
      path: `/api/v1/cases/${caseId}/disputes`,
      apiBody: (v) => ({ about: v.about, decisionLetterOn: v.decisionLetterOn, raisedOn: v.raisedOn }),
      then: () => ({ url: tab(caseId), title: 'Disagreement recorded' }),
    });
  }

  @Get(':disputeId/:step')
  @Page('caseworker', 'manager')
  async stepForm(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('disputeId', ParseUUIDPipe) disputeId: string,
    @Param('step') step: string,
  ) {
    await renderStepForm(req, res, this.spec(caseId, disputeId, step));
  }

  @Post(':disputeId/:step')
  @Page('caseworker', 'manager')
  async record(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('disputeId', ParseUUIDPipe) disputeId: string,
    @Param('step') step: string,
    @Body() body: FormBody,
  ) {
    const spec = this.spec(caseId, disputeId, step);
    const path = api(caseId, disputeId, `/${step}`);
    const back = () => ({ url: tab(caseId) });
    if (step === 'mediation')
      return submitStep(this.api, req, res, {
        spec,
        body,
        path,
        apiBody: (v) => ({ event: v.event, on: v.on, ...(v.notes ? { notes: v.notes } : {}) }),
        then: () => ({ ...back(), title: 'Mediation step recorded' }),
      });
    if (step === 'certificate')
      return submitStep(this.api, req, res, {
        spec,
        body,
        path,
        apiBody: (v) => ({ issuedOn: v.issuedOn }),
        then: () => ({ ...back(), title: 'Mediation certificate recorded' }),
      });
    if (step === 'appeal')
      return submitStep(this.api, req, res, {
        spec,
        body,
        path,
        apiBody: (v) => ({
          registeredOn: v.registeredOn,
          ...((v.extensionGranted ?? []).includes('yes') ? { extensionGranted: true } : {}),
        }),
        then: () => ({ ...back(), title: 'Appeal recorded' }),
      });
    return submitStep(this.api, req, res, {
      spec,
      body,
      path,
      apiBody: (v) => ({ order: v.order, madeOn: v.madeOn }),
      checkAnswers: {
        pageTitle: 'Check the tribunal order before it is recorded',
        warning: 'Recording the order starts the council’s deadlines to comply with it.',
      },
      then: () => ({ ...back(), title: 'Tribunal order recorded' }),
    });
  }

  private spec(caseId: string, disputeId: string, step: string): StepFormSpec {
    const caption = caseCaption(caseId);
    switch (step) {
      case 'mediation':
        return mediationStepSpec(caseId, caption, disputeId);
      case 'certificate':
        return certificateSpec(caseId, caption, disputeId);
      case 'appeal':
        return appealSpec(caseId, caption, disputeId);
      case 'orders':
        return orderSpec(caseId, caption, disputeId);
      default:
        throw new NotFoundException();
    }
  }
}
