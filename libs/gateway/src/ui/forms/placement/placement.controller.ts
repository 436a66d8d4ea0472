import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient, ApiError } from '../../web/api-client.js';
import { Page, PageController } from '../../web/pages.js';
import { booleanFrom } from './step-form.js';
import { caseCaption, renderStepForm, submitStep } from './step-page.js';
import {
  type SettingOption,
  allocateSpec,
  consultationAnswerSpec,
  consultationSpec,
  directionAppealDecisionSpec,
  directionAppealSpec,
  directionSpec,
  preferencesSpec,
  rankedFrom,
} from './placement.view-model.js';

const api = (caseId: string, path: string) => `/api/v1/cases/${caseId}/placement${path}`;
const tab = (caseId: string) => `/cases/${caseId}/placement`;
type FormBody = Record<string, unknown>;

/** The placement steps on a case (docs/ui.md "Forms"): each posts through the API and returns to the placement tab. */
@PageController()
@Controller('cases/:caseId/placement')
export class PlacementFormsController {
  constructor(private readonly api: ApiClient) {}

  /** The tailored list the family ranks from; none yet (no plan, no need known) is an empty list. */
  private async tailored(req: Request, caseId: string): Promise<SettingOption[]> {
    try {
      return (await this.api.get<{ items: SettingOption[] }>(req, api(caseId, '/tailored-list'))).items;
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) return [];
      throw error;
    }
  }

  /** The council's registry: any of its settings may be consulted or directed (the API refuses a non-academy). */
  private async registry(req: Request): Promise<SettingOption[]> {
    return this.api.get<SettingOption[]>(req, '/api/v1/settings', { la: req.session?.user?.la });
  }

  @Get('preferences')
  @Page('caseworker', 'manager')
  async preferences(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    await renderStepForm(req, res, preferencesSpec(caseId, caseCaption(caseId), await this.tailored(req, caseId)));
  }

  @Post('preferences')
  @Page('caseworker', 'manager')
  async expressPreferences(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FormBody,
  ) {
    await submitStep(this.api, req, res, {
      spec: preferencesSpec(caseId, caseCaption(caseId), await this.tailored(req, caseId)),
      body,
      path: api(caseId, '/preferences'),
      apiBody: (v) => ({ ranked: rankedFrom(v), expressedOn: v.expressedOn }),
      then: () => ({ url: tab(caseId), title: 'Preferences recorded' }),
    });
  }

  @Get('consultations')
  @Page('caseworker', 'manager')
  async consultation(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    await renderStepForm(req, res, consultationSpec(caseId, caseCaption(caseId), await this.registry(req)));
  }

  @Post('consultations')
  @Page('caseworker', 'manager')
  async consult(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FormBody,
  ) {
    await submitStep(this.api, req, res, {
      spec: consultationSpec(caseId, caseCaption(caseId), await this.registry(req)),
      body,
      path: api(caseId, '/consultations'),
      apiBody: (v) => ({ settingId: v.settingId, sentOn: v.sentOn }),
      then: () => ({ url: tab(caseId), title: 'Consultation recorded', text: 'The setting’s 15 days to answer have started.' }),
    });
  }

  @Get('consultations/:consultationId/answer')
  @Page('caseworker', 'manager')
  async answerForm(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('consultationId', ParseUUIDPipe) consultationId: string,
  ) {
    await renderStepForm(req, res, consultationAnswerSpec(caseId, caseCaption(caseId), consultationId));
  }

  @Post('consultations/:consultationId/answer')
  @Page('caseworker', 'manager')
  async answer(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('consultationId', ParseUUIDPipe) consultationId: string,
    @Body() body: FormBody,
  ) {
    await submitStep(this.api, req, res, {
      spec: consultationAnswerSpec(caseId, caseCaption(caseId), consultationId),
      body,
      path: api(caseId, `/consultations/${consultationId}/answer`),
      apiBody: (v) => ({
        answer: v.answer,
        answeredOn: v.answeredOn,
        ...(v.grounds && v.grounds.length > 0 ? { grounds: v.grounds } : {}),
      }),
      then: () => ({ url: tab(caseId), title: 'The setting’s answer is recorded' }),
    });
  }

  @Get('allocate')
  @Page('caseworker', 'manager')
  async allocateForm(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    await renderStepForm(req, res, allocateSpec(caseId, caseCaption(caseId)));
  }

  @Post('allocate')
  @Page('caseworker', 'manager')
  async allocate(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FormBody,
  ) {
    await submitStep(this.api, req, res, {
      spec: allocateSpec(caseId, caseCaption(caseId)),
      body,
      path: api(caseId, '/allocate'),
      apiBody: (v) => ({ decidedOn: v.decidedOn }),
      checkAnswers: { pageTitle: 'Check the allocation before it is recorded', warning: 'The place is taken once recorded.' },
      then: () => ({ url: tab(caseId), title: 'Place allocated' }),
    });
  }

  @Get('direction')
  @Page('caseworker', 'manager')
  async directionForm(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    await renderStepForm(req, res, directionSpec(caseId, caseCaption(caseId), await this.registry(req)));
  }

  @Post('direction')
  @Page('caseworker', 'manager')
  async direct(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FormBody,
  ) {
    await submitStep(this.api, req, res, {
      spec: directionSpec(caseId, caseCaption(caseId), await this.registry(req)),
      body,
      path: api(caseId, '/direction'),
      apiBody: (v) => ({ settingId: v.settingId, directedOn: v.directedOn, reason: v.reason }),
      checkAnswers: { pageTitle: 'Check the direction before it is recorded' },
      then: () => ({ url: tab(caseId), title: 'Direction recorded' }),
    });
  }

  @Get('direction/appeal')
  @Page('caseworker', 'manager')
  async directionAppealForm(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    await renderStepForm(req, res, directionAppealSpec(caseId, caseCaption(caseId)));
  }

  @Post('direction/appeal')
  @Page('caseworker', 'manager')
  async lodge(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string, @Body() body: FormBody) {
    await submitStep(this.api, req, res, {
      spec: directionAppealSpec(caseId, caseCaption(caseId)),
      body,
      path: api(caseId, '/direction/appeal'),
      apiBody: (v) => ({ lodgedOn: v.lodgedOn }),
      then: () => ({ url: tab(caseId), title: 'The trust’s appeal is recorded' }),
    });
  }

  @Get('direction/appeal/decision')
  @Page('caseworker', 'manager')
  async decisionForm(@Req() req: Request, @Res() res: Response, @Param('caseId', ParseUUIDPipe) caseId: string) {
    await renderStepForm(req, res, directionAppealDecisionSpec(caseId, caseCaption(caseId)));
  }

  @Post('direction/appeal/decision')
  @Page('caseworker', 'manager')
  async decide(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: FormBody,
  ) {
    await submitStep(this.api, req, res, {
      spec: directionAppealDecisionSpec(caseId, caseCaption(caseId)),
      body,
      path: api(caseId, '/direction/appeal/decision'),
      apiBody: (v) => ({ upheld: booleanFrom(v.upheld as string | undefined), decidedOn: v.decidedOn }),
      checkAnswers: { pageTitle: 'Check the adjudicator’s decision before it is recorded' },
      then: () => ({ url: tab(caseId), title: 'The adjudicator’s decision is recorded' }),
    });
  }
}
