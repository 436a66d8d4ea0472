import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  CaseCommands,
  CaseRequest,
  type CaseRequestContext,
  CaseWrite,
  IsBusinessDate,
  NOT_BLANK,
  WriteAnswerWith,
} from '@send/platform';
import { EXCEPTION_GROUNDS, type ExceptionGround } from '@send/statutory';
import { RecordTimescaleExceptionCommand } from './record-timescale-exception.command.js';

export class RecordTimescaleExceptionDto {
  @ApiProperty({
    enum: EXCEPTION_GROUNDS,
    description: 'Only the lawful grounds of Reg 5(4), 8(2), 10(4); a waiting list is not one',
  })
  @IsIn(EXCEPTION_GROUNDS, { message: `ground must be one of the lawful grounds: ${EXCEPTION_GROUNDS.join(', ')}` })
  ground!: ExceptionGround;
  @ApiProperty({ example: '2024-03-01' }) @IsBusinessDate() from!: string;
  @ApiPropertyOptional({ example: '2024-04-15' }) @IsOptional() @IsBusinessDate() to?: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(5000) evidence!: string;
  @ApiProperty() @IsBoolean() familyNotified!: boolean;
}

/** The write answer of this route, with what it created. */
const TimescaleExceptionRecordedAnswer = WriteAnswerWith('TimescaleExceptionRecordedAnswer', { exceptionId: { format: 'uuid' } });

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment/exceptions')
export class RecordTimescaleExceptionController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Record a lawful exception to the timescales; open clocks it covers show as excepted', {
    answer: TimescaleExceptionRecordedAnswer,
    problems: {
      422: [
        'ASSESSMENT.EVIDENCE_REQUIRED',
        'ASSESSMENT.EXCEPTION_ALREADY_RECORDED',
        'ASSESSMENT.EXCEPTION_GROUND_NOT_MET',
        'ASSESSMENT.EXCEPTION_NOT_APPLICABLE',
        'ASSESSMENT.EXCEPTION_PERIOD_INVALID',
        'ASSESSMENT.NOT_REQUESTED',
        'DATE.IN_THE_FUTURE',
        'STATUTORY.INVALID_DATE',
        'STATUTORY.UNKNOWN_RULE',
      ],
    },
  })
  record(@CaseRequest() request: CaseRequestContext, @Body() body: RecordTimescaleExceptionDto) {
    return this.cases.send(request, RecordTimescaleExceptionCommand, { ...body });
  }
}
