import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { DecideDirectionAppealCommand } from './decide-direction-appeal.command.js';

export class DecideDirectionAppealDto {
  @ApiProperty({ example: '2025-11-20' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty({ description: "true: the adjudicator upheld the trust's appeal and the direction falls" })
  @IsBoolean()
  upheld!: boolean;
}

@ApiTags('placement')
@Controller('api/v1/cases/:caseId/placement/direction/appeal/decision')
export class DecideDirectionAppealController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite("Record the Office of the Schools Adjudicator's decision on the trust's appeal", {
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'PLACEMENT.APPEAL_ALREADY_DECIDED',
        'PLACEMENT.APPEAL_DECISION_BEFORE_APPEAL',
        'PLACEMENT.NO_APPEAL',
        'PLACEMENT.NO_DIRECTION',
        'STATUTORY.INVALID_DATE',
      ],
    },
  })
  decide(@CaseRequest() request: CaseRequestContext, @Body() body: DecideDirectionAppealDto) {
    return this.cases.send(request, DecideDirectionAppealCommand, { ...body });
  }
}
