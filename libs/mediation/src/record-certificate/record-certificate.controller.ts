import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { disputeIdPipe } from '../dispute-id.js';
import { RecordCertificateCommand } from './record-certificate.command.js';

export class RecordCertificateDto {
  @ApiProperty({ example: '2025-03-14' }) @IsBusinessDate() issuedOn!: string;
}

@ApiTags('mediation')
@Controller('api/v1/cases/:caseId/disputes/:disputeId/certificate')
export class RecordCertificateController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Record the mediation certificate (CFA 2014 s.55); the appeal window becomes the later of its two limits', {
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'MEDIATION.CERTIFICATE_ALREADY_ISSUED',
        'MEDIATION.DATE_BEFORE_PRECEDING_STEP',
        'MEDIATION.DATE_BEFORE_DECISION_LETTER',
        'STATUTORY.INVALID_DATE',
        'STATUTORY.UNKNOWN_RULE',
      ],
      404: ['MEDIATION.DISPUTE_NOT_FOUND'],
    },
  })
  record(
    @CaseRequest() request: CaseRequestContext,
    @Param('disputeId', disputeIdPipe()) disputeId: string,
    @Body() body: RecordCertificateDto,
  ) {
    return this.cases.send(request, RecordCertificateCommand, { disputeId, issuedOn: body.issuedOn });
  }
}
