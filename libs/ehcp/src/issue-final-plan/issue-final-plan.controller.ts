import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
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
import { parseSectionI } from '../issue-draft-plan/plan-sections.parser.js';
import { IssueFinalPlanCommand } from './issue-final-plan.command.js';

export class IssueFinalPlanDto {
  @ApiProperty({ example: '2024-07-01' }) @IsBusinessDate() issuedOn!: string;
  @ApiPropertyOptional({
    description: 'Section I if it was settled after the draft: { type, settingId?, name? }',
    type: 'object',
    additionalProperties: true,
  })
  @IsOptional()
  I?: unknown;
}

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/plan/final')
export class IssueFinalPlanController {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: CaseAccess,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({
    summary: 'Issue the final EHC plan (Reg 13(2), 14); 422 EHCP.REPRESENTATION_PERIOD_OPEN or EHCP.SECTION_I_REQUIRED',
  })
  async issue(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: IssueFinalPlanDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const I = body.I === undefined ? undefined : parseSectionI(body.I, 'I');
    if (I && !I.value) throw new InvalidRequestError(I.errors);
    const la = await this.access.laOf(user, caseId);
    return this.commands.execute(
      new IssueFinalPlanCommand(
        caseId,
        la,
        { issuedOn: body.issuedOn, ...(I?.value ? { sectionI: I.value } : {}) },
        user,
        correlationId,
        ifMatch,
      ),
    );
  }
}
