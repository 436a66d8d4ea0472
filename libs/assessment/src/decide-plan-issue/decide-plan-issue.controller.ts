import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, NOT_BLANK } from '@send/platform';
import { DecidePlanIssueCommand } from './decide-plan-issue.command.js';

export class DecidePlanIssueDto {
  @ApiProperty({ enum: ['issue-plan', 'no-plan'] }) @IsIn(['issue-plan', 'no-plan']) outcome!: 'issue-plan' | 'no-plan';
  @ApiProperty({ example: '2024-06-01' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(5000) reason!: string;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment/outcome')
export class DecidePlanIssueController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Decide whether to issue an EHC plan (Reg 10); issue-plan opens the plan in the ehcp context', {
    problems: {
      422: [
        'ASSESSMENT.NOT_ASSESSING',
        'ASSESSMENT.NOT_REQUESTED',
        'ASSESSMENT.OUTCOME_ALREADY_DECIDED',
        'ASSESSMENT.OUTCOME_BEFORE_DECISION',
        'ASSESSMENT.REASON_REQUIRED',
        'DATE.IN_THE_FUTURE',
        'STATUTORY.INVALID_DATE',
      ],
    },
  })
  decide(@CaseRequest() request: CaseRequestContext, @Body() body: DecidePlanIssueDto) {
    return this.cases.send(request, DecidePlanIssueCommand, { ...body });
  }
}
