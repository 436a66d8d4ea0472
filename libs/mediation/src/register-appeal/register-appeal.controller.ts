import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { disputeIdPipe } from '../dispute-id.js';
import { RegisterAppealCommand } from './register-appeal.command.js';

export class RegisterAppealDto {
  @ApiProperty({ example: '2025-04-01' }) @IsBusinessDate() registeredOn!: string;
  @ApiPropertyOptional({ description: 'The tribunal extended the time to appeal (HESC Rules r.5(3)(a))' })
  @IsOptional()
  @IsBoolean()
  extensionGranted?: boolean;
}

@ApiTags('mediation')
@Controller('api/v1/cases/:caseId/disputes/:disputeId/appeal')
export class RegisterAppealController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Record an appeal registered with the tribunal. 422 MEDIATION.CERTIFICATE_REQUIRED when the deployment’s ' +
      'MEDIATION_POLICY needs a certificate (current-law, CFA 2014 s.55; not for section I only) or mediation held ' +
      '(mandatory-mediation), details.needs saying which; 422 MEDIATION.APPEAL_OUT_OF_TIME after the window unless extensionGranted',
    {
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'MEDIATION.ALREADY_APPEALED',
          'MEDIATION.APPEAL_OUT_OF_TIME',
          'MEDIATION.CERTIFICATE_REQUIRED',
          'MEDIATION.DATE_BEFORE_DECISION_LETTER',
          'MEDIATION.NOT_APPEALABLE',
          'STATUTORY.INVALID_DATE',
        ],
        404: ['MEDIATION.DISPUTE_NOT_FOUND'],
      },
    },
  )
  register(
    @CaseRequest() request: CaseRequestContext,
    @Param('disputeId', disputeIdPipe()) disputeId: string,
    @Body() body: RegisterAppealDto,
  ) {
    return this.cases.send(request, RegisterAppealCommand, { disputeId, ...body });
  }
}
