import { Controller, ForbiddenException, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CLOCK, type Clock, refuseWith } from '@send/kernel';
import { CurrentUser, InvalidRequestError, IsBusinessDate, Roles, type User, ApiProblems } from '@send/platform';
import { todayInEngland } from '@send/statutory';
import { type DashboardView, DashboardsService } from './dashboards.service.js';

export class DashboardQuery {
  @ApiPropertyOptional({ description: 'The LA (three-digit DfE code); an LA user may ask only for their own', example: '202' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'la must be a three-digit local authority code' })
  la?: string;
  @ApiPropertyOptional({ description: "First day of the period, YYYY-MM-DD (default: 1 January of `to`'s year)" })
  @IsOptional()
  @IsBusinessDate()
  from?: string;
  @ApiPropertyOptional({ description: 'Last day of the period and the date the figures are as of (default: today in England)' })
  @IsOptional()
  @IsBusinessDate()
  to?: string;
}

/** Roles of the dashboards (docs/dashboards.md "Who sees what"): LA users, and national roles that see no case. */
const LA_ROLES = new Set(['caseworker', 'manager']);

const AREA_SCHEMA = {
  type: 'object',
  description:
    'AreaFigures (libs/read-models/src/inclusion/figures.ts): area, disclosure, requests, assessmentDecisions, assessmentsConcluded, finalPlans, caseload, reviews, disputes, spend, outcomeProgress, months. Counts are numbers, or "c" when suppressed; percentages are numbers to 1 dp, "c" or null.',
};

@ApiTags('dashboards')
@Controller('api/v1/dashboards')
export class DashboardsController {
  constructor(
    private readonly dashboards: DashboardsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('inclusion')
  @Roles('caseworker', 'manager', 'regions', 'auditor', 'admin')
  @ApiOperation({
    summary:
      "Inclusion dashboard for a period: an LA's figures exact for its own users (management information), England and other LAs under disclosure control",
  })
  @ApiOkResponse({
    schema: {
      type: 'object',
      properties: {
        generatedAt: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        la: AREA_SCHEMA,
        england: AREA_SCHEMA,
        las: { type: 'array', items: AREA_SCHEMA },
      },
    },
  })
  @ApiProblems({ 400: true, 401: true, 403: true, 422: ['DASHBOARD.PERIOD_IN_FUTURE'] })
  async inclusion(@Query() q: DashboardQuery, @CurrentUser() user: User) {
    const today = todayInEngland(this.clock.now());
    const to = q.to ?? today;
    const from = q.from ?? `${to.slice(0, 4)}-01-01`;
    if (from > to) throw new InvalidRequestError([{ field: 'from', message: 'from must be on or before to' }]);
    if (to > today) {
      // Figures are of what is known: a period that has not ended yet cannot be counted.
      refuseWith('DASHBOARD.PERIOD_IN_FUTURE', `to (${to}) is after today (${today})`, { field: 'to' });
    }
    return this.dashboards.dashboard(from, to, viewFor(user, q.la));
  }
}

/**
 * Issue 11 "Routes, roles, anonymity": an LA's own caseworkers and managers see its figures exact and only its
 * own (another LA → 403); a manager without `la` also gets every LA, the others suppressed. National roles see
 * everything suppressed: England and every LA, or England and the LA asked for.
 */
function viewFor(user: User, la: string | undefined): DashboardView {
  if (LA_ROLES.has(user.role)) {
    if (!user.la) throw new ForbiddenException('This user belongs to no LA.');
    if (la !== undefined && la !== user.la) throw new ForbiddenException(`You work for LA ${user.la}, not ${la}.`);
    return { la: user.la, ownLa: user.la, everyLa: la === undefined && user.role === 'manager' };
  }
  return la === undefined ? { everyLa: true } : { la, everyLa: false };
}
