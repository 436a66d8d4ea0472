import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import {
  CaseCommands,
  CaseRequest,
  type CaseRequestContext,
  CaseWrite,
  type FieldError,
  IsBusinessDate,
  IsParsedBy,
  NOT_BLANK,
  WriteAnswerWith,
} from '@send/platform';
import { OUTCOME_PROGRESS, REVIEW_DECISIONS, type OutcomeProgress, type ReviewDecision } from '../domain/index.js';
import { OutcomeProgressDto } from '../plan-sections.schema.js';
import { DecideReviewCommand, SendReviewReportCommand, StartReviewCommand } from './record-review.command.js';

export class StartReviewDto {
  @ApiProperty({ example: '2026-01-16' }) @IsBusinessDate() meetingOn!: string;
  @ApiPropertyOptional({ description: 'When the invitations went out: at least 2 weeks before (Reg 20(3))' })
  @IsOptional()
  @IsBusinessDate()
  invitationsSentOn?: string;
  @ApiPropertyOptional({ description: 'When the advice was circulated: at least 2 weeks before (Reg 20(4))' })
  @IsOptional()
  @IsBusinessDate()
  adviceCirculatedOn?: string;
}

export class SendReviewReportDto {
  @ApiProperty({ example: '2026-01-23' }) @IsBusinessDate() sentOn!: string;
}

/** outcomesProgress: [{ outcomeId, progress }], every bad entry named. */
export function outcomesProgressErrors(value: unknown, field: string): FieldError[] {
  if (!Array.isArray(value)) return [{ field, message: `${field} must be a list of { outcomeId, progress }` }];
  return value.flatMap((entry: unknown, i): FieldError[] => {
    const at = `${field}[${i}]`;
    if (typeof entry !== 'object' || entry === null) return [{ field: at, message: 'must be { outcomeId, progress }' }];
    const { outcomeId, progress } = entry as Record<string, unknown>;
    return [
      ...(typeof outcomeId === 'string' && outcomeId.trim() !== '' && outcomeId.length <= 100
        ? []
        : [{ field: `${at}.outcomeId`, message: 'outcomeId must be non-empty text' }]),
      ...((OUTCOME_PROGRESS as readonly unknown[]).includes(progress)
        ? []
        : [{ field: `${at}.progress`, message: `progress must be one of ${OUTCOME_PROGRESS.join(', ')}` }]),
    ];
  });
}

export class DecideReviewDto {
  @ApiProperty({ enum: REVIEW_DECISIONS }) @IsIn(REVIEW_DECISIONS) decision!: ReviewDecision;
  @ApiProperty({ example: '2026-02-06' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty({ description: 'Whether a step down to targeted support (or ceasing) was considered at this review' })
  @IsBoolean()
  stepDownConsidered!: boolean;
  @ApiProperty({ description: 'Why a step down is or is not appropriate' })
  @IsString()
  @Matches(...NOT_BLANK)
  @MaxLength(5000)
  stepDownRationale!: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(5000) rationale!: string;
  @ApiPropertyOptional({
    description: 'Required with amend: the specific amendments proposed, section by section (Reg 22(2); Devon)',
  })
  @ValidateIf((o: DecideReviewDto) => o.decision === 'amend' || o.proposedAmendments !== undefined)
  @IsString()
  @Matches(...NOT_BLANK)
  @MaxLength(10000)
  proposedAmendments?: string;
  @ApiPropertyOptional({ type: [OutcomeProgressDto], description: 'Progress towards each outcome of section E' })
  @IsOptional()
  @IsParsedBy('outcomesProgress', outcomesProgressErrors)
  outcomesProgress?: unknown;
}

/** The write answer of this route, with what it created. */
const ReviewStartedAnswer = WriteAnswerWith('ReviewStartedAnswer', { reviewId: { format: 'uuid' } });

@ApiTags('reviews')
@Controller('api/v1/cases/:caseId/reviews')
export class RecordReviewController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Record the review meeting (CFA s.44, Reg 20); starts review-report and review-decision; returns reviewId', {
    answer: ReviewStartedAnswer,
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'EHCP.PLAN_CEASED',
        'EHCP.PLAN_NOT_FINAL',
        'EHCP.REVIEW_ALREADY_OPEN',
        'EHCP.REVIEW_BEFORE_PLAN',
        'EHCP.REVIEW_DATES_AFTER_MEETING',
        'STATUTORY.INVALID_DATE',
        'STATUTORY.NO_FIXED_PERIOD',
        'STATUTORY.UNKNOWN_RULE',
      ],
    },
  })
  start(@CaseRequest() request: CaseRequestContext, @Body() body: StartReviewDto) {
    return this.cases.send(request, StartReviewCommand, { ...body });
  }

  @Post(':reviewId/report')
  @CaseWrite('The report of the review meeting was sent (Reg 20(7)); closes review-report', {
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'EHCP.PLAN_CEASED',
        'EHCP.PLAN_NOT_FINAL',
        'EHCP.REPORT_BEFORE_MEETING',
        'EHCP.REVIEW_NOT_FOUND',
        'STATUTORY.INVALID_DATE',
      ],
    },
  })
  report(@CaseRequest() request: CaseRequestContext, @Param('reviewId') reviewId: string, @Body() body: SendReviewReportDto) {
    return this.cases.send(request, SendReviewReportCommand, { reviewId, ...body });
  }

  @Post(':reviewId/decision')
  @CaseWrite(
    "The LA's decision after the review (Reg 20(10)): maintain, amend (the Reg 22 notice) or cease; " +
      'concludes the review and starts the next annual-review. 422 EHCP.UNKNOWN_OUTCOME, EHCP.PLAN_NOT_FINAL',
    {
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'EHCP.AMENDMENT_ALREADY_OPEN',
          'EHCP.DECISION_BEFORE_MEETING',
          'EHCP.DUPLICATE_OUTCOME',
          'EHCP.PLAN_CEASED',
          'EHCP.PLAN_NOT_FINAL',
          'EHCP.PROPOSED_AMENDMENTS_REQUIRED',
          'EHCP.REVIEW_ALREADY_DECIDED',
          'EHCP.REVIEW_NOT_FOUND',
          'EHCP.STEP_DOWN_REQUIRED',
          'EHCP.UNKNOWN_OUTCOME',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.NO_FIXED_PERIOD',
          'STATUTORY.UNKNOWN_RULE',
        ],
      },
    },
  )
  decide(@CaseRequest() request: CaseRequestContext, @Param('reviewId') reviewId: string, @Body() body: DecideReviewDto) {
    const { outcomesProgress, ...decision } = body;
    const progress = (outcomesProgress as OutcomeProgress[] | undefined)?.map(({ outcomeId, progress: p }) => ({
      outcomeId,
      progress: p,
    }));
    return this.cases.send(request, DecideReviewCommand, {
      reviewId,
      ...decision,
      ...(progress ? { outcomesProgress: progress } : {}),
    });
  }
}
