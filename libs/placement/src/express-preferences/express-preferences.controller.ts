import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsString, Matches } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { SETTING_ID, SETTING_ID_MESSAGE } from '../placement-http.js';
import { ExpressPreferencesCommand } from './express-preferences.command.js';

export class ExpressPreferencesDto {
  @ApiProperty({ type: [String], example: ['urn-100001', 'urn-100002'], description: 'Setting ids, most preferred first' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(SETTING_ID, { each: true, message: SETTING_ID_MESSAGE })
  ranked!: string[];

  @ApiProperty({ example: '2025-09-10' }) @IsBusinessDate() expressedOn!: string;
}

@ApiTags('placement')
@Controller('api/v1/cases/:caseId/placement/preferences')
export class ExpressPreferencesController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite("Record the family's ranked preferences; a new ranking replaces the last until a place is allocated", {
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'PLACEMENT.ALREADY_ALLOCATED',
        'PLACEMENT.DUPLICATE_PREFERENCE',
        'PLACEMENT.NO_PREFERENCES',
        'PLACEMENT.UNKNOWN_SETTING',
        'STATUTORY.INVALID_DATE',
      ],
    },
  })
  express(@CaseRequest() request: CaseRequestContext, @Body() body: ExpressPreferencesDto) {
    return this.cases.send(request, ExpressPreferencesCommand, { ...body });
  }
}
