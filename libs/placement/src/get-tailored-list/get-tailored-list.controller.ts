import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiExtraModels, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CLOCK, type Clock } from '@send/kernel';
import {
  CASE_READERS,
  CaseAccess,
  CurrentUser,
  InvalidRequestError,
  IsBusinessDate,
  Roles,
  type User,
  ApiProblems,
  ApiAnswer,
  Answer,
} from '@send/platform';
import { CaseQueries } from '@send/read-models';
import { isAfter, todayInEngland } from '@send/statutory';
import { NEED_CODES, currentPhaseTransfer, type NeedCode } from '../domain/index.js';
import { CHILD_STAGE, NEED, PhaseTransferRoundDto, TailoredListItemDto } from '../placement.schema.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

/**
 * The child's date of birth (assessment) and primary need (section B of the plan, ehcp) come from the case's
 * read model; a caller may pass them to ask about another need or before a plan exists.
 */
export class TailoredListQuery {
  @ApiPropertyOptional({ example: '2016-08-31', description: "Default: the child's, from the case" })
  @IsOptional()
  @IsBusinessDate()
  dateOfBirth?: string;
  @ApiPropertyOptional({ enum: NEED_CODES, description: "Default: section B's primary need in the latest plan" })
  @IsOptional()
  @IsIn(NEED_CODES)
  primaryNeed?: NeedCode;
  @ApiPropertyOptional({
    example: '2025-10-01',
    description: 'Default today; while a phase transfer is coming, the day of the transfer (the new phase)',
  })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

@ApiTags('placement')
@ApiExtraModels(TailoredListItemDto, PhaseTransferRoundDto)
@Controller('api/v1/cases/:caseId/placement/tailored-list')
export class GetTailoredListController {
  constructor(
    private readonly access: CaseAccess,
    private readonly registry: PlacementRegistry,
    private readonly cases: CaseQueries,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({
    summary: "Settings from the LA's local inclusion plan (and its partners') that fit the child's need, age and phase",
  })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'] })
  @ApiAnswer(
    Answer.object(
      {
        caseId: Answer.uuid(),
        la: Answer.string(),
        asOf: Answer.string(),
        child: {
          ...Answer.object({ primaryNeed: NEED, ...CHILD_STAGE }, ['phase']),
          description: 'The primary need and the stage of education as of asOf',
        },
        items: Answer.list(Answer.ref(TailoredListItemDto)),
        phaseTransfer: {
          allOf: [Answer.ref(PhaseTransferRoundDto)],
          description: 'The phase transfer coming or last started, without its phase',
        },
      },
      ['phaseTransfer'],
    ),
  )
  async list(@Param('caseId', ParseUUIDPipe) caseId: string, @Query() query: TailoredListQuery, @CurrentUser() user: User) {
    const la = await this.access.laOf(user, caseId);
    const today = todayInEngland(this.clock.now());
    // A phase transfer coming (Reg 18): until the move, the list is for the phase the child moves into.
    const transfer = currentPhaseTransfer((await this.registry.placement(caseId)).state);
    const upcoming = transfer !== undefined && isAfter(transfer.transferOn, today) ? transfer : undefined;
    const asOf = query.asOf ?? upcoming?.transferOn ?? today;
    const known = await this.cases.summary(caseId, today);
    const dateOfBirth = query.dateOfBirth ?? known?.child.dateOfBirth;
    const primaryNeed = query.primaryNeed ?? (known?.primaryNeed as NeedCode | undefined);
    const missing = [...(dateOfBirth ? [] : ['dateOfBirth']), ...(primaryNeed ? [] : ['primaryNeed'])];
    // '' once the child's personal data is erased: not known, like a case that never gave it.
    if (!dateOfBirth || primaryNeed === undefined) {
      throw new InvalidRequestError(
        missing.map((field) => ({ field, message: `${field} is not known for this case yet: pass it` })),
      );
    }
    const { stage, items } = await this.registry.tailoredListFor({ la, dateOfBirth, primaryNeed }, asOf);
    const phaseTransfer =
      transfer === undefined
        ? {}
        : {
            phaseTransfer: {
              transferId: transfer.transferId,
              transfer: transfer.transfer,
              transferOn: transfer.transferOn,
              dueOn: transfer.dueOn,
            },
          };
    return { caseId, la, asOf, child: { primaryNeed, ...stage }, items, ...phaseTransfer };
  }
}
