import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import {
  CaseCommands,
  CaseRequest,
  type CaseRequestContext,
  CaseWrite,
  IsBusinessDate,
  NOT_BLANK,
  WriteAnswerWith,
} from '@send/platform';
import {
  AcceptPlanTransferCommand,
  RequestPlanTransferCommand,
  SendTransferNoticeCommand,
  WithdrawPlanTransferCommand,
} from './transfer-plan.command.js';

export class RequestPlanTransferDto {
  @ApiProperty({ example: '203', description: 'DfE three-digit code of the LA the child has moved to' })
  @Matches(/^\d{3}$/, { message: 'toLa must be a three-digit DfE LA code' })
  toLa!: string;
  @ApiProperty({ example: '2025-12-22', description: 'The day of the move' }) @IsBusinessDate() movedOn!: string;
  @ApiProperty({ example: '2025-12-19', description: 'The day the LA became aware of the move' })
  @IsBusinessDate()
  learnedOn!: string;
}

export class AcceptPlanTransferDto {
  @ApiProperty({ example: '2026-01-12', description: 'The day the new LA took the plan over: the date of the transfer' })
  @IsBusinessDate()
  acceptedOn!: string;
}

export class SendTransferNoticeDto {
  @ApiProperty({
    example: '2026-02-20',
    description: 'The day the new LA wrote to the family: the plan is transferred, whether it will assess, when it will review',
  })
  @IsBusinessDate()
  sentOn!: string;
}

export class WithdrawPlanTransferDto {
  @ApiProperty({ example: '2026-01-05', description: 'The day the old LA withdrew the transfer' })
  @IsBusinessDate()
  withdrawnOn!: string;
  @ApiProperty({ example: 'The family decided not to move' })
  @IsString()
  @Matches(...NOT_BLANK)
  @MaxLength(5000)
  reason!: string;
}

/** The write answer of this route, with what it created. */
const PlanTransferRequestedAnswer = WriteAnswerWith('PlanTransferRequestedAnswer', { transferId: { format: 'uuid' } });

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/transfer')
export class TransferPlanController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Transfer the EHC plan to the LA the child moved to (Reg 15(2)); by the LA that maintains it; starts transfer-plan; ' +
      'returns transferId; 422 EHCP.TRANSFER_TO_SAME_LA, EHCP.TRANSFER_NEEDS_FINAL_PLAN or EHCP.TRANSFER_ALREADY_PENDING',
    {
      answer: PlanTransferRequestedAnswer,
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.TRANSFER_ALREADY_PENDING',
          'EHCP.TRANSFER_NEEDS_FINAL_PLAN',
          'EHCP.TRANSFER_TO_SAME_LA',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.UNKNOWN_RULE',
        ],
      },
    },
  )
  request(@CaseRequest() request: CaseRequestContext, @Body() body: RequestPlanTransferDto) {
    const { toLa, movedOn, learnedOn } = body;
    return this.cases.send(request, RequestPlanTransferCommand, { toLa, movedOn, learnedOn });
  }

  @Post('accept')
  @CaseWrite(
    'Accept a transferred EHC plan (Reg 15(3)); by the LA it is going to, which then holds the case; ' +
      'starts transfer-notice and transfer-review; 422 EHCP.NO_TRANSFER_PENDING or EHCP.TRANSFER_NOT_TO_YOUR_LA',
    {
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.NO_TRANSFER_PENDING',
          'EHCP.TRANSFER_ACCEPTED_BEFORE_LEARNED',
          'EHCP.TRANSFER_NOT_TO_YOUR_LA',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.NO_FIXED_PERIOD',
          'STATUTORY.UNKNOWN_RULE',
        ],
      },
    },
  )
  accept(@CaseRequest() request: CaseRequestContext, @Body() body: AcceptPlanTransferDto) {
    const byLa = request.user.la ?? '';
    return this.cases.send(request, AcceptPlanTransferCommand, { acceptedOn: body.acceptedOn, byLa }, { incoming: true });
  }

  @Post('notice')
  @CaseWrite(
    'Record the new LA’s notice to the family (Reg 15(4)); by the LA that accepted the transfer; meets or closes late ' +
      'transfer-notice; 422 EHCP.NO_ACCEPTED_TRANSFER, EHCP.TRANSFER_NOTICE_ALREADY_SENT or EHCP.TRANSFER_NOTICE_BEFORE_TRANSFER',
    {
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.NO_ACCEPTED_TRANSFER',
          'EHCP.PLAN_CEASED',
          'EHCP.TRANSFER_NOTICE_ALREADY_SENT',
          'EHCP.TRANSFER_NOTICE_BEFORE_TRANSFER',
          'STATUTORY.INVALID_DATE',
        ],
      },
    },
  )
  notice(@CaseRequest() request: CaseRequestContext, @Body() body: SendTransferNoticeDto) {
    return this.cases.send(request, SendTransferNoticeCommand, { sentOn: body.sentOn });
  }

  @Post('withdraw')
  @CaseWrite(
    'Withdraw a transfer the new LA has not accepted (the family did not move); by the old LA; transfer-plan stops ' +
      'applying and the new LA no longer sees the case; 422 EHCP.NO_TRANSFER_PENDING or EHCP.TRANSFER_WITHDRAWN_BEFORE_LEARNED',
    {
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.NO_TRANSFER_PENDING',
          'EHCP.PLAN_CEASED',
          'EHCP.REASON_REQUIRED',
          'EHCP.TRANSFER_WITHDRAWN_BEFORE_LEARNED',
          'STATUTORY.INVALID_DATE',
        ],
      },
    },
  )
  withdraw(@CaseRequest() request: CaseRequestContext, @Body() body: WithdrawPlanTransferDto) {
    const { withdrawnOn, reason } = body;
    return this.cases.send(request, WithdrawPlanTransferCommand, { withdrawnOn, reason });
  }
}
