import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { caseReferenceOf } from '@send/kernel';
import { ApiClient, ApiError } from '../web/api-client.js';
import { dateFromParts, formErrorsFrom, formKeyOf, newFormKey, textOf } from '../web/forms.js';
import { Page, PageController, redirectTo, renderPage } from '../web/pages.js';
import { NEW_REQUEST_FIELDS, NEW_REQUEST_LABELS, type NewRequestValues, newRequestModel } from './new-request.view-model.js';

/** Recording a request for an EHC needs assessment: the case starts here (docs/ui.md "Forms"). */
@PageController()
@Controller('cases/new')
export class NewRequestController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  @Page('caseworker', 'manager')
  async form(@Req() req: Request, @Res() res: Response) {
    await renderPage(req, res, 'cases/new-request.njk', newRequestModel({}, newFormKey()));
  }

  @Post()
  @Page('caseworker', 'manager')
  async submit(@Req() req: Request, @Res() res: Response, @Body() body: Record<string, unknown>) {
    const values: NewRequestValues = {
      givenName: textOf(body, 'givenName'),
      familyName: textOf(body, 'familyName'),
      dateOfBirth: dateFromParts(body, 'dateOfBirth'),
      requestedBy: textOf(body, 'requestedBy'),
      receivedOn: dateFromParts(body, 'receivedOn'),
    };
    try {
      const created = await this.api.post<{ caseId: string }>(
        req,
        '/api/v1/cases',
        {
          child: { givenName: values.givenName, familyName: values.familyName, dateOfBirth: values.dateOfBirth },
          la: req.session?.user?.la,
          requestedBy: values.requestedBy,
          receivedOn: values.receivedOn,
        },
        formKeyOf(body),
      );
      await redirectTo(req, res, `/cases/${created.caseId}`, {
        title: `Request recorded: case ${caseReferenceOf(created.caseId)}`,
        text: 'The 6-week clock for the decision whether to assess has started.',
      });
    } catch (error) {
      if (!(error instanceof ApiError) || ![400, 422].includes(error.status)) throw error;
      const errors = formErrorsFrom(error, NEW_REQUEST_FIELDS, 'receivedOn', NEW_REQUEST_LABELS);
      await renderPage(req, res, 'cases/new-request.njk', newRequestModel(values, newFormKey(), errors), error.status);
    }
  }
}
