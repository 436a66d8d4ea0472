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
import { REASSESSMENT_REQUESTERS, type ReassessmentDecision, type ReassessmentRequester } from '../domain/index.js';
import { ruleOf, type ExceptionGround } from '@send/statutory';
import {
  DecideReassessmentCommand,
  RecordReassessmentExceptionCommand,
  RequestReassessmentCommand,
} from './reassessment.command.js';

const DECISIONS: ReassessmentDecision[] = ['reassess', 'refuse'];
/** Reg 27(3)'s grounds, as the rule table lists them for the 14 weeks. */
const GROUNDS = ruleOf('reassessment-final-plan').exceptionGrounds;

export class RequestReassessmentDto {
  @ApiProperty({ example: '2026-12-20' }) @IsBusinessDate() requestedOn!: string;
  @ApiProperty({ enum: REASSESSMENT_REQUESTERS }) @IsIn(REASSESSMENT_REQUESTERS) requestedBy!: ReassessmentRequester;
}

export class DecideReassessmentDto {
  @ApiProperty({ enum: DECISIONS }) @IsIn(DECISIONS) decision!: ReassessmentDecision;
  @ApiProperty({ example: '2027-01-04' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(4000) reason!: string;
}

export class RecordReassessmentExceptionDto {
  @ApiProperty({ enum: GROUNDS, description: 'Only the lawful grounds of Reg 27(3); a waiting list is not one' })
  @IsIn(GROUNDS, { message: `ground must be one of the lawful grounds of Reg 27(3): ${GROUNDS.join(', ')}` })
  ground!: ExceptionGround;
  @ApiProperty({ example: '2027-02-01' }) @IsBusinessDate() from!: string;
  @ApiPropertyOptional({ example: '2027-03-15' }) @IsOptional() @IsBusinessDate() to?: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(5000) evidence!: string;
  @ApiProperty() @IsBoolean() familyNotified!: boolean;
}

/** The write answer of this route, with what it created. */
const ReassessmentRequestedAnswer = WriteAnswerWith('ReassessmentRequestedAnswer', { reassessmentId: { format: 'uuid' } });

/** The write answer of this route, with what it created. */
const ReassessmentExceptionRecordedAnswer = WriteAnswerWith('ReassessmentExceptionRecordedAnswer', {
  exceptionId: { format: 'uuid' },
});

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/reassessment')
export class ReassessmentController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Record a request for a re-assessment (Reg 24); starts reassessment-decision (15 days, Reg 25(1)); returns reassessmentId. ' +
      '422 EHCP.PLAN_NOT_FINAL, EHCP.REASSESSMENT_IN_PROGRESS, EHCP.PLAN_CEASED',
    {
      answer: ReassessmentRequestedAnswer,
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.PLAN_CEASED',
          'EHCP.PLAN_NOT_FINAL',
          'EHCP.REASSESSMENT_IN_PROGRESS',
          'EHCP.REQUEST_BEFORE_PLAN',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.NO_FIXED_PERIOD',
          'STATUTORY.UNKNOWN_RULE',
        ],
      },
    },
  )
  request(@CaseRequest() request: CaseRequestContext, @Body() body: RequestReassessmentDto) {
    const { requestedOn, requestedBy } = body;
    return this.cases.send(request, RequestReassessmentCommand, { requestedOn, requestedBy });
  }

  @Post('decision')
  @CaseWrite(
    'Decide whether to re-assess (Reg 25); reassess starts reassessment-final-plan (14 weeks, Reg 27(2)) and allows a new ' +
      'draft and final plan; refuse is appealable (CFA s.51(2)(d)). 422 EHCP.NO_REASSESSMENT_REQUEST, ' +
      'EHCP.REASSESSMENT_ALREADY_DECIDED, EHCP.DECISION_BEFORE_REQUEST',
    {
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.DECISION_BEFORE_REQUEST',
          'EHCP.NO_REASSESSMENT_REQUEST',
          'EHCP.PLAN_CEASED',
          'EHCP.REASON_REQUIRED',
          'EHCP.REASSESSMENT_ALREADY_DECIDED',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.NO_FIXED_PERIOD',
          'STATUTORY.UNKNOWN_RULE',
        ],
      },
    },
  )
  decide(@CaseRequest() request: CaseRequestContext, @Body() body: DecideReassessmentDto) {
    const { decision, decidedOn, reason } = body;
    return this.cases.send(request, DecideReassessmentCommand, { decision, decidedOn, reason });
  }

  @Post('exceptions')
  @CaseWrite(
    'Record a lawful exception to the re-assessment’s 14 weeks (Reg 27(3)): the running reassessment-final-plan clock ' +
      'shows excepted and keeps its due date; returns exceptionId. 422 EHCP.NOT_REASSESSING, EHCP.EXCEPTION_NOT_APPLICABLE, ' +
      'EHCP.EXCEPTION_GROUND_NOT_MET, EHCP.EXCEPTION_PERIOD_INVALID, EHCP.REASSESSMENT_ALREADY_EXCEPTED',
    {
      answer: ReassessmentExceptionRecordedAnswer,
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.EVIDENCE_REQUIRED',
          'EHCP.EXCEPTION_GROUND_NOT_LAWFUL',
          'EHCP.EXCEPTION_GROUND_NOT_MET',
          'EHCP.EXCEPTION_NOT_APPLICABLE',
          'EHCP.EXCEPTION_PERIOD_INVALID',
          'EHCP.NOT_REASSESSING',
          'EHCP.PLAN_CEASED',
          'EHCP.REASSESSMENT_ALREADY_EXCEPTED',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.UNKNOWN_RULE',
        ],
      },
    },
  )
  except(@CaseRequest() request: CaseRequestContext, @Body() body: RecordReassessmentExceptionDto) {
    const { ground, from, to, evidence, familyNotified } = body;
    return this.cases.send(request, RecordReassessmentExceptionCommand, {
      ground,
      from,
      ...(to === undefined ? {} : { to }),
      evidence,
      familyNotified,
    });
  }
}
