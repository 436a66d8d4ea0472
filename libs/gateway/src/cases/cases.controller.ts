import { CaseListPageDto, CaseSummaryDto, DeadlineDto } from './case.responses.js';
import { Controller, ForbiddenException, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CLOCK, type Clock, NotFoundError, caseIdPrefixOf } from '@send/kernel';
import {
  CASE_READERS,
  CaseAccess,
  CurrentUser,
  IsBusinessDate,
  NATIONAL_ROLES,
  Roles,
  type User,
  ApiProblems,
} from '@send/platform';
import { CaseQueries } from '@send/read-models';
import { RULE_IDS, todayInEngland } from '@send/statutory';

export class CaseListQuery {
  @ApiPropertyOptional() @IsOptional() @Matches(/^\d{3}$/, { message: 'la must be a three-digit DfE LA code' }) la?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() stage?: string;
  @ApiPropertyOptional() @IsOptional() @IsBusinessDate() dueBefore?: string;
  @ApiPropertyOptional({ enum: ['requested', 'next-deadline'], default: 'requested' })
  @IsOptional()
  @IsIn(['requested', 'next-deadline'], { message: 'sort must be requested or next-deadline' })
  sort?: 'requested' | 'next-deadline';
  @ApiPropertyOptional({ description: 'Cases with a running clock of this rule (docs/domain.md rule ids)' })
  @IsOptional()
  @IsIn(RULE_IDS, { message: 'rule must be a statutory rule id' })
  rule?: string;
  @ApiPropertyOptional({ description: 'Case reference or the start of a case id (hex digits and hyphens)' })
  @IsOptional()
  @Matches(/^\s*[0-9a-fA-F-]{1,36}\s*$/, {
    message: 'ref must be the start of a case reference: letters a to f, digits and hyphens',
  })
  ref?: string;
  @ApiPropertyOptional({ description: 'true: only open cases (the pathway not ended, or a clock still running)' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'open must be true or false' })
  open?: 'true' | 'false';
  @ApiPropertyOptional({ default: 1 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) page?: number;
  @ApiPropertyOptional({ default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize?: number;
}

export class AsOfQuery {
  @ApiPropertyOptional({ description: 'Status of each deadline as of this date (default today in England)' })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

@ApiTags('cases')
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    private readonly queries: CaseQueries,
    private readonly access: CaseAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: 'Cases, filtered, sorted and paged, each with its next deadline; caseworkers and managers see their own LA only',
  })
  @ApiOkResponse({ type: CaseListPageDto })
  @ApiProblems({ 400: true, 401: true, 403: true })
  async list(@Query() q: CaseListQuery, @CurrentUser() user: User) {
    const national = NATIONAL_ROLES.has(user.role);
    if (!national && q.la !== undefined && q.la !== user.la)
      throw new ForbiddenException(`You work for LA ${user.la}, not ${q.la}.`);
    const las = national ? (q.la ? [q.la] : undefined) : [user.la ?? '---'];
    return this.queries.list({
      las,
      stage: q.stage,
      dueBefore: q.dueBefore,
      sort: q.sort,
      rule: q.rule,
      ref: q.ref === undefined ? undefined : caseIdPrefixOf(q.ref),
      open: q.open === 'true',
      page: q.page ?? 1,
      pageSize: q.pageSize ?? 20,
      today: this.today(),
    });
  }

  @Get(':caseId')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Case summary: stage, child, plan, open deadlines' })
  @ApiOkResponse({ type: CaseSummaryDto })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'] })
  async get(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentUser() user: User) {
    // The LA a transfer is pending to may read the summary, to accept the plan (Reg 15).
    await this.access.laOfOrIncoming(user, caseId);
    const summary = await this.queries.summary(caseId, this.today());
    if (!summary) throw new NotFoundError('CASE.NOT_FOUND', `No case ${caseId} is visible to you.`);
    return summary;
  }

  @Get(':caseId/deadlines')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Every statutory deadline of the case with its status as of a date' })
  @ApiOkResponse({ type: [DeadlineDto] })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'] })
  async deadlines(@Param('caseId', ParseUUIDPipe) caseId: string, @Query() q: AsOfQuery, @CurrentUser() user: User) {
    await this.access.laOf(user, caseId);
    return this.queries.deadlines(caseId, q.asOf ?? this.today());
  }

  private today(): string {
    return todayInEngland(this.clock.now());
  }
}
