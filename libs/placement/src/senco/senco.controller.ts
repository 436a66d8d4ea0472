import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import {
  CorrelationId,
  CurrentUser,
  IfMatch,
  IsBusinessDate,
  NOT_BLANK,
  Roles,
  type User,
  ApiProblems,
  ApiAnswer,
  Answer,
} from '@send/platform';
import { AppointSencoCommand } from '../appoint-senco/appoint-senco.command.js';
import { REGISTRY_WRITERS } from '../placement-http.js';
import type { SettingCaseCommand, SettingCommandOptions } from '../placement-command.js';
import { RecordHeadSatisfiedCommand } from '../record-head-satisfied/record-head-satisfied.command.js';
import { RecordSencoQualifiedCommand } from '../record-senco-qualified/record-senco-qualified.command.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

export class AppointSencoDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(...NOT_BLANK) @MaxLength(200) name?: string;
  @ApiProperty({ example: '2024-09-01' }) @IsBusinessDate() appointedOn!: string;
  @ApiPropertyOptional({ description: 'Already holds the SENCo qualification (no clock starts); default false' })
  @IsOptional()
  @IsBoolean()
  qualified?: boolean;
  @ApiPropertyOptional({ example: '2024-09-15', description: 'The head recorded being satisfied the qualification is under way' })
  @IsOptional()
  @IsBusinessDate()
  headSatisfiedOn?: string;
}

export class RecordSencoQualifiedDto {
  @ApiProperty({ example: '2026-07-01' }) @IsBusinessDate() qualifiedOn!: string;
}

export class RecordHeadSatisfiedDto {
  @ApiProperty({ example: '2025-09-15' }) @IsBusinessDate() satisfiedOn!: string;
}

type SettingCommandClass<I> = new (options: SettingCommandOptions<I>) => SettingCaseCommand<I>;

/**
 * The setting's SENCo and the 3-year qualification clock (SEND Regs 2014 reg 49; rule `senco-qualification`):
 * the appointment starts it, the qualification closes it, the head's satisfaction is recorded beside it.
 * The operation ids are the ones these routes have always had, so generated clients keep their names.
 */
@ApiTags('placement')
@Controller('api/v1/settings/:settingId/senco')
export class SencoController {
  constructor(
    private readonly commands: CommandBus,
    private readonly registry: PlacementRegistry,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...REGISTRY_WRITERS)
  @ApiOperation({
    operationId: 'AppointSencoController_appoint',
    summary: "Record the setting's SENCo; starts the 3-year qualification clock (SEND Regs 2014 reg 49)",
  })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    404: ['PLACEMENT.SETTING_NOT_FOUND'],
    409: true,
    422: [
      'DATE.IN_THE_FUTURE',
      'IDEMPOTENCY.KEY_REUSED',
      'PLACEMENT.SATISFIED_BEFORE_APPOINTMENT',
      'PLACEMENT.SENCO_BEFORE_PREVIOUS_SENCO',
      'STATUTORY.INVALID_DATE',
      'STATUTORY.NO_FIXED_PERIOD',
      'STATUTORY.UNKNOWN_RULE',
    ],
  })
  @ApiAnswer(Answer.write({ settingId: Answer.string() }), 201)
  appoint(
    @Param('settingId') settingId: string,
    @Body() body: AppointSencoDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() expectedRevision?: number,
  ) {
    const input = { ...body, qualified: body.qualified ?? false };
    return this.send(AppointSencoCommand, settingId, input, user, correlationId, expectedRevision);
  }

  @Post('qualification')
  @HttpCode(201)
  @Roles(...REGISTRY_WRITERS)
  @ApiOperation({
    operationId: 'RecordSencoQualifiedController_record',
    summary: 'Record that the SENCo gained the qualification; closes the senco-qualification clock',
  })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    404: ['PLACEMENT.SETTING_NOT_FOUND'],
    409: true,
    422: [
      'DATE.IN_THE_FUTURE',
      'IDEMPOTENCY.KEY_REUSED',
      'PLACEMENT.NO_SENCO',
      'PLACEMENT.QUALIFIED_BEFORE_APPOINTMENT',
      'PLACEMENT.SENCO_ALREADY_QUALIFIED',
      'STATUTORY.INVALID_DATE',
    ],
  })
  @ApiAnswer(Answer.write({ settingId: Answer.string() }), 201)
  recordQualified(
    @Param('settingId') settingId: string,
    @Body() body: RecordSencoQualifiedDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(RecordSencoQualifiedCommand, settingId, { ...body }, user, correlationId, expectedRevision);
  }

  @Post('head-satisfaction')
  @HttpCode(201)
  @Roles(...REGISTRY_WRITERS)
  @ApiOperation({
    operationId: 'RecordHeadSatisfiedController_record',
    summary: "Record the head's satisfaction that the SENCo's qualification is under way",
  })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    404: ['PLACEMENT.SETTING_NOT_FOUND'],
    409: true,
    422: [
      'DATE.IN_THE_FUTURE',
      'IDEMPOTENCY.KEY_REUSED',
      'PLACEMENT.NO_SENCO',
      'PLACEMENT.SATISFIED_BEFORE_APPOINTMENT',
      'PLACEMENT.SENCO_ALREADY_QUALIFIED',
      'STATUTORY.INVALID_DATE',
    ],
  })
  @ApiAnswer(Answer.write({ settingId: Answer.string() }), 201)
  recordHeadSatisfied(
    @Param('settingId') settingId: string,
    @Body() body: RecordHeadSatisfiedDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() expectedRevision?: number,
  ) {
    return this.send(RecordHeadSatisfiedCommand, settingId, { ...body }, user, correlationId, expectedRevision);
  }

  /** 404 for an unknown setting, 403 for another LA's (settingToChange), then the command on its stream. */
  private async send<I>(
    Command: SettingCommandClass<I>,
    settingId: string,
    input: I,
    user: User,
    correlationId: string,
    expectedRevision?: number,
  ) {
    const setting = await this.registry.settingToChange(user, settingId);
    return this.commands.execute(
      new Command({ settingId: setting.settingId, la: setting.la, input, user, correlationId, expectedRevision }),
    );
  }
}
