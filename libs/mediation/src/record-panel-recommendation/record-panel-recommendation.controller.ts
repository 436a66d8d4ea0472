import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate } from '@send/platform';
import { PANEL_VERDICTS, type PanelVerdict } from '../domain/index.js';
import { RecordPanelRecommendationCommand } from './record-panel-recommendation.command.js';

export class RecordPanelRecommendationDto {
  @ApiProperty({ enum: PANEL_VERDICTS }) @IsIn(PANEL_VERDICTS) recommendation!: PanelVerdict;
  @ApiProperty({ example: '2025-03-20' }) @IsBusinessDate() meetingOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(5000) notes?: string;
}

@ApiTags('mediation')
@Controller('api/v1/cases/:caseId/mediation/panel-recommendation')
export class RecordPanelRecommendationController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite('Record a multi-agency panel’s recommendation on whether to assess (2022 green paper); returns recommendationId')
  record(@CaseRequest() request: CaseRequestContext, @Body() body: RecordPanelRecommendationDto) {
    return this.cases.send(request, RecordPanelRecommendationCommand, { ...body });
  }
}
