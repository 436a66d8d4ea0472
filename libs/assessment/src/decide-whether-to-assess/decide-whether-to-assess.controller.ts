import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, NOT_BLANK } from '@send/platform';
import { DecideWhetherToAssessCommand } from './decide-whether-to-assess.command.js';

export class DecideWhetherToAssessDto {
  @ApiProperty({ enum: ['assess', 'refuse'] }) @IsIn(['assess', 'refuse']) decision!: 'assess' | 'refuse';
  @ApiProperty({ example: '2024-04-01' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(5000) reason!: string;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment/decision')
export class DecideWhetherToAssessController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Decide whether to carry out an EHC needs assessment (Reg 4, 5)')
  decide(@CaseRequest() request: CaseRequestContext, @Body() body: DecideWhetherToAssessDto) {
    return this.cases.send(request, DecideWhetherToAssessCommand, { ...body });
  }
}
