import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CLOCK, type Clock } from '@send/kernel';
import { todayInEngland } from '@send/statutory';
import { ApiClient } from '../web/api-client.js';
import { Page, PageController, renderPage } from '../web/pages.js';
import { type CaseListPage, workQueueModel } from './work-queue.view-model.js';

/** The work queue (docs/ui.md "Work queue"): the page after sign-in. */
@PageController()
@Controller()
export class WorkQueueController {
  constructor(
    private readonly api: ApiClient,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Page('caseworker', 'manager', 'auditor', 'tribunal')
  async queue(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, string>) {
    const page = Math.max(1, Number(query.page) || 1);
    const list = await this.api.get<CaseListPage>(req, '/api/v1/cases', { page, pageSize: 20 });
    await renderPage(req, res, 'work-queue.njk', workQueueModel(list, { today: todayInEngland(this.clock.now()) }));
  }
}
