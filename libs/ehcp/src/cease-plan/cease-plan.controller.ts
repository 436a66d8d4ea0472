import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { CEASE_REASON_CODES, type CeaseReason } from '../domain/index.js';
import { CeasePlanCommand } from './cease-plan.command.js';

export class CeasePlanDto {
  @ApiProperty({ example: '2026-06-10' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty({
    enum: CEASE_REASON_CODES,
    description:
      'SEN2 "reason EHC plan ceased": 1 maximum age, 2 moved to another LA, 3 needs met without a plan, 4 higher education, ' +
      '5 paid employment, 6 left education or training, 7 no longer wishes to engage, 8 other, 9 died',
  })
  @IsIn(CEASE_REASON_CODES, { message: 'reason must be a SEN2 cease reason code, "1" to "9"' })
  reason!: CeaseReason;
  @ApiProperty({ example: '2026-05-20', description: 'When the family and the setting were consulted (Reg 31(1))' })
  @IsBusinessDate()
  consultedOn!: string;
}

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/plan/cease')
export class CeasePlanController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Decide to cease the EHC plan after the consultation (CFA s.45, Reg 31); the plan stays maintained (status ceasing) ' +
      'until the time to appeal ends with no appeal, or the tribunal dismisses the appeal. 422 EHCP.PLAN_NOT_FINAL, ' +
      'EHCP.CONSULTATION_AFTER_DECISION, EHCP.CEASE_ALREADY_DECIDED, EHCP.PLAN_CEASED; the reason against the age and reviews ' +
      '(Regs 29–30, CFA s.46): EHCP.CEASE_UNDER_18_NOT_IN_EDUCATION, EHCP.CEASE_NEEDS_REVIEW, EHCP.CEASE_BEFORE_MAXIMUM_AGE',
    {
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.CEASE_ALREADY_DECIDED',
          'EHCP.CEASE_BEFORE_MAXIMUM_AGE',
          'EHCP.CEASE_NEEDS_REVIEW',
          'EHCP.CEASE_UNDER_18_NOT_IN_EDUCATION',
          'EHCP.CEASE_BEFORE_PLAN',
          'EHCP.CEASE_REASON_UNKNOWN',
          'EHCP.CONSULTATION_AFTER_DECISION',
          'EHCP.PLAN_CEASED',
          'EHCP.PLAN_NOT_FINAL',
          'STATUTORY.INVALID_DATE',
        ],
      },
    },
  )
  cease(@CaseRequest() request: CaseRequestContext, @Body() body: CeasePlanDto) {
    const { decidedOn, reason, consultedOn } = body;
    return this.cases.send(request, CeasePlanCommand, { decidedOn, reason, consultedOn });
  }
}
