import { Body, Controller, Post } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import {
  CaseCommands,
  CaseRequest,
  type CaseRequestContext,
  CaseWrite,
  IsBusinessDate,
  IsParsedBy,
  NOT_BLANK,
  WriteAnswerWith,
} from '@send/platform';
import { PLAN_SCHEMA_MODELS, PlanSectionsInputDto } from '../plan-sections.schema.js';
import { parseSections } from '../issue-draft-plan/plan-sections.parser.js';
import { DecideNotToAmendCommand, IssueAmendedPlanCommand, SendAmendmentNoticeCommand } from './amend-plan.command.js';

export class SendAmendmentNoticeDto {
  @ApiProperty({ example: '2026-03-02' }) @IsBusinessDate() sentOn!: string;
  @ApiProperty({ description: 'The specific amendments proposed, with the sections named (Reg 22(2)(a))' })
  @IsString()
  @Matches(...NOT_BLANK)
  @MaxLength(10000)
  proposedAmendments!: string;
  @ApiProperty({ description: 'Why, with the evidence (Reg 22(2)(b))' })
  @IsString()
  @Matches(...NOT_BLANK)
  @MaxLength(5000)
  reason!: string;
}

export class IssueAmendedPlanDto {
  @ApiProperty({ example: '2026-03-20' }) @IsBusinessDate() issuedOn!: string;
  @ApiProperty({
    type: PlanSectionsInputDto,
    description:
      'Sections A–K of the amended plan, as for the draft; I names the setting (kept from the last version if left out)',
  })
  @IsParsedBy('amendedPlanSections', (value, field) => parseSections(value, field).errors)
  sections!: unknown;
}

export class DecideNotToAmendDto {
  @ApiProperty({ example: '2026-03-20' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(5000) reason!: string;
}

/** The write answer of this route, with what it created. */
const AmendmentNoticeSentAnswer = WriteAnswerWith('AmendmentNoticeSentAnswer', { noticeId: { format: 'uuid' } });

@ApiTags('plan')
// PlanSectionsInput refers to these from its oneOf, where Nest does not find them by itself.
@ApiExtraModels(...PLAN_SCHEMA_MODELS)
@Controller('api/v1/cases/:caseId/plan')
export class AmendPlanController {
  constructor(private readonly cases: CaseCommands) {}

  @Post('amendment-notice')
  @CaseWrite('Notice of proposed amendments outside a review (Reg 22); starts amendment-representations and amended-plan', {
    answer: AmendmentNoticeSentAnswer,
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'EHCP.AMENDMENT_ALREADY_OPEN',
        'EHCP.NOTICE_BEFORE_PLAN',
        'EHCP.PLAN_CEASED',
        'EHCP.PLAN_NOT_FINAL',
        'STATUTORY.INVALID_DATE',
        'STATUTORY.NO_FIXED_PERIOD',
        'STATUTORY.UNKNOWN_RULE',
      ],
    },
  })
  notice(@CaseRequest() request: CaseRequestContext, @Body() body: SendAmendmentNoticeDto) {
    return this.cases.send(request, SendAmendmentNoticeCommand, { ...body });
  }

  @Post('amended')
  @CaseWrite(
    'Issue the amended final plan (Reg 22(3)), a new version; 422 EHCP.REPRESENTATION_PERIOD_OPEN while the 15 days run',
    {
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.AMENDED_BEFORE_NOTICE',
          'EHCP.AMENDED_BEFORE_PLAN',
          'EHCP.PLAN_CEASED',
          'EHCP.PLAN_NOT_FINAL',
          'EHCP.REPRESENTATION_PERIOD_OPEN',
          'EHCP.SECTION_F_NOT_SPECIFIC',
          'STANDARDS.NOT_IN_FORCE',
          'STANDARDS.UNKNOWN_STANDARD',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.NO_FIXED_PERIOD',
          'STATUTORY.UNKNOWN_RULE',
        ],
      },
    },
  )
  amended(@CaseRequest() request: CaseRequestContext, @Body() body: IssueAmendedPlanDto) {
    // The validation pipe has already run the same parser and refused any error, so value is set.
    const sections = parseSections(body.sections).value!;
    return this.cases.send(request, IssueAmendedPlanCommand, { issuedOn: body.issuedOn, sections });
  }

  @Post('not-amending')
  @CaseWrite('The LA decides not to amend after its notice (Reg 22(4)); closes the notice clocks', {
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'EHCP.NOT_AMENDING_BEFORE_NOTICE',
        'EHCP.NO_AMENDMENT_NOTICE',
        'EHCP.PLAN_CEASED',
        'EHCP.PLAN_NOT_FINAL',
        'STATUTORY.INVALID_DATE',
        'STATUTORY.NO_FIXED_PERIOD',
        'STATUTORY.UNKNOWN_RULE',
      ],
    },
  })
  notAmending(@CaseRequest() request: CaseRequestContext, @Body() body: DecideNotToAmendDto) {
    return this.cases.send(request, DecideNotToAmendCommand, { ...body });
  }
}
