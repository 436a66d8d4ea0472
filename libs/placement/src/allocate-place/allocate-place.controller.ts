import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, WriteAnswerWith } from '@send/platform';
import { AllocatePlaceCommand } from './allocate-place.command.js';

export class AllocatePlaceDto {
  @ApiProperty({ example: '2025-10-01' }) @IsBusinessDate() decidedOn!: string;
}

/** The write answer of this route, with what it created. */
const PlaceAllocatedAnswer = WriteAnswerWith('PlaceAllocatedAnswer', {
  settingId: { type: 'string' },
  name: { type: 'string' },
  type: { type: 'string' },
});

@ApiTags('placement')
@Controller('api/v1/cases/:caseId/placement/allocate')
export class AllocatePlaceController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Allocate the first setting in preference order with a place and no upheld objection; the place is taken on ' +
      "the setting's own stream, so two children never take the same last place. Section I follows in ehcp (eventually).",
    {
      answer: PlaceAllocatedAnswer,
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'PLACEMENT.ALLOCATION_BEFORE_PREFERENCES',
          'PLACEMENT.ALREADY_ALLOCATED',
          'PLACEMENT.NOT_A_PREFERENCE',
          'PLACEMENT.NO_PLACE',
          'PLACEMENT.NO_PLACE_AVAILABLE',
          'PLACEMENT.NO_PREFERENCES',
          'PLACEMENT.OBJECTION_UPHELD',
          'PLACEMENT.PREFERENCE_ORDER_NOT_FOLLOWED',
          'STATUTORY.INVALID_DATE',
        ],
        404: ['PLACEMENT.SETTING_NOT_FOUND'],
      },
    },
  )
  allocate(@CaseRequest() request: CaseRequestContext, @Body() body: AllocatePlaceDto) {
    return this.cases.send(request, AllocatePlaceCommand, { ...body });
  }
}
