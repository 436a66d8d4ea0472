import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { ReceiveAdviceCommand } from './receive-advice.command.js';

export class ReceiveAdviceDto {
  @ApiProperty({ example: '2024-05-01' }) @IsBusinessDate() receivedOn!: string;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment/advice/:adviceId/received')
export class ReceiveAdviceController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Record advice received; closes its 6-week clock', {
    problems: {
      422: [
        'ASSESSMENT.ADVICE_ALREADY_RECEIVED',
        'ASSESSMENT.ADVICE_RECEIVED_BEFORE_REQUEST',
        'ASSESSMENT.NOT_REQUESTED',
        'DATE.IN_THE_FUTURE',
        'STATUTORY.INVALID_DATE',
      ],
      404: ['ASSESSMENT.ADVICE_NOT_FOUND'],
    },
  })
  receive(@CaseRequest() request: CaseRequestContext, @Param('adviceId') adviceId: string, @Body() body: ReceiveAdviceDto) {
    return this.cases.send(request, ReceiveAdviceCommand, { adviceId, ...body });
  }
}
