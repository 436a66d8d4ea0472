import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, NOT_BLANK } from '@send/platform';
import { StandardRefDto } from '@send/standards';
import { DecideWhetherToAssessCommand } from './decide-whether-to-assess.command.js';

export class PanelRecommendationDto {
  @ApiProperty({ enum: ['assess', 'refuse'] }) @IsIn(['assess', 'refuse']) recommendation!: 'assess' | 'refuse';
  @ApiProperty({ example: '2024-03-28' }) @IsBusinessDate() meetingOn!: string;
}

export class DecideWhetherToAssessDto {
  @ApiProperty({ enum: ['assess', 'refuse'] }) @IsIn(['assess', 'refuse']) decision!: 'assess' | 'refuse';
  @ApiProperty({ example: '2024-04-01' }) @IsBusinessDate() decidedOn!: string;
  @ApiProperty() @IsString() @Matches(...NOT_BLANK) @MaxLength(5000) reason!: string;
  @ApiPropertyOptional({
    type: PanelRecommendationDto,
    description: "A multi-agency panel's recommendation, heard before deciding",
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PanelRecommendationDto)
  panel?: PanelRecommendationDto;
  @ApiPropertyOptional({
    type: StandardRefDto,
    description: 'The national SEND standard relied on (GET /api/v1/standards), in force on decidedOn',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => StandardRefDto)
  standard?: StandardRefDto;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/assessment/decision')
export class DecideWhetherToAssessController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Decide whether to carry out an EHC needs assessment (Reg 4, 5)', {
    problems: {
      422: [
        'ASSESSMENT.ALREADY_DECIDED',
        'ASSESSMENT.DECISION_BEFORE_ORDER',
        'ASSESSMENT.DECISION_BEFORE_REQUEST',
        'ASSESSMENT.NOT_REQUESTED',
        'ASSESSMENT.ORDERED_TO_ASSESS',
        'ASSESSMENT.PANEL_OUTSIDE_DECISION',
        'ASSESSMENT.REASON_REQUIRED',
        'DATE.IN_THE_FUTURE',
        'STANDARDS.NOT_IN_FORCE',
        'STANDARDS.UNKNOWN_STANDARD',
        'STATUTORY.INVALID_DATE',
      ],
    },
  })
  decide(@CaseRequest() request: CaseRequestContext, @Body() body: DecideWhetherToAssessDto) {
    const { panel, standard, ...decision } = body;
    return this.cases.send(request, DecideWhetherToAssessCommand, {
      ...decision,
      ...(panel ? { panel: { ...panel } } : {}),
      ...(standard ? { standard: { id: standard.id, version: standard.version } } : {}),
    });
  }
}
