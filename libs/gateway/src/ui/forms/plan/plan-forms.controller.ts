import { Body, Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient } from '../../web/api-client.js';
import { formKeyOf, newFormKey } from '../../web/forms.js';
import { Page, PageController, renderPage } from '../../web/pages.js';
import { showCaseForm, submitCaseForm } from '../assessment/case-form.js';
import { draftForm, isItemEdit } from './draft.view-model.js';
import { finalForm } from './final.view-model.js';
import { representationsForm } from './representations.view-model.js';

/**
 * The plan's forms (docs/ui.md "Forms"): the draft plan (section F built one item at a time), the family's
 * representations and the final plan. Each posts through the API (ApiClient).
 */
@PageController()
@Controller('cases/:caseId/plan')
export class PlanFormsController {
  constructor(private readonly api: ApiClient) {}

  @Get('draft')
  @Page('caseworker', 'manager')
  draftPage(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    return showCaseForm(this.api, req, res, draftForm, { caseId });
  }

  @Post('draft')
  @Page('caseworker', 'manager')
  async draft(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string, @Body() body: Record<string, unknown>) {
    // Adding or removing an item of section F only re-renders the form: nothing is recorded yet.
    if (isItemEdit(body)) {
      return renderPage(
        req,
        res,
        draftForm.view,
        draftForm.model({ caseId }, draftForm.read(body), formKeyOf(body) ?? newFormKey()),
      );
    }
    return submitCaseForm(this.api, req, res, draftForm, { caseId }, body);
  }

  @Get('representations')
  @Page('caseworker', 'manager')
  representationsPage(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    return showCaseForm(this.api, req, res, representationsForm, { caseId });
  }

  @Post('representations')
  @Page('caseworker', 'manager')
  representations(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Body() body: Record<string, unknown>,
  ) {
    return submitCaseForm(this.api, req, res, representationsForm, { caseId }, body);
  }

  @Get('final')
  @Page('caseworker', 'manager')
  finalPage(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    return showCaseForm(this.api, req, res, finalForm, { caseId });
  }

  @Post('final')
  @Page('caseworker', 'manager')
  final(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string, @Body() body: Record<string, unknown>) {
    return submitCaseForm(this.api, req, res, finalForm, { caseId }, body);
  }
}
