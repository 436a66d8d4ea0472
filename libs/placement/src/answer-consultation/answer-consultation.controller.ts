import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { CONSULTATION_ANSWERS, OBJECTION_GROUNDS, type ConsultationAnswer, type ObjectionGround } from '../domain/index.js';
import { AnswerConsultationCommand } from './answer-consultation.command.js';

export class AnswerConsultationDto {
  @ApiProperty({ example: '2025-09-29' }) @IsBusinessDate() answeredOn!: string;
  @ApiProperty({ enum: CONSULTATION_ANSWERS }) @IsIn(CONSULTATION_ANSWERS) answer!: ConsultationAnswer;

  @ApiPropertyOptional({
    enum: OBJECTION_GROUNDS,
    isArray: true,
    description: 'CFA s.39(4) grounds; required with cannot-meet. One ground may be sent as a string.',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @ArrayMaxSize(OBJECTION_GROUNDS.length)
  @IsIn(OBJECTION_GROUNDS, { each: true })
  grounds?: ObjectionGround[];
}

@ApiTags('placement')
@Controller('api/v1/cases/:caseId/placement/consultations/:consultationId/answer')
export class AnswerConsultationController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite("Record the setting's answer to a consultation; cannot-meet cites CFA s.39(4) grounds", {
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'PLACEMENT.ALREADY_ANSWERED',
        'PLACEMENT.ANSWER_BEFORE_CONSULTATION',
        'PLACEMENT.GROUNDS_REQUIRED',
        'PLACEMENT.GROUNDS_WITHOUT_OBJECTION',
        'STATUTORY.INVALID_DATE',
      ],
      404: ['PLACEMENT.CONSULTATION_NOT_FOUND'],
    },
  })
  answer(
    @CaseRequest() request: CaseRequestContext,
    @Param('consultationId', ParseUUIDPipe) consultationId: string,
    @Body() body: AnswerConsultationDto,
  ) {
    return this.cases.send(request, AnswerConsultationCommand, { consultationId, ...body });
  }
}
