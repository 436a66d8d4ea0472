import { Controller, ForbiddenException, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { CLOCK, type Clock, refuseWith } from '@send/kernel';
import {
  Answer,
  ApiAnswer,
  CurrentUser,
  InvalidRequestError,
  IsBusinessDate,
  Roles,
  type User,
  ApiProblems,
} from '@send/platform';
import { todayInEngland } from '@send/statutory';
import { AREA_FIGURES } from './dashboards.responses.js';
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
  @ApiAnswer(
    Answer.object(
      {
        generatedAt: Answer.string(),
        from: Answer.string(),
        to: Answer.string(),
        la: { ...AREA_FIGURES, description: "The user's own LA, or the LA asked for" },
        england: AREA_FIGURES,
        las: { ...Answer.list(AREA_FIGURES), description: 'Every LA with cases, for a national role or when no LA is asked for' },
      },
      ['la', 'england', 'las'],
    ),
  )
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
