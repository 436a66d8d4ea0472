import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiClient, ApiError } from '../web/api-client.js';
import { dateFromParts, formErrorsFrom, partsOfDate, textOf } from '../web/forms.js';
import { Page, PageController, renderPage } from '../web/pages.js';
import { DASHBOARD_FIELDS, DASHBOARD_LABELS, dashboardModel } from './dashboard.view-model.js';
import type { InclusionDashboard } from './figures-text.js';

const PATH = '/api/v1/dashboards/inclusion';
type Period = { from?: string; to?: string };

/**
 * The inclusion dashboard (docs/ui.md "Dashboards"): GET /api/v1/dashboards/inclusion drawn as charts. The API
 * decides what each user sees (exact figures for the LA's own users, disclosure control for everyone else);
 * the period and, for national roles, the LA are a plain GET form.
 */
@PageController()
@Controller('dashboards')
export class DashboardsPageController {
  constructor(private readonly api: ApiClient) {}

  @Get()
  @Page('caseworker', 'manager', 'regions', 'auditor', 'admin')
  async dashboard(@Req() req: Request, @Res() res: Response, @Query() query: Record<string, unknown>) {
    const typed = (name: string) => ({
      day: textOf(query, `${name}-day`),
      month: textOf(query, `${name}-month`),
      year: textOf(query, `${name}-year`),
    });
    // Only a user without an LA of their own chooses one; an LA's users always get their own LA.
    const national = !req.session?.user?.la;
    const la = national ? textOf(query, 'la') : undefined;
    const period: Period = { from: dateFromParts(query, 'from'), to: dateFromParts(query, 'to') };
    try {
      const figures = await this.api.get<InclusionDashboard>(req, PATH, { ...period, la });
      const laChoices = national ? await this.choices(req, figures, period) : undefined;
      // The period the API used (its default when none is asked for) fills the form.
      const from = period.from ? typed('from') : partsOfDate(figures.from);
      const to = period.to ? typed('to') : partsOfDate(figures.to);
      await renderPage(req, res, 'dashboards/dashboard.njk', dashboardModel(figures, { from, to, la, laChoices }));
    } catch (error) {
      // A bad date (400) or a period not yet over (422 DASHBOARD.PERIOD_IN_FUTURE) is shown against the form.
      if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 422)) throw error;
      const errors = formErrorsFrom(error, DASHBOARD_FIELDS, 'from', DASHBOARD_LABELS);
      const model = dashboardModel(undefined, {
        from: typed('from'),
        to: typed('to'),
        la,
        laChoices: national ? [] : undefined,
        errors,
      });
      await renderPage(req, res, 'dashboards/dashboard.njk', model, 400);
    }
  }

  /** The LAs with figures, for the select: the national answer lists them; one LA's answer does not, so ask. */
  private async choices(req: Request, figures: InclusionDashboard, period: Period) {
    const las = figures.las ?? (await this.api.get<InclusionDashboard>(req, PATH, period)).las ?? [];
    return las
      .flatMap((a) => (a.area.la ? [{ la: a.area.la, name: a.area.name }] : []))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
