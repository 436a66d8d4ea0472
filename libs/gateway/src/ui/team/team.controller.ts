import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient, ApiError } from '../web/api-client.js';
import { dateFromParts, formErrorsFrom, partsOfDate, textOf } from '../web/forms.js';
import { Page, PageController, renderPage } from '../web/pages.js';
import { TEAM_FIELDS, TEAM_LABELS, type TeamFigures, teamModel } from './team.view-model.js';

/** The manager's team view (docs/ui.md): overdue cases by stage and the 20-week timeliness for a period. */
@PageController()
@Controller('team')
export class TeamPageController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  @Page('manager')
  async team(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>) {
    const typed = (name: string) => ({
      day: textOf(query, `${name}-day`),
      month: textOf(query, `${name}-month`),
      year: textOf(query, `${name}-year`),
    });
    const period = { from: dateFromParts(query, 'from'), to: dateFromParts(query, 'to') };
    try {
      const figures = await this.api.get<TeamFigures>(req, '/api/v1/team', period);
      // The period the API used (its default: the last 12 months) fills the form.
      const from = period.from ? typed('from') : partsOfDate(figures.timeliness.from);
      const to = period.to ? typed('to') : partsOfDate(figures.timeliness.to);
      await renderPage(req, res, 'team/team.njk', teamModel(figures, { from, to }));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 400) throw error;
      const errors = formErrorsFrom(error, TEAM_FIELDS, 'from', TEAM_LABELS);
      await renderPage(req, res, 'team/team.njk', teamModel(undefined, { from: typed('from'), to: typed('to'), errors }), 400);
    }
  }
}
