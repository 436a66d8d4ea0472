import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
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
import { ReceiveAdviceCommand } from './receive-advice.command.js';

export class ReceiveAdviceDto {
  @ApiProperty({ example: '2024-05-01' }) @IsBusinessDate() receivedOn!: string;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment/advice/:adviceId/received')
export class ReceiveAdviceController {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: CaseAccess,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({ summary: 'Record advice received; closes its 6-week clock' })
  async receive(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('adviceId') adviceId: string,
    @Body() body: ReceiveAdviceDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const la = await this.access.laOf(user, caseId);
    return this.commands.execute(new ReceiveAdviceCommand(caseId, la, { adviceId, ...body }, user, correlationId, ifMatch));
  }
}
