import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsString, Matches } from 'class-validator';
import { CLOCK, type Clock } from '@send/kernel';
import { todayInEngland } from '@send/statutory';
import { CaseCommands, type CaseRequestContext, FamilyRequest, FamilyWrite } from '@send/platform';
import { SETTING_ID, SETTING_ID_MESSAGE } from '../placement-http.js';
import { ExpressPreferencesCommand } from './express-preferences.command.js';

export class FamilyPreferencesDto {
  @ApiProperty({ type: [String], example: ['urn-100001', 'urn-100002'], description: 'Setting ids, most preferred first' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(SETTING_ID, { each: true, message: SETTING_ID_MESSAGE })
  ranked!: string[];
}

/** The family ranks its preferred settings itself, expressed today, through the same command a caseworker uses. */
@ApiTags('family')
@Controller('api/v1/family/placement/preferences')
export class FamilyPreferencesController {
  constructor(
    private readonly cases: CaseCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @FamilyWrite(
    'Send your ranked preferences for a school or college; a new ranking replaces the last until a place is allocated',
    {
      422: [
        'PLACEMENT.ALREADY_ALLOCATED',
        'PLACEMENT.DUPLICATE_PREFERENCE',
        'PLACEMENT.NO_PREFERENCES',
        'PLACEMENT.UNKNOWN_SETTING',
      ],
    },
  )
  send(@FamilyRequest() request: CaseRequestContext, @Body() body: FamilyPreferencesDto) {
    const expressedOn = todayInEngland(this.clock.now());
    return this.cases.send(request, ExpressPreferencesCommand, { ...body, expressedOn });
  }
}
