import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  CASEWORK,
  CaseAccess,
  CorrelationId,
  CurrentUser,
  IfMatch,
  IsBusinessDate,
  Roles,
  type User,
  WriteResult,
} from '@send/platform';
import { DecidePlanIssueCommand } from './decide-plan-issue.command.js';

export class DecidePlanIssueDto {
  @ApiProperty({ enum: ['issue-plan', 'no-plan'] }) @IsIn(['issue-plan', 'no-plan']) outcome!: 'issue-plan' | 'no-plan';
  @ApiProperty({ example: '2024-06-01' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(5000) reason!: string;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment/outcome')
export class DecidePlanIssueController {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: CaseAccess,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({ summary: 'Decide whether to issue an EHC plan (Reg 10); issue-plan opens the plan in the ehcp context' })
  async decide(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: DecidePlanIssueDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const la = await this.access.laOf(user, caseId);
    return this.commands.execute(new DecidePlanIssueCommand(caseId, la, { ...body }, user, correlationId, ifMatch));
  }
}
