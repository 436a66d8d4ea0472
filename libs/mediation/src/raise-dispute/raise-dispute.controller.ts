import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsIn } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, WriteAnswerWith } from '@send/platform';
import { ISSUES, type Issue } from '../domain/index.js';
import { RaiseDisputeCommand } from './raise-dispute.command.js';

export class RaiseDisputeDto {
  @ApiProperty({ enum: ISSUES, isArray: true, description: 'What the family disagrees with, all from one decision letter' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(ISSUES.length)
  @IsIn(ISSUES, { each: true, message: `each of about must be one of: ${ISSUES.join(', ')}` })
  about!: Issue[];
  @ApiProperty({ example: '2025-03-03' }) @IsBusinessDate() decisionLetterOn!: string;
  @ApiProperty({ example: '2025-03-10' }) @IsBusinessDate() raisedOn!: string;
}

/** The write answer of this route, with what it created. */
const DisputeRaisedAnswer = WriteAnswerWith('DisputeRaisedAnswer', { disputeId: { format: 'uuid' } });

@ApiTags('mediation')
@Controller('api/v1/cases/:caseId/disputes')
export class RaiseDisputeController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Record a disagreement with a decision letter; returns disputeId. Opens the appeal window (HESC Rules r.20(1)) ' +
      'unless that decision already did; 422 MEDIATION.ISSUES_FROM_DIFFERENT_DECISIONS',
    {
      answer: DisputeRaisedAnswer,
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'MEDIATION.DATE_BEFORE_DECISION_LETTER',
          'MEDIATION.ISSUES_FROM_DIFFERENT_DECISIONS',
          'MEDIATION.ISSUES_REQUIRED',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.UNKNOWN_RULE',
        ],
      },
    },
  )
  raise(@CaseRequest() request: CaseRequestContext, @Body() body: RaiseDisputeDto) {
    return this.cases.send(request, RaiseDisputeCommand, { ...body, about: [...body.about] });
  }
}
