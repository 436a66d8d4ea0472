import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, WriteAnswerWith } from '@send/platform';
import { MEDIATION_STEPS, TRIBUNAL_ORDERS, type MediationStep } from '../domain/index.js';
import type { TribunalOrder } from '@send/statutory';
import { disputeIdPipe } from '../dispute-id.js';
import { RecordMediationStepCommand } from './record-mediation-step.command.js';

export class RecordMediationStepDto {
  @ApiProperty({ enum: MEDIATION_STEPS }) @IsIn(MEDIATION_STEPS) event!: MediationStep;
  @ApiProperty({ example: '2025-03-12' }) @IsBusinessDate() on!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
  @ApiPropertyOptional({
    enum: TRIBUNAL_ORDERS,
    description:
      'With agreement, on issues the family could appeal: the tribunal order the agreement amounts to; its ' +
      'compliance clocks start as if the tribunal had made it that day (Reg 42(2))',
  })
  @IsOptional()
  @IsIn(TRIBUNAL_ORDERS)
  order?: TribunalOrder;
  @ApiPropertyOptional({
    example: '2026-09-30',
    description: 'With agreement: another date the parties agreed in writing, for every clock (Reg 42(5))',
  })
  @IsOptional()
  @IsBusinessDate()
  agreedDueOn?: string;
}

/** The write answer of this route, with what it created. */
const MediationStepRecordedAnswer = WriteAnswerWith('MediationStepRecordedAnswer', {
  agreementId: { format: 'uuid', required: false, description: 'The agreement recorded, when the step is one' },
});

@ApiTags('mediation')
@Controller('api/v1/cases/:caseId/disputes/:disputeId/mediation')
export class RecordMediationStepController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Record a mediation step. declined: certificate due in 3 working days (Reg 34); requested: mediation within ' +
      '30 days (Reg 37); not-arranged: the LA cannot arrange mediation within the 30 days, the certificate is owed ' +
      'in 3 working days and the appeal window moves; held: certificate due in 3 working days (Reg 39); agreement: ' +
      'with order, the order’s compliance clocks (Reg 42(2)), else comply within 2 weeks (Reg 42(3)), or by ' +
      'agreedDueOn (Reg 42(5))',
    {
      answer: MediationStepRecordedAnswer,
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'MEDIATION.AGREED_DATE_BEFORE_AGREEMENT',
          'MEDIATION.AGREEMENT_ORDER_NOT_APPEALABLE',
          'MEDIATION.CERTIFICATE_ALREADY_ISSUED',
          'MEDIATION.DATE_BEFORE_DECISION_LETTER',
          'MEDIATION.MEDIATION_ALREADY_HELD',
          'MEDIATION.MEDIATION_DECLINED',
          'MEDIATION.MEDIATION_NOT_HELD',
          'MEDIATION.MEDIATION_NOT_REQUESTED',
          'MEDIATION.ONLY_WITH_AGREEMENT',
          'MEDIATION.STEP_ALREADY_RECORDED',
          'MEDIATION.DATE_BEFORE_PRECEDING_STEP',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.NO_FIXED_PERIOD',
          'STATUTORY.UNKNOWN_RULE',
        ],
        404: ['MEDIATION.DISPUTE_NOT_FOUND'],
      },
    },
  )
  record(
    @CaseRequest() request: CaseRequestContext,
    @Param('disputeId', disputeIdPipe()) disputeId: string,
    @Body() body: RecordMediationStepDto,
  ) {
    return this.cases.send(request, RecordMediationStepCommand, { disputeId, ...body });
  }
}
