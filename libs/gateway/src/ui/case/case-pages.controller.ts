import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { TimelineEntry } from '@send/kernel';
import { councilNameOf } from '../councils.js';
import { ApiClient, ApiError } from '../web/api-client.js';
import type { UiSettings } from '../web/layout.js';
import { Page, PageController, renderPage } from '../web/pages.js';
import type {
  CaseDeadline,
  CaseDisputes,
  CaseFunding,
  CaseSummary,
  CaseTimeline,
  PlacementState,
  PlanAnswer,
  PlanVersionAnswer,
  TailoredList,
} from './case-api.js';
import { caseDeadlinesModel } from './deadlines.view-model.js';
import { caseDisputesModel } from './disputes.view-model.js';
import { caseFundingModel } from './funding.view-model.js';
import { casePlacementModel } from './placement.view-model.js';
import { casePlanModel } from './plan.view-model.js';
import { type AttachmentAnswer, attachmentPlaceOf, sectionAttachmentsModel } from '../attachments/attachments.view-model.js';
import { newFormKey } from '../web/forms.js';
import { caseSummaryModel } from './summary.view-model.js';
import { caseTimelineModel, kindsFrom } from './timeline.view-model.js';

const READERS = ['caseworker', 'manager', 'auditor', 'tribunal'] as const;

/**
 * The case overview (docs/ui.md "Screens"): one page per tab, each read from the public API with the user's
 * own token, so the API's role and LA checks decide who sees a case (another LA's case is its 403 or 404,
 * shown as the error page). Read-only: the forms the Actions panel links to are pages of their own.
 */
@PageController()
@Controller('cases/:caseId')
export class CasePagesController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  @Page(...READERS)
  async summary(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    const summary = await this.caseSummary(req, caseId);
    const settings = res.locals.ui as UiSettings | undefined;
    const model = caseSummaryModel(summary, {
      role: req.session?.user?.role,
      la: req.session?.user?.la,
      councilName: councilNameOf(summary.la, settings?.councilNames),
    });
    await renderPage(req, res, 'case/summary.njk', model);
  }

  @Get('deadlines')
  @Page(...READERS)
  async deadlines(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    const [summary, deadlines] = await Promise.all([
      this.caseSummary(req, caseId),
      this.api.get<CaseDeadline[]>(req, `${api(caseId)}/deadlines`),
    ]);
    // The evidence of an exception is on the timeline, so it is read only when a deadline was excepted.
    const timeline = deadlines.some((d) => d.exception)
      ? (await this.api.get<CaseTimeline>(req, `${api(caseId)}/timeline`, { kinds: 'deadline' })).entries
      : [];
    await renderPage(req, res, 'case/deadlines.njk', caseDeadlinesModel(summary, deadlines, timeline));
  }

  @Get('timeline')
  @Page(...READERS)
  async timeline(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string, @Query('kinds') kinds: unknown) {
    const wanted = kindsFrom(kinds);
    const [summary, timeline] = await Promise.all([
      this.caseSummary(req, caseId),
      this.api.get<CaseTimeline>(req, `${api(caseId)}/timeline`, { kinds: wanted.join(',') || undefined }),
    ]);
    await renderPage(req, res, 'case/timeline.njk', caseTimelineModel(summary, timeline.entries as TimelineEntry[], wanted));
  }

  @Get('plan')
  @Page(...READERS)
  async plan(
    @Req() req: Request,
    @Res() res: Response,
    @Param('caseId') caseId: string,
    @Query('attachmentError') error: unknown,
    @Query('attachments') place: unknown,
  ) {
    const [summary, plan, attachments] = await Promise.all([
      this.caseSummary(req, caseId),
      orNone(this.api.get<PlanAnswer>(req, `${api(caseId)}/plan`), 404),
      this.api.get<AttachmentAnswer[]>(req, `${api(caseId)}/attachments`),
    ]);
    const role = req.session?.user?.role;
    await renderPage(req, res, 'case/plan.njk', {
      ...casePlanModel(summary, plan, { role }),
      attachments: sectionAttachmentsModel(caseId, attachments, {
        role,
        formKey: newFormKey,
        error,
        section: attachmentPlaceOf(place),
      }),
    });
  }

  @Get('plan/versions/:n')
  @Page(...READERS)
  async planVersion(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string, @Param('n') n: string) {
    const [summary, version, current] = await Promise.all([
      this.caseSummary(req, caseId),
      this.api.get<PlanVersionAnswer>(req, `${api(caseId)}/plan/versions/${encodeURIComponent(n)}`),
      orNone(this.api.get<PlanVersionAnswer>(req, `${api(caseId)}/plan`), 404),
    ]);
    const model = casePlanModel(summary, version, { versionPage: true, versions: current?.versions });
    await renderPage(req, res, 'case/plan.njk', model);
  }

  @Get('placement')
  @Page(...READERS)
  async placement(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    const [summary, tailored, placement] = await Promise.all([
      this.caseSummary(req, caseId),
      // 400 while the child's primary need is not known (no plan yet): no list to show.
      orNone(this.api.get<TailoredList>(req, `${api(caseId)}/placement/tailored-list`), 400),
      // The placement's own read route, never the auditor's replay (which the access log records).
      this.api.get<PlacementState>(req, `${api(caseId)}/placement`),
    ]);
    const model = casePlacementModel(summary, tailored, placement, { role: req.session?.user?.role });
    await renderPage(req, res, 'case/placement.njk', model);
  }

  @Get('disputes')
  @Page(...READERS)
  async disputes(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    const [summary, disputes, deadlines] = await Promise.all([
      this.caseSummary(req, caseId),
      this.api.get<CaseDisputes>(req, `${api(caseId)}/disputes`),
      this.api.get<CaseDeadline[]>(req, `${api(caseId)}/deadlines`),
    ]);
    const model = caseDisputesModel(summary, disputes, deadlines, { role: req.session?.user?.role });
    await renderPage(req, res, 'case/disputes.njk', model);
  }

  @Get('funding')
  @Page(...READERS)
  async funding(@Req() req: Request, @Res() res: Response, @Param('caseId') caseId: string) {
    const [summary, funding] = await Promise.all([
      this.caseSummary(req, caseId),
      orNone(this.api.get<CaseFunding>(req, `${api(caseId)}/funding`), 404),
    ]);
    await renderPage(req, res, 'case/funding.njk', caseFundingModel(summary, funding, { role: req.session?.user?.role }));
  }

  private caseSummary(req: Request, caseId: string): Promise<CaseSummary> {
    return this.api.get<CaseSummary>(req, api(caseId));
  }
}

const api = (caseId: string) => `/api/v1/cases/${encodeURIComponent(caseId)}`;

/** An answer that may lawfully be absent (no plan yet, not priced yet): undefined for that one status. */
async function orNone<T>(answer: Promise<T>, status: number): Promise<T | undefined> {
  try {
    return await answer;
  } catch (error) {
    if (error instanceof ApiError && error.status === status) return undefined;
    throw error;
  }
}
