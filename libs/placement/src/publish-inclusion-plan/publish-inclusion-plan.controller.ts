import { Body, Controller, ForbiddenException, HttpCode, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsOptional, IsString, Matches } from 'class-validator';
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
    const input = { la, publishedOn: body.publishedOn, settingIds: body.settingIds, partnerLas: body.partnerLas ?? [] };
    return this.commands.execute(new PublishInclusionPlanCommand(input, user, correlationId, expectedRevision));
  }
}
