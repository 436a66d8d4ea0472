import { Body, Controller, ForbiddenException, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmptyObject, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import {
  CASEWORK,
  CorrelationId,
  CurrentUser,
  IsBusinessDate,
  NOT_BLANK,
  Roles,
  type User,
  WriteResult,
  canSeeLa,
  ApiProblems,
  ApiWriteAnswer,
} from '@send/platform';
import { RequestAssessmentCommand } from './request-assessment.command.js';

class ChildDto {
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(200) givenName!: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(200) familyName!: string;
  @ApiProperty({ example: '2015-06-01' }) @IsBusinessDate() dateOfBirth!: string;
}

export class RequestAssessmentDto {
  @ApiProperty({ type: ChildDto })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => ChildDto)
  child!: ChildDto;

  @ApiProperty({ example: '202', description: 'DfE three-digit LA code' })
  @IsString()
  @Matches(/^\d{3}$/, { message: 'la must be a three-digit DfE LA code' })
  la!: string;

  @ApiProperty({ enum: ['parent', 'young-person', 'setting', 'other'] })
  @IsIn(['parent', 'young-person', 'setting', 'other'])
  requestedBy!: 'parent' | 'young-person' | 'setting' | 'other';

  @ApiProperty({ example: '2024-02-29' }) @IsBusinessDate() receivedOn!: string;
}

@ApiTags('cases')
@Controller('api/v1/cases')
export class RequestAssessmentController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({ summary: 'Record a request for an EHC needs assessment; opens the case and starts its clocks' })
  @ApiWriteAnswer()
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    413: true,
    422: [
      'ASSESSMENT.ALREADY_REQUESTED',
      'ASSESSMENT.BIRTH_AFTER_REQUEST',
      'DATE.IN_THE_FUTURE',
      'IDEMPOTENCY.KEY_REUSED',
      'STATUTORY.INVALID_DATE',
      'STATUTORY.NO_FIXED_PERIOD',
      'STATUTORY.UNKNOWN_RULE',
    ],
  })
  async create(
    @Body() body: RequestAssessmentDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
  ): Promise<WriteResult> {
    if (!canSeeLa(user, body.la)) throw new ForbiddenException(`You work for LA ${user.la}, not ${body.la}.`);
    const { child, ...rest } = body;
    return this.commands.execute(
      new RequestAssessmentCommand(
        { ...rest, child: { givenName: child.givenName, familyName: child.familyName, dateOfBirth: child.dateOfBirth } },
        user,
        correlationId,
      ),
    );
  }
}
