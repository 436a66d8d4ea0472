import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, IsParsedBy } from '@send/platform';
import { IssueDraftPlanCommand } from './issue-draft-plan.command.js';
import { parseSections } from './plan-sections.parser.js';

export class IssueDraftPlanDto {
  @ApiProperty({ example: '2024-06-10' }) @IsBusinessDate() issuedOn!: string;
  @ApiProperty({
    description:
      'Sections A–K (Reg 12). Text sections as a string or { text }; B { primaryNeed, secondaryNeeds?, description }; ' +
      'F a list of { provision, hours?, frequency, deliveredBy } (or { items }); I { type, settingId?, name? } (optional in a draft).',
    type: 'object',
    additionalProperties: true,
  })
  @IsParsedBy('planSections', (value, field) => parseSections(value, field).errors)
  sections!: unknown;
}

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/plan/draft')
export class IssueDraftPlanController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Issue the draft EHC plan (Reg 13(1)); section F must be specified and quantified')
  issue(@CaseRequest() request: CaseRequestContext, @Body() body: IssueDraftPlanDto) {
    // The validation pipe has already run the same parser and refused any error, so value is set.
    const sections = parseSections(body.sections).value!;
    return this.cases.send(request, IssueDraftPlanCommand, { issuedOn: body.issuedOn, sections });
  }
}
