import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { disputeIdPipe } from '../dispute-id.js';
import { RecordAgreementDoneCommand } from './record-agreement-done.command.js';

export class RecordAgreementDoneDto {
  @ApiProperty({ example: '2026-09-01' }) @IsBusinessDate() doneOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@ApiTags('mediation')
@Controller('api/v1/cases/:caseId/disputes/:disputeId/agreement/done')
export class RecordAgreementDoneController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Record that what a mediation agreement on non-appealable issues required was done (Reg 42(3)): closes its ' +
      'agreement-compliance clock, met or late. An agreement that counts as an order (Reg 42(2)) is met by the acts ' +
      'that do the work: 422 MEDIATION.AGREEMENT_MET_BY_ACTS',
    {
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'MEDIATION.AGREEMENT_ALREADY_DONE',
          'MEDIATION.DATE_BEFORE_PRECEDING_STEP',
          'MEDIATION.AGREEMENT_MET_BY_ACTS',
          'MEDIATION.NO_AGREEMENT',
          'STATUTORY.INVALID_DATE',
        ],
        404: ['MEDIATION.DISPUTE_NOT_FOUND'],
      },
    },
  )
  record(
    @CaseRequest() request: CaseRequestContext,
    @Param('disputeId', disputeIdPipe()) disputeId: string,
    @Body() body: RecordAgreementDoneDto,
  ) {
    const { doneOn, notes } = body;
    return this.cases.send(request, RecordAgreementDoneCommand, { disputeId, doneOn, ...(notes === undefined ? {} : { notes }) });
  }
}
