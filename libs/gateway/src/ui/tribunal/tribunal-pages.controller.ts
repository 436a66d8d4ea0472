import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import type { ReadableStream as WebStream } from 'node:stream/web';
import { ApiClient, ApiError } from '../web/api-client.js';
import { Page, PageController, PublicPage, renderPage } from '../web/pages.js';
import {
  type BundleCheckAnswer,
  type CheckRefusal,
  type DownloadedBundle,
  bundleCheckModel,
  bundlePageModel,
  codeOf,
  withDownload,
} from './bundle.view-model.js';

declare module '../web/session.js' {
  interface SessionData {
    /** The codes of the bundles downloaded in this session, newest first, for the bundle page to show. */
    bundles?: DownloadedBundle[];
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function caseIdOf(value: string): string {
  if (!UUID.test(value)) throw new ApiError({ status: 404, code: 'UI.NOT_FOUND' });
  return value.toLowerCase();
}

/**
 * The tribunal bundle through the pages (docs/api.md "The tribunal bundle"). The browser holds a session,
 * not a bearer token, so the page fetches the PDF from the API with the user's token and streams it on;
 * the API's `X-Verification-Code` is kept in the session for the bundle page to show.
 */
@PageController()
@Controller()
export class TribunalPagesController {
  constructor(private readonly api: ApiClient) {}

  @Get('cases/:caseId/bundle')
  @Page('tribunal', 'auditor')
  async bundle(@Req() req: Request, @Res() res: Response, @Param('caseId') id: string) {
    const caseId = caseIdOf(id);
    // Ask for the case first, so that a case the user may not see is refused here as in the API.
    await this.api.get(req, `/api/v1/cases/${caseId}`);
    await renderPage(req, res, 'tribunal/bundle.njk', bundlePageModel(caseId, req.session?.bundles));
  }

  @Get('cases/:caseId/bundle/download')
  @Page('tribunal', 'auditor')
  async download(@Req() req: Request, @Res() res: Response, @Param('caseId') id: string) {
    const caseId = caseIdOf(id);
    const answer = await this.api.fetch(req, `/api/v1/cases/${caseId}/bundle.pdf`);
    if (!answer.ok || !answer.body) {
      const problem = (await answer.json().catch(() => ({}))) as { code?: string; detail?: string };
      throw new ApiError({ status: answer.status, code: problem.code ?? `HTTP.${answer.status}`, detail: problem.detail });
    }
    const code = answer.headers.get('x-verification-code') ?? '';
    if (req.session && code) {
      req.session.bundles = withDownload(req.session.bundles, { caseId, code, at: new Date().toISOString() });
      await req.session.save();
    }
    res.status(200);
    res.setHeader('content-type', 'application/pdf');
    res.setHeader(
      'content-disposition',
      answer.headers.get('content-disposition')?.replace(/^inline/, 'attachment') ?? 'attachment',
    );
    if (code) res.setHeader('x-verification-code', code);
    Readable.fromWeb(answer.body as WebStream<Uint8Array>)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  /**
   * Anyone may open this page and check a code: the API's check (`GET /api/v1/bundles/{code}`) is public and
   * carries no personal data. A signed-in case reader's token goes with it (streams named in full).
   */
  @Get('bundles/check')
  @PublicPage()
  async check(@Req() req: Request, @Res() res: Response, @Query('code') typed?: unknown) {
    const signedIn = Boolean(req.session?.user);
    if (typed === undefined) return renderPage(req, res, 'tribunal/bundle-check.njk', bundleCheckModel({ signedIn }));
    const code = codeOf(typed);
    if (!code) return renderPage(req, res, 'tribunal/bundle-check.njk', bundleCheckModel({ signedIn, missing: true }), 400);
    try {
      const answer = await this.api.get<BundleCheckAnswer>(req, `/api/v1/bundles/${encodeURIComponent(code)}`);
      await renderPage(req, res, 'tribunal/bundle-check.njk', bundleCheckModel({ signedIn, typed: code, answer }));
    } catch (error) {
      const refused = refusalOf(error);
      await renderPage(
        req,
        res,
        'tribunal/bundle-check.njk',
        bundleCheckModel({ signedIn, typed: code, refused }),
        (error as ApiError).status,
      );
    }
  }
}

function refusalOf(error: unknown): CheckRefusal {
  if (!(error instanceof ApiError)) throw error;
  if (error.status === 401) return 'sign-in';
  if (error.status === 403) return 'not-visible';
  if (error.status === 404 || error.status === 400) return 'unknown';
  throw error;
}
