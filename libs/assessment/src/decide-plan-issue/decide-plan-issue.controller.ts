import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, NOT_BLANK } from '@send/platform';
import { StandardRefDto } from '@send/standards';
import { DecidePlanIssueCommand } from './decide-plan-issue.command.js';

export class DecidePlanIssueDto {
  @ApiProperty({ enum: ['issue-plan', 'no-plan'] }) @IsIn(['issue-plan', 'no-plan']) outcome!: 'issue-plan' | 'no-plan';
  @ApiProperty({ example: '2024-06-01' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(5000) reason!: string;
  @ApiPropertyOptional({
    type: StandardRefDto,
    description: 'The national SEND standard relied on (GET /api/v1/standards), in force on decidedOn',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => StandardRefDto)
  standard?: StandardRefDto;
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
        'STANDARDS.NOT_IN_FORCE',
        'STANDARDS.UNKNOWN_STANDARD',
        'STATUTORY.INVALID_DATE',
      ],
    },
  })
  decide(@CaseRequest() request: CaseRequestContext, @Body() body: DecidePlanIssueDto) {
    const { standard, ...decision } = body;
    return this.cases.send(request, DecidePlanIssueCommand, {
      ...decision,
      ...(standard ? { standard: { id: standard.id, version: standard.version } } : {}),
    });
  }
}
