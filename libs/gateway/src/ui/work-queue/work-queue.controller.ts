import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CLOCK, type Clock } from '@send/kernel';
import { todayInEngland } from '@send/statutory';
import { ApiClient, ApiError } from '../web/api-client.js';
import { dateFromParts, formErrorsFrom, textOf } from '../web/forms.js';
import { homePathFor } from '../web/layout.js';
import { Page, PageController, redirectTo, renderPage } from '../web/pages.js';
import {
  type CaseListPage,
  QUEUE_PAGE_SIZE,
  type QueueFilters,
  WORK_QUEUE_FIELDS,
  WORK_QUEUE_LABELS,
  workQueueModel,
} from './work-queue.view-model.js';

const NATIONAL = new Set(['auditor', 'tribunal']);

/**
 * The work queue (docs/api.md "The case list"): the page after sign-in. The API filters, sorts by the next
 * deadline and pages (GET /api/v1/cases?sort=next-deadline&open=true); the filter form is a plain GET form.
 */
@PageController()
@Controller()
export class WorkQueueController {
  constructor(
    private readonly api: ApiClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Page('caseworker', 'manager', 'auditor', 'tribunal', 'regions')
  async queue(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>) {
    // The regions group sees no case (the API refuses it every case route): its home is the dashboards.
    const home = homePathFor(req.session?.user?.role);
    if (home !== '/') return redirectTo(req, res, home);
    const filters: QueueFilters = {
      ref: textOf(query, 'ref'),
      stage: textOf(query, 'stage'),
      rule: textOf(query, 'rule'),
      dueBefore: dateFromParts(query, 'dueBefore'),
    };
    const dueBeforeParts = {
      day: textOf(query, 'dueBefore-day'),
      month: textOf(query, 'dueBefore-month'),
      year: textOf(query, 'dueBefore-year'),
    };
    const page = Math.max(1, Math.floor(Number(query.page)) || 1);
    const context = {
      today: todayInEngland(this.clock.now()),
      national: NATIONAL.has(req.session?.user?.role ?? ''),
      filters,
      dueBeforeParts,
    };
    try {
      const list = await this.api.get<CaseListPage>(req, '/api/v1/cases', {
        ...filters,
        sort: 'next-deadline',
        open: true,
        page,
        pageSize: QUEUE_PAGE_SIZE,
      });
      await renderPage(req, res, 'work-queue.njk', workQueueModel(list, context));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 400) throw error;
      const errors = formErrorsFrom(error, WORK_QUEUE_FIELDS, undefined, WORK_QUEUE_LABELS);
      const empty: CaseListPage = { items: [], page: 1, pageSize: QUEUE_PAGE_SIZE, total: 0 };
      await renderPage(req, res, 'work-queue.njk', workQueueModel(empty, { ...context, errors }), 400);
    }
  }
}
