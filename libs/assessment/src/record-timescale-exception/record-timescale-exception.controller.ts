import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
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
import { EXCEPTION_GROUNDS, type ExceptionGround } from '@send/statutory';
import { RecordTimescaleExceptionCommand } from './record-timescale-exception.command.js';

export class RecordTimescaleExceptionDto {
  @ApiProperty({
    enum: EXCEPTION_GROUNDS,
    description: 'Only the lawful grounds of Reg 5(4), 8(2), 10(4); a waiting list is not one',
  })
  @IsIn(EXCEPTION_GROUNDS, { message: `ground must be one of the lawful grounds: ${EXCEPTION_GROUNDS.join(', ')}` })
  ground!: ExceptionGround;
  @ApiProperty({ example: '2024-03-01' }) @IsBusinessDate() from!: string;
  @ApiPropertyOptional({ example: '2024-04-15' }) @IsOptional() @IsBusinessDate() to?: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(5000) evidence!: string;
  @ApiProperty() @IsBoolean() familyNotified!: boolean;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment/exceptions')
export class RecordTimescaleExceptionController {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: CaseAccess,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({ summary: 'Record a lawful exception to the timescales; open clocks it covers show as excepted' })
  async record(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: RecordTimescaleExceptionDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const la = await this.access.laOf(user, caseId);
    return this.commands.execute(new RecordTimescaleExceptionCommand(caseId, la, { ...body }, user, correlationId, ifMatch));
  }
}
