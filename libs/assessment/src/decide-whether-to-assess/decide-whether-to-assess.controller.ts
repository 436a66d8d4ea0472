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
import { DecideWhetherToAssessCommand } from './decide-whether-to-assess.command.js';

export class DecideWhetherToAssessDto {
  @ApiProperty({ enum: ['assess', 'refuse'] }) @IsIn(['assess', 'refuse']) decision!: 'assess' | 'refuse';
  @ApiProperty({ example: '2024-04-01' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(5000) reason!: string;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment')
export class DecideWhetherToAssessController {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: CaseAccess,
  ) {}

  @Post('decision')
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({ summary: 'Decide whether to carry out an EHC needs assessment (Reg 4, 5)' })
  async decide(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: DecideWhetherToAssessDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const la = await this.access.laOf(user, caseId);
    return this.commands.execute(new DecideWhetherToAssessCommand(caseId, la, { ...body }, user, correlationId, ifMatch));
  }
}
