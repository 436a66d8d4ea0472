import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, WriteAnswerWith } from '@send/platform';
import { NEED_CODES, type NeedCode } from '../domain/index.js';
import { TailoredListItemDto } from '../placement.schema.js';
import { ProduceTailoredListCommand } from './produce-tailored-list.command.js';

export class ProduceTailoredListDto {
  @ApiProperty({ example: '2025-10-01' }) @IsBusinessDate() producedOn!: string;
  @ApiProperty({ example: '2016-08-31' }) @IsBusinessDate() dateOfBirth!: string;
  @ApiProperty({ enum: NEED_CODES }) @IsIn(NEED_CODES) primaryNeed!: NeedCode;
}

/** The write answer of this route, with what it created. */
const TailoredListProducedAnswer = WriteAnswerWith('TailoredListProducedAnswer', {
  items: { type: [TailoredListItemDto], description: 'The settings on the list as recorded, with why each is on it' },
});

@ApiTags('placement')
@Controller('api/v1/cases/:caseId/placement/tailored-list')
export class ProduceTailoredListController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Record the tailored list given to the family, with why each setting is on it (green paper ch. 3)', {
    answer: TailoredListProducedAnswer,
    problems: { 422: ['DATE.IN_THE_FUTURE', 'STATUTORY.INVALID_DATE'] },
  })
  produce(@CaseRequest() request: CaseRequestContext, @Body() body: ProduceTailoredListDto) {
    return this.cases.send(request, ProduceTailoredListCommand, { ...body });
  }
}
