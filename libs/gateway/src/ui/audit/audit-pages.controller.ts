import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient, ApiError } from '../web/api-client.js';
import { type FormErrors, formErrorsFrom } from '../web/forms.js';
import { Page, PageController, redirectTo, renderPage } from '../web/pages.js';
import {
  type AccessLogAnswer,
  type DiffAnswer,
  INSTANT_FIELDS,
  INSTANT_LABELS,
  type ReplayAnswer,
  type VerifyAnswer,
  accessLogModel,
  caseQueryOf,
  diffModel,
  findCaseModel,
  replayModel,
  verifyModel,
} from './audit.view-model.js';
import { instantFrom, isEmpty, mergeErrors, typedInstant } from './instant.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A case id in the address that cannot be one is a page not found, before the API is asked. */
function caseIdOf(value: string): string {
  if (!UUID.test(value)) throw new ApiError({ status: 404, code: 'UI.NOT_FOUND' });
  return value.toLowerCase();
}

const roleOf = (req: Request): string | undefined => req.session?.user?.role;

/** The API's 400 for an instant, in the form's words; anything else is an error page. */
function instantErrors(error: unknown): FormErrors {
  if (!(error instanceof ApiError) || error.status !== 400) throw error;
  return formErrorsFrom(error, INSTANT_FIELDS, 'asOf', INSTANT_LABELS);
}

/**
 * The auditor's pages (docs/ui.md; docs/api.md "Audit"): replay, its diff, verify and the access log, each a
 * GET (reading changes nothing, so the forms are GET forms that can be bookmarked and need no CSRF token).
 * The API logs every auditor's read in the case's access log.
 */
@PageController()
@Controller()
export class AuditPagesController {
  constructor(private readonly api: ApiClient) {}

  @Get('cases/:caseId/replay')
  @Page('auditor', 'manager')
  async replay(@Req() req: Request, @Res() res: Response, @Param('caseId') id: string, @Query() query: Record<string, unknown>) {
    const caseId = caseIdOf(id);
    const typed = typedInstant(query, 'asOf');
    if (isEmpty(typed)) return renderPage(req, res, 'audit/replay.njk', replayModel(caseId, { role: roleOf(req) }));
    const instant = instantFrom(typed, 'asOf', 'to replay the case as of');
    if (instant.errors)
      return renderPage(
        req,
        res,
        'audit/replay.njk',
        replayModel(caseId, { typed, errors: instant.errors, role: roleOf(req) }),
        400,
      );
    try {
      const answer = await this.api.get<ReplayAnswer>(req, `/api/v1/cases/${caseId}/replay`, { asOf: instant.iso });
      await renderPage(req, res, 'audit/replay.njk', replayModel(caseId, { typed, answer, role: roleOf(req) }));
    } catch (error) {
      await renderPage(
        req,
        res,
        'audit/replay.njk',
        replayModel(caseId, { typed, errors: instantErrors(error), role: roleOf(req) }),
        400,
      );
    }
  }

  @Get('cases/:caseId/replay/diff')
  @Page('auditor', 'manager')
  async diff(@Req() req: Request, @Res() res: Response, @Param('caseId') id: string, @Query() query: Record<string, unknown>) {
    const caseId = caseIdOf(id);
    const from = typedInstant(query, 'from');
    const to = typedInstant(query, 'to');
    if (isEmpty(from) && isEmpty(to))
      return renderPage(req, res, 'audit/replay-diff.njk', diffModel(caseId, { role: roleOf(req) }));
    const start = instantFrom(from, 'from', 'to compare from');
    const end = instantFrom(to, 'to', 'to compare to');
    const errors = mergeErrors(start.errors, end.errors);
    if (errors || !start.iso || !end.iso) {
      return renderPage(req, res, 'audit/replay-diff.njk', diffModel(caseId, { from, to, errors, role: roleOf(req) }), 400);
    }
    try {
      const answer = await this.api.get<DiffAnswer>(req, `/api/v1/cases/${caseId}/replay/diff`, { from: start.iso, to: end.iso });
      await renderPage(req, res, 'audit/replay-diff.njk', diffModel(caseId, { from, to, answer, role: roleOf(req) }));
    } catch (error) {
      await renderPage(
        req,
        res,
        'audit/replay-diff.njk',
        diffModel(caseId, { from, to, errors: instantErrors(error), role: roleOf(req) }),
        400,
      );
    }
  }

  @Get('cases/:caseId/verify')
  @Page('auditor', 'manager')
  async verify(@Req() req: Request, @Res() res: Response, @Param('caseId') id: string) {
    const caseId = caseIdOf(id);
    const answer = await this.api.get<VerifyAnswer>(req, `/api/v1/cases/${caseId}/verify`);
    await renderPage(req, res, 'audit/verify.njk', verifyModel(caseId, answer, roleOf(req)));
  }

  @Get('cases/:caseId/access-log')
  @Page('auditor', 'manager')
  async accessLog(@Req() req: Request, @Res() res: Response, @Param('caseId') id: string) {
    const caseId = caseIdOf(id);
    const answer = await this.api.get<AccessLogAnswer>(req, `/api/v1/cases/${caseId}/access-log`);
    await renderPage(req, res, 'audit/access-log.njk', accessLogModel(caseId, answer, roleOf(req)));
  }

  /**
   * Finding a case to verify. The API verifies one case at a time and has no search by reference, so a
   * reference is looked for in the case list the user may see; the whole store is verified by the
   * auditor's tool (docs/audit-export.md), which the page names.
   */
  @Get('audit/verify')
  @Page('auditor', 'manager')
  async find(@Req() req: Request, @Res() res: Response, @Query('case') typed?: string) {
    if (typed === undefined) return renderPage(req, res, 'audit/find-case.njk', findCaseModel({}));
    const found = caseQueryOf(typeof typed === 'string' ? typed : undefined);
    if (!found) return renderPage(req, res, 'audit/find-case.njk', findCaseModel({ missing: true }), 400);
    if ('invalid' in found) return renderPage(req, res, 'audit/find-case.njk', findCaseModel({ typed, invalid: true }), 400);
    const caseId = 'id' in found ? found.id : await this.caseByReference(req, found.reference);
    if (!caseId) return renderPage(req, res, 'audit/find-case.njk', findCaseModel({ typed, notFound: true }), 404);
    await redirectTo(req, res, `/cases/${caseId}/verify`);
  }

  private async caseByReference(req: Request, reference: string): Promise<string | undefined> {
    const pageSize = 200;
    for (let page = 1; page <= 50; page++) {
      const list = await this.api.get<{ items: { caseId: string }[]; total: number }>(req, '/api/v1/cases', { page, pageSize });
      const hit = list.items.find((c) => c.caseId.slice(0, 8).toUpperCase() === reference);
      if (hit) return hit.caseId;
      if (page * pageSize >= list.total) return undefined;
    }
    return undefined;
  }
}
