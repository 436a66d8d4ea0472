import { ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';

/** The answers of the case reads (CaseSummaryView, CaseListPage and the deadline register in @send/read-models). */

export class ChildDto {
  @ApiProperty() givenName!: string;
  @ApiProperty() familyName!: string;
  @ApiProperty({ example: '2018-05-14' }) dateOfBirth!: string;
}

export class SummaryPlanDto {
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ example: 'draft' }) status!: string;
  /** The plan context's component (libs/ehcp/src/plan-sections.schema.ts): every described API holds it. */
  @ApiPropertyOptional({
    allOf: [{ $ref: getSchemaPath('PlanSectionI') }],
    description: 'Section I as issued, once there is one',
  })
  setting?: object;
}

export class PendingTransferDto {
  @ApiProperty({ enum: ['pending'] }) status!: 'pending';
  @ApiProperty({ example: '202' }) fromLa!: string;
  @ApiProperty({ example: '203' }) toLa!: string;
}

export class OpenDeadlineDto {
  @ApiProperty() deadlineId!: string;
  @ApiProperty({ example: 'assessment-decision' }) rule!: string;
  @ApiProperty({ example: '2024-12-13' }) dueOn!: string;
  @ApiProperty({ enum: ['open', 'breached'] }) status!: 'open' | 'breached';
}

export class CaseRevisionsDto {
  @ApiProperty({ description: 'The assessment stream (If-Match of the assessment routes)' }) assessment!: number;
  @ApiProperty({ description: 'The plan stream (If-Match of the plan routes); -1 before a plan' }) ehcp!: number;
}

@ApiSchema({ name: 'CaseSummary' })
export class CaseSummaryDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: '202' }) la!: string;
  @ApiProperty({ example: 'assessing' }) stage!: string;
  @ApiProperty({ type: ChildDto }) child!: ChildDto;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ example: '2024-11-01' }) requestedOn!: string;
  @ApiPropertyOptional() primaryNeed?: string;
  @ApiPropertyOptional({ type: SummaryPlanDto }) plan?: SummaryPlanDto;
  @ApiPropertyOptional({ type: PendingTransferDto }) transfer?: PendingTransferDto;
  @ApiProperty({ type: [OpenDeadlineDto] }) openDeadlines!: OpenDeadlineDto[];
  @ApiProperty({ type: CaseRevisionsDto }) revisions!: CaseRevisionsDto;
}

export class NextDeadlineDto {
  @ApiProperty() deadlineId!: string;
  @ApiProperty() rule!: string;
  @ApiProperty({ description: "The rule's title from the rule table" }) title!: string;
  @ApiProperty({ example: '2024-12-13' }) dueOn!: string;
}

@ApiSchema({ name: 'CaseListItem' })
export class CaseListItemDto extends CaseSummaryDto {
  @ApiPropertyOptional({ type: NextDeadlineDto }) nextDeadline?: NextDeadlineDto;
}

@ApiSchema({ name: 'CaseListPage' })
export class CaseListPageDto {
  @ApiProperty({ type: [CaseListItemDto] }) items!: CaseListItemDto[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) pageSize!: number;
  @ApiProperty() total!: number;
}

export class DeadlineExceptionDto {
  @ApiProperty({ description: 'The lawful ground (EXCEPTION_GROUNDS in the rule table)', example: 'school-closure' })
  ground!: string;
  @ApiProperty({ example: '2024-12-20', description: 'The day it was recorded as excepted' }) from!: string;
  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'The regulation that allows it',
    example: 'SEND Regulations 2014 reg 5(4)',
  })
  source!: string | null;
}

/** One deadline of the register (DeadlineView), as of the date asked. */
@ApiSchema({ name: 'Deadline' })
export class DeadlineDto {
  @ApiProperty() deadlineId!: string;
  @ApiProperty({ example: 'assessment-decision' }) rule!: string;
  @ApiProperty({ description: 'The id of the event that started the clock' }) source!: string;
  @ApiProperty({ example: '2024-11-01' }) startedOn!: string;
  @ApiProperty({ example: '2024-12-13' }) dueOn!: string;
  @ApiProperty({ enum: ['open', 'met', 'breached', 'excepted', 'not-applicable'] }) status!: string;
  @ApiPropertyOptional({ example: '2024-12-10' }) closedOn?: string;
  @ApiPropertyOptional({ type: DeadlineExceptionDto, description: 'The lawful exception the deadline is under' })
  exception?: DeadlineExceptionDto;
  @ApiPropertyOptional() notApplicableReason?: string;
}
