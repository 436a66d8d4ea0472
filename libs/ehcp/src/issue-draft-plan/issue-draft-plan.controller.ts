import { Body, Controller, Post } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiTags } from '@nestjs/swagger';
import {
  CaseCommands,
  CaseRequest,
  type CaseRequestContext,
  CaseWrite,
  IsBusinessDate,
  IsParsedBy,
  WriteAnswerWith,
} from '@send/platform';
import { PlanOutcomeDto, PlanQualityFindingDto, PLAN_SCHEMA_MODELS, PlanSectionsInputDto } from '../plan-sections.schema.js';
import { IssueDraftPlanCommand } from './issue-draft-plan.command.js';
import { parseSections } from './plan-sections.parser.js';

export class IssueDraftPlanDto {
  @ApiProperty({ example: '2024-06-10' }) @IsBusinessDate() issuedOn!: string;
  @ApiProperty({
    type: PlanSectionsInputDto,
    description: 'Sections A–K (Reg 12), no section I: a draft names no setting or type (CFA s.38(5))',
  })
  @IsParsedBy('planSections', (value, field) => parseSections(value, field).errors)
  sections!: unknown;
}

/** The write answer of this route, with what it created. */
const DraftPlanIssuedAnswer = WriteAnswerWith('DraftPlanIssuedAnswer', {
  version: { type: 'integer', required: false, description: 'The version the draft became' },
  outcomes: { type: [PlanOutcomeDto], required: false, description: 'Section E as recorded, each outcome with its id' },
  qualityFindings: { type: [PlanQualityFindingDto], required: false },
});

@ApiTags('plan')
// PlanSectionsInput refers to these from its oneOf, where Nest does not find them by itself.
@ApiExtraModels(...PLAN_SCHEMA_MODELS)
@Controller('api/v1/cases/:caseId/plan/draft')
export class IssueDraftPlanController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Issue the draft EHC plan (Reg 13(1)); section F must be specified and quantified, section I is not in a draft ' +
      '(CFA s.38(5)); answers with the outcomes and their ids and the qualityFindings',
    {
      answer: DraftPlanIssuedAnswer,
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.DRAFT_BEFORE_DECISION',
          'EHCP.DRAFT_BEFORE_PREVIOUS_DRAFT',
          'EHCP.PLAN_ALREADY_FINAL',
          'EHCP.PLAN_CEASED',
          'EHCP.PLAN_NOT_OPEN',
          'EHCP.SECTION_F_NOT_SPECIFIC',
          'EHCP.SECTION_I_IN_DRAFT',
          'STANDARDS.NOT_IN_FORCE',
          'STANDARDS.UNKNOWN_STANDARD',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.NO_FIXED_PERIOD',
          'STATUTORY.UNKNOWN_RULE',
        ],
      },
    },
  )
  issue(@CaseRequest() request: CaseRequestContext, @Body() body: IssueDraftPlanDto) {
    // The validation pipe has already run the same parser and refused any error, so value is set.
    const sections = parseSections(body.sections).value!;
    return this.cases.send(request, IssueDraftPlanCommand, { issuedOn: body.issuedOn, sections });
  }
}
