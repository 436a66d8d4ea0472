import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../web/api-client.js';
import { Page, PageController } from '../../web/pages.js';
import { adviceReceivedForm, adviceRequestForm } from './advice.view-model.js';
import { showCaseForm, submitCaseForm } from './case-form.js';
import { decisionForm } from './decision.view-model.js';
import { exceptionForm } from './exception.view-model.js';
import { outcomeForm } from './outcome.view-model.js';

/**
 * The assessment's forms (docs/ui.md "Forms"): the decision whether to assess, advice asked for and
 * received, exceptions to the timescales and the outcome. Each posts through the API (ApiClient).
 */
@PageController()
@Controller('cases/:caseId/assessment')
export class AssessmentFormsController {
  constructor(private readonly api: ApiClient) {}

  @Get('decision')
  @Page('caseworker', 'manager')
  decisionPage(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    return showCaseForm(this.api, req, res, decisionForm, { caseId });
  }

  @Post('decision')
  @Page('caseworker', 'manager')
  decide(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string, @Body() body: Record<string, unknown>) {
    return submitCaseForm(this.api, req, res, decisionForm, { caseId }, body);
  }

  @Get('advice')
  @Page('caseworker', 'manager')
  advicePage(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    return showCaseForm(this.api, req, res, adviceRequestForm, { caseId });
  }

  @Post('advice')
  @Page('caseworker', 'manager')
  requestAdvice(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Body() body: Record<string, unknown>,
  ) {
    return submitCaseForm(this.api, req, res, adviceRequestForm, { caseId }, body);
  }

  @Get('advice/:adviceId/received')
  @Page('caseworker', 'manager')
  adviceReceivedPage(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Param('adviceId') adviceId: string,
  ) {
    return showCaseForm(this.api, req, res, adviceReceivedForm, { caseId, adviceId });
  }

  @Post('advice/:adviceId/received')
  @Page('caseworker', 'manager')
  receiveAdvice(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Param('adviceId') adviceId: string,
    @Body() body: Record<string, unknown>,
  ) {
    return submitCaseForm(this.api, req, res, adviceReceivedForm, { caseId, adviceId }, body);
  }

  @Get('exceptions')
  @Page('caseworker', 'manager')
  exceptionPage(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    return showCaseForm(this.api, req, res, exceptionForm, { caseId });
  }

  @Post('exceptions')
  @Page('caseworker', 'manager')
  recordException(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Body() body: Record<string, unknown>,
  ) {
    return submitCaseForm(this.api, req, res, exceptionForm, { caseId }, body);
  }

  @Get('outcome')
  @Page('caseworker', 'manager')
  outcomePage(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    return showCaseForm(this.api, req, res, outcomeForm, { caseId });
  }

  @Post('outcome')
  @Page('caseworker', 'manager')
  decideOutcome(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Body() body: Record<string, unknown>,
  ) {
    return submitCaseForm(this.api, req, res, outcomeForm, { caseId }, body);
  }
}
