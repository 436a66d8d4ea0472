import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsDefined } from 'class-validator';
import {
  CASEWORK,
  CaseAccess,
  CorrelationId,
  CurrentUser,
  IfMatch,
  InvalidRequestError,
  IsBusinessDate,
  Roles,
  type User,
  WriteResult,
} from '@send/platform';
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
  @IsDefined()
  sections!: unknown;
}

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/plan/draft')
export class IssueDraftPlanController {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: CaseAccess,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({ summary: 'Issue the draft EHC plan (Reg 13(1)); section F must be specified and quantified' })
  async issue(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: IssueDraftPlanDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const parsed = parseSections(body.sections);
    if (!parsed.value) throw new InvalidRequestError(parsed.errors);
    const la = await this.access.laOf(user, caseId);
    return this.commands.execute(
      new IssueDraftPlanCommand(caseId, la, { issuedOn: body.issuedOn, sections: parsed.value }, user, correlationId, ifMatch),
    );
  }
}
