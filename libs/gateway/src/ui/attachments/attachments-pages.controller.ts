import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { ApiClient, ApiError } from '../web/api-client.js';
import { formKeyOf, textOf } from '../web/forms.js';
import { attachmentPlaceOf } from './attachments.view-model.js';
import { Page, PageController, redirectTo } from '../web/pages.js';

type FormBody = Record<string, unknown>;
const apiCase = (caseId: string) => `/api/v1/cases/${caseId}`;
/** The plan page showing one place's photos and videos. */
const planPage = (caseId: string, place: string) => `/cases/${caseId}/plan?attachments=${place}#attachments`;

/** Who may add or withdraw; every reader may see them (the API checks both again). */
const WRITERS = ['caseworker', 'manager'] as const;
const READERS = ['caseworker', 'manager', 'auditor', 'tribunal'] as const;

/** The file as multer holds it for the page, on its way to the API. */
interface PageUpload {
  readonly buffer: Buffer;
  readonly mimetype: string;
  readonly originalname: string;
}

/**
 * Photos and videos of a plan section from the plan page (docs/ui.md "Attachments"): the upload and the
 * withdrawal go through the API like every page form, and the bytes the page shows come from the API too,
 * with the signed-in user's token, so the API's role, LA and access-log checks apply to every image shown.
 */
@PageController()
@Controller('cases/:caseId/attachments')
export class AttachmentsPagesController {
  constructor(private readonly api: ApiClient) {}

  @Post()
  @Page(...WRITERS)
  @UseInterceptors(FileInterceptor('file'))
  async upload(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @UploadedFile() file: PageUpload | undefined,
    @Body() body: FormBody,
  ) {
    const form = new FormData();
    const place = attachmentPlaceOf(textOf(body, 'section'));
    const caption = textOf(body, 'caption');
    if (place !== 'case') form.set('section', place);
    if (caption) form.set('caption', caption);
    // The file's own name stays here: the API never receives it, so no record can hold it.
    if (file && file.buffer.length > 0) form.set('file', new Blob([file.buffer], { type: file.mimetype }), 'upload');
    try {
      await this.api.upload(req, `${apiCase(caseId)}/attachments`, form, formKeyOf(body));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500 || [401, 403, 404, 409].includes(error.status)) throw error;
      const code = error.status === 400 ? 'NO_FILE' : error.problem.code;
      return redirectTo(
        req,
        res,
        `/cases/${caseId}/plan?attachments=${place}&attachmentError=${encodeURIComponent(code)}#attachments`,
      );
    }
    return redirectTo(req, res, planPage(caseId, place), {
      title: 'File added',
      text: place === 'case' ? 'It is shown with the case as a whole.' : `It is shown in section ${place}.`,
    });
  }

  @Post(':attachmentId/withdrawal')
  @Page(...WRITERS)
  async withdraw(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
    @Body() body: FormBody,
  ) {
    const reason = textOf(body, 'reason') ?? 'Withdrawn from the plan page';
    await this.api.post(req, `${apiCase(caseId)}/attachments/${attachmentId}/withdrawal`, { reason }, formKeyOf(body));
    return redirectTo(req, res, planPage(caseId, attachmentPlaceOf(textOf(body, 'section'))), {
      title: 'File withdrawn',
      text: 'It is no longer shown; the record keeps it.',
    });
  }

  @Get(':attachmentId')
  @Page(...READERS)
  async content(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ) {
    const answer = await this.api.fetch(req, `${apiCase(caseId)}/attachments/${attachmentId}/content`);
    if (!answer.ok) throw new ApiError({ status: answer.status, code: `HTTP.${answer.status}` });
    res.setHeader('Content-Type', answer.headers.get('content-type') ?? 'application/octet-stream');
    res.setHeader('Content-Disposition', answer.headers.get('content-disposition') ?? 'inline');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(Buffer.from(await answer.arrayBuffer()));
  }
}
