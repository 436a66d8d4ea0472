import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { LodgeDirectionAppealCommand } from './lodge-direction-appeal.command.js';

export class LodgeDirectionAppealDto {
  @ApiProperty({ example: '2025-10-06' }) @IsBusinessDate() lodgedOn!: string;
}

@ApiTags('placement')
@Controller('api/v1/cases/:caseId/placement/direction/appeal')
export class LodgeDirectionAppealController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite("Record the trust's appeal against the direction to the Office of the Schools Adjudicator", {
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'PLACEMENT.APPEAL_ALREADY_LODGED',
        'PLACEMENT.APPEAL_BEFORE_DIRECTION',
        'PLACEMENT.NO_DIRECTION',
        'STATUTORY.INVALID_DATE',
      ],
    },
  })
  lodge(@CaseRequest() request: CaseRequestContext, @Body() body: LodgeDirectionAppealDto) {
    return this.cases.send(request, LodgeDirectionAppealCommand, { ...body });
  }
}
