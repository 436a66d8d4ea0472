import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, NOT_BLANK } from '@send/platform';
import { ReceiveRepresentationsCommand } from './receive-representations.command.js';
import { RepresentationViews } from './representation-views.js';

export class ReceiveRepresentationsDto {
  @ApiProperty({ example: '2024-06-20' }) @IsBusinessDate() receivedOn!: string;
  @ApiPropertyOptional({ description: 'The family has nothing more to add: the plan may be finalised before the 15 days end' })
  @IsOptional()
  @IsBoolean()
  nothingFurther?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(...NOT_BLANK) @MaxLength(100) requestedSettingId?: string;
  @RepresentationViews() views?: string;
}

@ApiTags('plan')
@Controller('api/v1/cases/:caseId/plan/representations')
export class ReceiveRepresentationsController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite("Record the family's representations on the draft plan (Reg 13), or on the open amendment notice (Reg 22(2))", {
    problems: {
      422: [
        'DATE.IN_THE_FUTURE',
        'EHCP.NO_DRAFT',
        'EHCP.PLAN_ALREADY_FINAL',
        'EHCP.PLAN_CEASED',
        'EHCP.REPRESENTATIONS_BEFORE_DRAFT',
        'EHCP.REPRESENTATIONS_BEFORE_NOTICE',
        'STATUTORY.INVALID_DATE',
      ],
    },
  })
  receive(@CaseRequest() request: CaseRequestContext, @Body() body: ReceiveRepresentationsDto) {
    return this.cases.send(request, ReceiveRepresentationsCommand, { ...body });
  }
}
