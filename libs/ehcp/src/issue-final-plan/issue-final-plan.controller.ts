import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, IsParsedBy } from '@send/platform';
import { parseSectionI } from '../issue-draft-plan/plan-sections.parser.js';
import { PlanSectionIDto } from '../plan-sections.schema.js';
import { IssueFinalPlanCommand } from './issue-final-plan.command.js';

export class IssueFinalPlanDto {
  @ApiProperty({ example: '2024-07-01' }) @IsBusinessDate() issuedOn!: string;
  @ApiPropertyOptional({ type: PlanSectionIDto, description: 'Section I if it was settled after the draft' })
  @IsOptional()
  @IsParsedBy('sectionI', (value, field) => parseSectionI(value, field).errors)
  I?: unknown;
}

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/plan/final')
export class IssueFinalPlanController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Issue the final EHC plan (Reg 13(2), 14); 422 EHCP.REPRESENTATION_PERIOD_OPEN or EHCP.SECTION_I_REQUIRED', {
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'EHCP.FINAL_BEFORE_DRAFT',
        'EHCP.NO_DRAFT',
        'EHCP.PLAN_ALREADY_FINAL',
        'EHCP.PLAN_CEASED',
        'EHCP.REPRESENTATION_PERIOD_OPEN',
        'EHCP.SECTION_I_REQUIRED',
        'STATUTORY.INVALID_DATE',
        'STATUTORY.NO_FIXED_PERIOD',
        'STATUTORY.UNKNOWN_RULE',
      ],
    },
  })
  issue(@CaseRequest() request: CaseRequestContext, @Body() body: IssueFinalPlanDto) {
    const sectionI = body.I === undefined ? undefined : parseSectionI(body.I, 'I').value;
    return this.cases.send(request, IssueFinalPlanCommand, { issuedOn: body.issuedOn, ...(sectionI ? { sectionI } : {}) });
  }
}
