import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, WriteAnswerWith } from '@send/platform';
import { PHASE_TRANSFERS, type PhaseTransfer } from '@send/statutory';
import { StartPhaseTransferCommand } from './phase-transfer.command.js';

export class StartPhaseTransferDto {
  @ApiProperty({ enum: PHASE_TRANSFERS }) @IsIn(PHASE_TRANSFERS) transfer!: PhaseTransfer;
  @ApiProperty({ example: '2027-09-01', description: 'The planned day of the move; it may be in the future' })
  @IsBusinessDate()
  transferOn!: string;
}

/** The write answer of this route, with what it created. */
const PhaseTransferStartedAnswer = WriteAnswerWith('PhaseTransferStartedAnswer', { transferId: { format: 'uuid' } });

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/phase-transfer')
export class PhaseTransferController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'A transfer between phases (Reg 18): starts phase-transfer, met by an amended plan naming the setting; returns transferId',
    {
      answer: PhaseTransferStartedAnswer,
      problems: { 422: ['EHCP.PLAN_CEASED', 'EHCP.PLAN_NOT_FINAL', 'STATUTORY.UNKNOWN_RULE'] },
    },
  )
  start(@CaseRequest() request: CaseRequestContext, @Body() body: StartPhaseTransferDto) {
    return this.cases.send(request, StartPhaseTransferCommand, { ...body });
  }
}
