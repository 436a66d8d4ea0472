import { Body, Controller, ForbiddenException, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { StandardRefDto } from '@send/standards';
import {
  CorrelationId,
  CurrentUser,
  IfMatch,
  InvalidRequestError,
  IsBusinessDate,
  Roles,
  type User,
  canSeeLa,
  ApiProblems,
  ApiAnswer,
  Answer,
} from '@send/platform';
import { LA_CODE, LA_CODE_MESSAGE, REGISTRY_WRITERS, SETTING_ID, SETTING_ID_MESSAGE } from '../placement-http.js';
import { PublishInclusionPlanCommand } from './publish-inclusion-plan.command.js';

/** A setting the plan names and the national standards of ordinarily available provision it provides. */
export class SettingProvisionDto {
  @ApiProperty({ example: 'urn-100001' })
  @IsString()
  @Matches(SETTING_ID, { message: SETTING_ID_MESSAGE })
  settingId!: string;

  @ApiProperty({ type: [StandardRefDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => StandardRefDto)
  standards!: StandardRefDto[];
}

export class PublishInclusionPlanDto {
  @ApiProperty({ example: '2025-09-01' }) @IsBusinessDate() publishedOn!: string;

  @ApiProperty({ type: [String], example: ['urn-100001'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(2000)
  @IsString({ each: true })
  @Matches(SETTING_ID, { each: true, message: SETTING_ID_MESSAGE })
  settingIds!: string[];

  @ApiPropertyOptional({ type: [String], example: ['203'], description: 'LAs whose plans a tailored list may also draw on' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(153)
  @IsString({ each: true })
  @Matches(LA_CODE, { each: true, message: LA_CODE_MESSAGE })
  partnerLas?: string[];

  @ApiPropertyOptional({
    type: [SettingProvisionDto],
    description: 'Which national standards of ordinarily available provision each named setting provides (GET /api/v1/standards)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => SettingProvisionDto)
  provides?: SettingProvisionDto[];
}

@ApiTags('placement')
@Controller('api/v1/inclusion-plans/:la')
export class PublishInclusionPlanController {
  constructor(private readonly commands: CommandBus) {}

  @Put()
  @HttpCode(200)
  @Roles(...REGISTRY_WRITERS)
  @ApiParam({ name: 'la', example: '202' })
  @ApiOperation({ summary: "Publish the next version of the LA's local inclusion plan (green paper ch. 3)" })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    409: true,
    422: [
      'DATE.IN_THE_FUTURE',
      'IDEMPOTENCY.KEY_REUSED',
      'PLACEMENT.PARTNER_IS_SELF',
      'PLACEMENT.PLAN_BEFORE_PREVIOUS_VERSION',
      'PLACEMENT.UNKNOWN_SETTING',
      'STANDARDS.NOT_IN_FORCE',
      'STANDARDS.UNKNOWN_STANDARD',
      'STATUTORY.INVALID_DATE',
    ],
  })
  @ApiAnswer(Answer.write({ la: Answer.string() }, { version: Answer.integer() }))
  publish(
    @Param('la') la: string,
    @Body() body: PublishInclusionPlanDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() expectedRevision?: number,
  ) {
    if (!LA_CODE.test(la)) throw new InvalidRequestError([{ field: 'la', message: LA_CODE_MESSAGE }]);
    if (!canSeeLa(user, la)) throw new ForbiddenException(`You work for LA ${user.la}, not ${la}.`);
    const provides = body.provides?.map((p) => ({
      settingId: p.settingId,
      standards: p.standards.map((s) => ({ id: s.id, version: s.version })),
    }));
    const input = {
      la,
      publishedOn: body.publishedOn,
      settingIds: body.settingIds,
      partnerLas: body.partnerLas ?? [],
      ...(provides ? { provides } : {}),
    };
    return this.commands.execute(new PublishInclusionPlanCommand(input, user, correlationId, expectedRevision));
  }
}
