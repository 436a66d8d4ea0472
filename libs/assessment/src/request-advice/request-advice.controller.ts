import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
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
import type { Adviser } from '../domain/index.js';
import { RequestAdviceCommand } from './request-advice.command.js';

const ADVISERS: Adviser[] = ['educational-psychologist', 'health', 'social-care', 'setting', 'other'];

export class RequestAdviceDto {
  @ApiProperty({ enum: ADVISERS }) @IsIn(ADVISERS) adviser!: Adviser;
  @ApiProperty({ example: '2024-04-02' }) @IsBusinessDate() requestedOn!: string;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment/advice')
export class RequestAdviceController {
  constructor(
    private readonly commands: CommandBus,
    private readonly access: CaseAccess,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({ summary: 'Ask a professional for advice (Reg 6); starts its 6-week clock (Reg 8(1)); returns adviceId' })
  async request(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() body: RequestAdviceDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() ifMatch?: number,
  ): Promise<WriteResult> {
    const la = await this.access.laOf(user, caseId);
    return this.commands.execute(new RequestAdviceCommand(caseId, la, { ...body }, user, correlationId, ifMatch));
  }
}
