import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { MEDIATION_STEPS, type MediationStep } from '../domain/index.js';
import { disputeIdPipe } from '../dispute-id.js';
import { RecordMediationStepCommand } from './record-mediation-step.command.js';

export class RecordMediationStepDto {
  @ApiProperty({ enum: MEDIATION_STEPS }) @IsIn(MEDIATION_STEPS) event!: MediationStep;
  @ApiProperty({ example: '2025-03-12' }) @IsBusinessDate() on!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@ApiTags('mediation')
@Controller('api/v1/cases/:caseId/disputes/:disputeId/mediation')
export class RecordMediationStepController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Record a mediation step. declined: certificate due in 3 working days (Reg 34); requested: mediation within ' +
      '30 days (Reg 37); held: certificate due in 3 working days (Reg 39); agreement: comply within 2 weeks (Reg 42)',
  )
  record(
    @CaseRequest() request: CaseRequestContext,
    @Param('disputeId', disputeIdPipe()) disputeId: string,
    @Body() body: RecordMediationStepDto,
  ) {
    return this.cases.send(request, RecordMediationStepCommand, { disputeId, ...body });
  }
}
