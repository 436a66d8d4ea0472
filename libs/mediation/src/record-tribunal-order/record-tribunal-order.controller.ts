import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, WriteAnswerWith } from '@send/platform';
import type { TribunalOrder } from '@send/statutory';
import { TRIBUNAL_ORDERS } from '../domain/index.js';
import { disputeIdPipe } from '../dispute-id.js';
import { RecordTribunalOrderCommand } from './record-tribunal-order.command.js';

export class RecordTribunalOrderDto {
  @ApiProperty({ enum: TRIBUNAL_ORDERS }) @IsIn(TRIBUNAL_ORDERS) order!: TribunalOrder;
  @ApiProperty({ example: '2025-07-01' }) @IsBusinessDate() madeOn!: string;
}

/** The write answer of this route, with what it created. */
const TribunalOrderRecordedAnswer = WriteAnswerWith('TribunalOrderRecordedAnswer', { orderId: { format: 'uuid' } });

@ApiTags('mediation')
@Controller('api/v1/cases/:caseId/disputes/:disputeId/orders')
export class RecordTribunalOrderController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Record a tribunal order; returns orderId and starts its Reg 44(2) compliance deadlines (order-compliance). ' +
      'They close when the assessment and plan services record the acts, eventually consistent in the distributed mode',
    {
      answer: TribunalOrderRecordedAnswer,
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'MEDIATION.NO_APPEAL',
          'MEDIATION.ORDER_ALREADY_MADE',
          'MEDIATION.ORDER_BEFORE_APPEAL',
          'MEDIATION.ORDER_NOT_ABOUT_DISPUTE',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.UNKNOWN_RULE',
        ],
        404: ['MEDIATION.DISPUTE_NOT_FOUND'],
      },
    },
  )
  record(
    @CaseRequest() request: CaseRequestContext,
    @Param('disputeId', disputeIdPipe()) disputeId: string,
    @Body() body: RecordTribunalOrderDto,
  ) {
    return this.cases.send(request, RecordTribunalOrderCommand, { disputeId, ...body });
  }
}
