import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CLOCK, type Clock } from '@send/kernel';
import { CASE_READERS, CaseAccess, CurrentUser, IsBusinessDate, Roles, type User } from '@send/platform';
import { todayInEngland } from '@send/statutory';
import { NEED_CODES, type NeedCode } from '../domain/index.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

/**
 * The child's date of birth and primary need belong to other contexts (assessment, ehcp). Until the case's
 * read model feeds them here, the caller passes them.
 */
export class TailoredListQuery {
  @ApiProperty({ example: '2016-08-31' }) @IsBusinessDate() dateOfBirth!: string;
  @ApiProperty({ enum: NEED_CODES }) @IsIn(NEED_CODES) primaryNeed!: NeedCode;
  @ApiPropertyOptional({ example: '2025-10-01', description: 'Default today' }) @IsOptional() @IsBusinessDate() asOf?: string;
}

@ApiTags('placement')
@Controller('api/v1/cases/:caseId/placement/tailored-list')
export class GetTailoredListController {
  constructor(
    private readonly access: CaseAccess,
    private readonly registry: PlacementRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: "Settings from the LA's local inclusion plan (and its partners') that fit the child's need, age and phase",
  })
  async list(@Param('caseId', ParseUUIDPipe) caseId: string, @Query() query: TailoredListQuery, @CurrentUser() user: User) {
    const la = await this.access.laOf(user, caseId);
    const asOf = query.asOf ?? todayInEngland(this.clock.now());
    const { stage, items } = await this.registry.tailoredListFor({ la, ...query }, asOf);
    return { caseId, la, asOf, child: { primaryNeed: query.primaryNeed, ...stage }, items };
  }
}
