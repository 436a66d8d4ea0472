import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { AcceptPlanTransferCommand, RequestPlanTransferCommand } from './transfer-plan.command.js';

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

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/transfer')
export class TransferPlanController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Transfer the EHC plan to the LA the child moved to (Reg 15(2)); by the LA that maintains it; starts transfer-plan; ' +
      'returns transferId; 422 EHCP.TRANSFER_TO_SAME_LA, EHCP.TRANSFER_NEEDS_FINAL_PLAN or EHCP.TRANSFER_ALREADY_PENDING',
  )
  request(@CaseRequest() request: CaseRequestContext, @Body() body: RequestPlanTransferDto) {
    const { toLa, movedOn, learnedOn } = body;
    return this.cases.send(request, RequestPlanTransferCommand, { toLa, movedOn, learnedOn });
  }

  @Post('accept')
  @CaseWrite(
    'Accept a transferred EHC plan (Reg 15(3)); by the LA it is going to, which then holds the case; ' +
      'starts transfer-notice and transfer-review; 422 EHCP.NO_TRANSFER_PENDING or EHCP.TRANSFER_NOT_TO_YOUR_LA',
  )
  accept(@CaseRequest() request: CaseRequestContext, @Body() body: AcceptPlanTransferDto) {
    const byLa = request.user.la ?? '';
    return this.cases.send(request, AcceptPlanTransferCommand, { acceptedOn: body.acceptedOn, byLa }, { incoming: true });
  }
}
