import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import {
  CorrelationId,
  CurrentUser,
  IfMatch,
  IsBusinessDate,
  Roles,
  type User,
  type WriteResult,
  ApiProblems,
  ApiAnswer,
  Answer,
} from '@send/platform';
import { highNeedsCaseId } from '../funding.stream.js';
import { checkBudgetPath } from './budget-params.js';
import { SetHighNeedsBudgetCommand } from './set-high-needs-budget.command.js';

/** £10bn: more than any LA's whole dedicated schools grant (the national high-needs block is about £11bn). */
const MAX_BUDGET_PENCE = 1_000_000_000_000;

export class SetHighNeedsBudgetDto {
  @ApiProperty({ example: 9_500_000_000, description: 'The high-needs budget for the year, in whole pence' })
  @IsInt()
  @Min(0)
  @Max(MAX_BUDGET_PENCE)
  budgetPence!: number;
  @ApiProperty({ example: '2025-03-01' }) @IsBusinessDate() setOn!: string;
}

@ApiTags('funding')
@Controller('api/v1/funding/budgets/:la/:financialYear')
export class SetHighNeedsBudgetController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @HttpCode(200)
  @Roles('manager', 'admin')
  @ApiOperation({ summary: "Set the LA's high-needs budget for a financial year (April to March)" })
  @ApiHeader({ name: 'If-Match', required: false, description: "The revision of the LA's funding stream, as last seen" })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key records nothing twice' })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    409: true,
    422: [
      'DATE.IN_THE_FUTURE',
      'FUNDING.BUDGET_INVALID',
      'FUNDING.FINANCIAL_YEAR_INVALID',
      'IDEMPOTENCY.KEY_REUSED',
      'STATUTORY.INVALID_DATE',
    ],
  })
  @ApiAnswer(Answer.write({ la: Answer.string(), financialYear: Answer.string() }))
  set(
    @Param('la') la: string,
    @Param('financialYear') financialYear: string,
    @Body() body: SetHighNeedsBudgetDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() expectedRevision?: number,
  ): Promise<WriteResult> {
    checkBudgetPath(user, la, financialYear);
    const input = { financialYear, budgetPence: body.budgetPence, setOn: body.setOn };
    return this.commands.execute(
      new SetHighNeedsBudgetCommand({ caseId: highNeedsCaseId(la), la, input, user, correlationId, expectedRevision }),
    );
  }
}
