import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, WriteAnswerDto } from '@send/platform';
import type { Adviser } from '../domain/index.js';
import { RequestAdviceCommand } from './request-advice.command.js';

const ADVISERS: Adviser[] = ['educational-psychologist', 'health', 'social-care', 'setting', 'other'];

export class RequestAdviceDto {
  @ApiProperty({ enum: ADVISERS }) @IsIn(ADVISERS) adviser!: Adviser;
  @ApiProperty({ example: '2024-04-02' }) @IsBusinessDate() requestedOn!: string;
}

/** The write answer of an advice request: the id by which its receipt is recorded. */
export class AdviceRequestedAnswer extends WriteAnswerDto {
  @ApiProperty({ format: 'uuid' }) adviceId!: string;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment/advice')
export class RequestAdviceController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Ask a professional for advice (Reg 6); starts its 6-week clock (Reg 8(1)); returns adviceId', {
    answer: AdviceRequestedAnswer,
    problems: {
      422: [
        'ASSESSMENT.ADVICE_ALREADY_REQUESTED',
        'ASSESSMENT.ADVICE_BEFORE_DECISION',
        'ASSESSMENT.NOT_ASSESSING',
        'ASSESSMENT.NOT_REQUESTED',
        'DATE.IN_THE_FUTURE',
        'STATUTORY.INVALID_DATE',
        'STATUTORY.NO_FIXED_PERIOD',
        'STATUTORY.UNKNOWN_RULE',
      ],
    },
  })
  request(@CaseRequest() request: CaseRequestContext, @Body() body: RequestAdviceDto) {
    return this.cases.send(request, RequestAdviceCommand, { ...body });
  }
}
