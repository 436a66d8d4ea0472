import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
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
import { ReceiveRepresentationsCommand } from './receive-representations.command.js';

export class ReceiveRepresentationsDto {
  @ApiProperty({ example: '2024-06-20' }) @IsBusinessDate() receivedOn!: string;
  @ApiPropertyOptional({ description: 'The family has nothing more to add: the plan may be finalised before the 15 days end' })
  @IsOptional()
  @IsBoolean()
  nothingFurther?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) requestedSettingId?: string;
}

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/plan/representations')
export class ReceiveRepresentationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: CaseAccess,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({ summary: "Record the family's representations on the draft plan (Reg 13)" })
  async receive(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: ReceiveRepresentationsDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const la = await this.access.laOf(user, caseId);
    return this.commands.execute(new ReceiveRepresentationsCommand(caseId, la, { ...body }, user, correlationId, ifMatch));
  }
}
