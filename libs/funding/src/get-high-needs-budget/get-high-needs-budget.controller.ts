import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, type EventStore, foldStream } from '@send/event-store';
import {
  APP_CONFIG,
  type AppConfig,
  CurrentUser,
  Roles,
  type User,
  ApiProblems,
  ApiAnswer,
  Answer,
  TIMELINESS,
} from '@send/platform';
import { CaseQueries } from '@send/read-models';
import { committedByYear, highNeedsDecider, riskFlags } from '../domain/index.js';
import { highNeedsStream } from '../funding.stream.js';
import { checkBudgetPath } from '../set-high-needs-budget/budget-params.js';

@ApiTags('funding')
@Controller('api/v1/funding/budgets/:la/:financialYear')
export class GetHighNeedsBudgetController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cases: CaseQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles('caseworker', 'manager', 'auditor', 'admin')
  @ApiOperation({
    summary: "The LA's high-needs budget, its commitments for the year (top-up and place funding) and risk flags",
    description:
      'Commitments follow each priced plan and adjustment through the funding context, eventually in the distributed mode. ' +
      "A case counts once a year, at its latest commitment. risk.flags: 'over-budget', 'no-budget-set', 'timeliness-below-threshold'.",
  })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: true })
  @ApiAnswer(
    Answer.object({
      la: Answer.string(),
      financialYear: Answer.string(),
      revision: Answer.integer(),
      budgetPence: Answer.nullable(Answer.integer()),
      setOn: Answer.nullable(Answer.string()),
      committedPence: Answer.integer(),
      cases: Answer.integer(),
      headroomPence: Answer.nullable(Answer.integer()),
      timeliness: {
        ...Answer.nullable(Answer.object(TIMELINESS)),
        description: 'Of the financial year; null when no final plan was issued in it',
      },
      risk: Answer.object(
        {
          overBudget: Answer.boolean('Committed beyond the budget'),
          timelinessBelowThreshold: Answer.boolean('Absent without a timeliness figure'),
          flags: Answer.list({ type: 'string', enum: ['over-budget', 'timeliness-below-threshold', 'no-budget-set'] }),
        },
        ['timelinessBelowThreshold'],
      ),
    }),
  )
  async get(@Param('la') la: string, @Param('financialYear') financialYear: string, @CurrentUser() user: User) {
    checkBudgetPath(user, la, financialYear);
    const events = await this.store.readStream(highNeedsStream(la));
    const state = foldStream(highNeedsDecider, events);
    const budget = state.budgets[financialYear];
    const committedPence = committedByYear(state)[financialYear] ?? 0;
    // April to March: '2025-26' runs from 2025-04-01 to 2026-03-31.
    const startYear = Number(financialYear.slice(0, 4));
    const timeliness = await this.cases.timeliness(la, `${startYear}-04-01`, `${startYear + 1}-03-31`);
    return {
      la,
      financialYear,
      revision: events.at(-1)?.revision ?? -1,
      budgetPence: budget?.budgetPence ?? null,
      setOn: budget?.setOn ?? null,
      committedPence,
      cases: Object.keys(state.commitments[financialYear] ?? {}).length,
      headroomPence: budget === undefined ? null : budget.budgetPence - committedPence,
      timeliness: timeliness ?? null,
      risk: riskFlags({
        budgetPence: budget?.budgetPence,
        committedPence,
        timelinessPercent: timeliness?.percentExcludingExceptions,
        threshold: this.config.fundingTimelinessThreshold,
      }),
    };
  }
}
