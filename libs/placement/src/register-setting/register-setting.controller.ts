import { Body, Controller, ForbiddenException, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsNotIn,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  CorrelationId,
  CurrentUser,
  NOT_BLANK,
  Roles,
  type User,
  canSeeLa,
  ApiProblems,
  ApiAnswer,
  Answer,
} from '@send/platform';
import { NEED_CODES, PHASES, SETTING_TYPES, type NeedCode, type Phase, type SettingType } from '../domain/index.js';
import {
  LA_CODE,
  LA_CODE_MESSAGE,
  REGISTRY_WRITERS,
  RESERVED_SETTING_IDS,
  SETTING_ID,
  SETTING_ID_MESSAGE,
} from '../placement-http.js';
import { RegisterSettingCommand } from './register-setting.command.js';

/** More places than the largest schools in England have pupils (about 3,500): a larger number is a typing error. */
const MAX_PLACES = 5_000;

export class RegisterSettingDto {
  @ApiPropertyOptional({ example: 'urn-100001', description: 'Generated when omitted' })
  @IsOptional()
  @IsString()
  @Matches(SETTING_ID, { message: SETTING_ID_MESSAGE })
  @IsNotIn(RESERVED_SETTING_IDS, { message: `a setting id may not be ${RESERVED_SETTING_IDS.join(' or ')}` })
  settingId?: string;

  @ApiProperty({ example: 'Oakfield Special School' }) @IsString() @Matches(...NOT_BLANK) @MaxLength(300) name!: string;
  @ApiProperty({ example: '202' }) @IsString() @Matches(LA_CODE, { message: LA_CODE_MESSAGE }) la!: string;
  @ApiProperty({ enum: SETTING_TYPES }) @IsIn(SETTING_TYPES) type!: SettingType;

  @ApiProperty({ enum: PHASES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(PHASES.length)
  @IsIn(PHASES, { each: true })
  phases!: Phase[];

  @ApiProperty({ enum: NEED_CODES, isArray: true, description: 'The SEN2 primary needs the setting serves' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(NEED_CODES.length)
  @IsIn(NEED_CODES, { each: true })
  needs!: NeedCode[];

  @ApiProperty({ example: 12, description: 'Places for children with EHC plans' })
  @IsInt()
  @Min(0)
  @Max(MAX_PLACES)
  capacity!: number;

  @ApiPropertyOptional({ example: 3, description: 'Places already taken when registered (default 0)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_PLACES)
  placesTaken?: number;

  @ApiPropertyOptional({ example: 'Oak Learning Trust', description: 'Set for an academy; only then may the LA direct it' })
  @IsOptional()
  @IsString()
  @Matches(...NOT_BLANK)
  @MaxLength(300)
  academyTrust?: string;
}

@ApiTags('placement')
@Controller('api/v1/settings')
export class RegisterSettingController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles(...REGISTRY_WRITERS)
  @ApiOperation({ summary: "Register a setting in the LA's registry (green paper ch. 3); returns settingId" })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    422: ['IDEMPOTENCY.KEY_REUSED', 'PLACEMENT.SETTING_ALREADY_REGISTERED', 'PLACEMENT.SETTING_INVALID'],
  })
  @ApiAnswer(Answer.write({ settingId: Answer.string() }), 201)
  register(@Body() body: RegisterSettingDto, @CurrentUser() user: User, @CorrelationId() correlationId: string) {
    if (!canSeeLa(user, body.la)) throw new ForbiddenException(`You work for LA ${user.la}, not ${body.la}.`);
    return this.commands.execute(new RegisterSettingCommand({ ...body }, user, correlationId));
  }
}
