import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, IsString, Matches, Max, MaxLength, Min, NotEquals } from 'class-validator';
import {
  CaseCommands,
  CaseRequest,
  type CaseRequestContext,
  CaseWrite,
  IsBusinessDate,
  NOT_BLANK,
  WriteAnswerWith,
} from '@send/platform';
import { ApplyLocalAdjustmentCommand } from './apply-local-adjustment.command.js';

/** £10m either way: far beyond any one child's provision, small enough to catch a slipped digit. */
const LIMIT = 1_000_000_000;

export class ApplyLocalAdjustmentDto {
  @ApiProperty({ example: 50000, description: 'Whole pence, positive to add to the top-up or negative to reduce it' })
  @IsInt()
  @NotEquals(0)
  @Min(-LIMIT)
  @Max(LIMIT)
  amountPence!: number;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(5000) reason!: string;
  @ApiProperty({ description: 'Who approved it; must not be the person recording it' })
  @IsString()
  @Matches(...NOT_BLANK)
  @MaxLength(200)
  approvedBy!: string;
  @ApiProperty({ example: '2025-09-01' }) @IsBusinessDate() approvedOn!: string;
}

/** The write answer of this route, with what it created. */
const LocalAdjustmentAppliedAnswer = WriteAnswerWith('LocalAdjustmentAppliedAnswer', { adjustmentId: { format: 'uuid' } });

@ApiTags('funding')
@Controller('api/v1/cases/:caseId/funding/adjustments')
export class ApplyLocalAdjustmentController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Apply a local adjustment to the top-up, with its reason and approver; 422 FUNDING.APPROVER_MUST_DIFFER, FUNDING.PLAN_NOT_PRICED',
    {
      answer: LocalAdjustmentAppliedAnswer,
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'FUNDING.ADJUSTMENT_ALREADY_APPLIED',
          'FUNDING.ADJUSTMENT_BEFORE_PLAN',
          'FUNDING.ADJUSTMENT_EXCEEDS_TOP_UP',
          'FUNDING.ADJUSTMENT_INVALID',
          'FUNDING.APPROVER_MUST_DIFFER',
          'FUNDING.APPROVER_REQUIRED',
          'FUNDING.FUNDING_ENDED',
          'FUNDING.PLAN_NOT_PRICED',
          'FUNDING.REASON_REQUIRED',
          'STATUTORY.INVALID_DATE',
        ],
      },
    },
  )
  apply(@CaseRequest() request: CaseRequestContext, @Body() body: ApplyLocalAdjustmentDto) {
    return this.cases.send(request, ApplyLocalAdjustmentCommand, { ...body });
  }
}
