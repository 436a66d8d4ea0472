import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { CASE_STAGES, CLOCK, type Clock } from '@send/kernel';
import {
  CurrentUser,
  InvalidRequestError,
  IsBusinessDate,
  Roles,
  type User,
  ApiProblems,
  ApiAnswer,
  Answer,
  TIMELINESS,
} from '@send/platform';
import { CaseQueries } from '@send/read-models';
import { addDays, addMonths, todayInEngland } from '@send/statutory';

export class TeamQuery {
  @ApiPropertyOptional({ description: 'First day of the period (default: 12 months before `to`, the day after)' })
  @IsOptional()
  @IsBusinessDate()
  from?: string;
  @ApiPropertyOptional({ description: 'Last day of the period (default: today in England)' })
  @IsOptional()
  @IsBusinessDate()
  to?: string;
}

/** The manager's view of the LA's caseload (docs/api.md "The manager's team view"): own LA only, never another's. */
@ApiTags('team')
@Controller('api/v1/team')
export class TeamController {
  constructor(
    private readonly queries: CaseQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles('manager')
  @ApiOperation({ summary: "Open cases overdue by stage, and the 20-week timeliness of the manager's LA for a period" })
  @ApiProblems({ 400: true, 401: true, 403: true })
  @ApiAnswer(
    Answer.object({
      la: Answer.string(),
      asOf: Answer.string(),
      overdueByStage: {
        ...Answer.list(Answer.object({ stage: { type: 'string', enum: [...CASE_STAGES] }, cases: Answer.integer() })),
        description: 'Every stage, in pathway order: the open cases with a duty clock past its due date and under no exception',
      },
      overdueTotal: Answer.integer(),
      timeliness: {
        ...Answer.object({ from: Answer.string(), to: Answer.string(), ...TIMELINESS }, [
          'percent',
          'percentExcludingExceptions',
        ]),
        description: 'Of the period; the percentages absent when no final plan was issued in it',
      },
    }),
  )
  async team(@Query() q: TeamQuery, @CurrentUser() user: User) {
    const today = todayInEngland(this.clock.now());
    const to = q.to ?? today;
    const from = q.from ?? addDays(addMonths(to, -12), 1);
    if (from > to)
      throw new InvalidRequestError([{ field: 'from', message: 'from must be on or before the last day of the period' }]);
    const la = user.la ?? '---';
    const overdue = await this.queries.overdueByStage(la, today);
    // Reg 13(2): the 20-week duty, counted over the final plans issued in the period, as the DfE reports it.
    const timeliness = await this.queries.timeliness(la, from, to);
    return {
      la,
      asOf: today,
      overdueByStage: overdue,
      overdueTotal: overdue.reduce((n, s) => n + s.cases, 0),
      timeliness: { from, to, ...(timeliness ?? { plans: 0 }) },
    };
  }
}
