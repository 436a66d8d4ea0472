import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IsOptional } from 'class-validator';
import { NotFoundError } from '@send/kernel';
import { IsBusinessDate, Roles, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import { PlacementErrors, planInForce } from '../domain/index.js';
import { REGISTRY_READERS } from '../placement-http.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

export class InclusionPlanQuery {
  @ApiPropertyOptional({ example: '2025-10-01', description: 'The version in force on this date; default the latest' })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

@ApiTags('placement')
@Controller('api/v1/inclusion-plans/:la')
export class GetInclusionPlanController {
  constructor(private readonly registry: PlacementRegistry) {}

  @Get()
  @Roles(...REGISTRY_READERS)
  @ApiParam({ name: 'la', example: '202' })
  @ApiOperation({ summary: "An LA's local inclusion plan: the version in force (or latest) and every version's date" })
  @ApiProblems({ 401: true, 403: true, 404: ['PLACEMENT.NO_INCLUSION_PLAN'] })
  @ApiAnswer(
    Answer.object({
      version: Answer.integer(),
      publishedOn: Answer.string(),
      revision: Answer.integer('The ETag'),
      versions: Answer.list(Answer.object({ version: Answer.integer(), publishedOn: Answer.string() })),
    }),
  )
  async get(@Param('la') la: string, @Query() query: InclusionPlanQuery, @Res({ passthrough: true }) res: Response) {
    const { state, revision } = await this.registry.inclusionPlan(la);
    const versions = state.status === 'published' ? state.versions : [];
    const current = query.asOf ? planInForce(versions, query.asOf) : versions.at(-1);
    if (!current)
      throw new NotFoundError(PlacementErrors.NO_INCLUSION_PLAN, `LA ${la} had published no local inclusion plan then.`);
    res.setHeader('ETag', `"${revision}"`);
    return { ...current, revision, versions: versions.map((v) => ({ version: v.version, publishedOn: v.publishedOn })) };
  }
}
