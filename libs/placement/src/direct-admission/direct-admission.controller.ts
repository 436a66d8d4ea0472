import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, NOT_BLANK } from '@send/platform';
import { SETTING_ID, SETTING_ID_MESSAGE } from '../placement-http.js';
import { DirectAdmissionCommand } from './direct-admission.command.js';

export class DirectAdmissionDto {
  @ApiProperty({ example: 'urn-100001' }) @IsString() @Matches(SETTING_ID, { message: SETTING_ID_MESSAGE }) settingId!: string;
  @ApiProperty({ example: '2025-10-02' }) @IsBusinessDate() directedOn!: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(5000) reason!: string;
}

@ApiTags('placement')
@Controller('api/v1/cases/:caseId/placement/direction')
export class DirectAdmissionController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Direct an academy trust to admit the child (the backstop); 422 PLACEMENT.NOT_AN_ACADEMY otherwise', {
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'PLACEMENT.ALREADY_ALLOCATED',
        'PLACEMENT.DIRECTION_BEFORE_APPEAL_DECISION',
        'PLACEMENT.DIRECTION_IN_FORCE',
        'PLACEMENT.NOT_AN_ACADEMY',
        'PLACEMENT.REASON_REQUIRED',
        'PLACEMENT.UNKNOWN_SETTING',
        'STATUTORY.INVALID_DATE',
      ],
    },
  })
  direct(@CaseRequest() request: CaseRequestContext, @Body() body: DirectAdmissionDto) {
    return this.cases.send(request, DirectAdmissionCommand, { ...body });
  }
}
