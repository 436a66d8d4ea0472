import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CLOCK, type Clock } from '@send/kernel';
import { todayInEngland } from '@send/statutory';
import { CaseCommands, type CaseRequestContext, FamilyRequest, FamilyWrite, NOT_BLANK } from '@send/platform';
import { ReceiveRepresentationsCommand } from './receive-representations.command.js';
import { RepresentationViews } from './representation-views.js';

export class FamilyRepresentationsDto {
  @ApiPropertyOptional({ description: 'You have nothing more to add: the council may finalise the plan before the 15 days end' })
  @IsOptional()
  @IsBoolean()
  nothingFurther?: boolean;
  @ApiPropertyOptional({ description: 'The school or college you ask to be named in the plan (its setting id, e.g. urn-100001)' })
  @IsOptional()
  @IsString()
  @Matches(...NOT_BLANK)
  @MaxLength(100)
  requestedSettingId?: string;
  @RepresentationViews() views?: string;
}

/**
 * The family sends its representations on the draft itself (Reg 13(1)), received today: the same command
 * a caseworker records them with, its actor the family's account, so the record says they came from the family.
 */
@ApiTags('family')
@Controller('api/v1/family/plan/representations')
export class FamilyRepresentationsController {
  constructor(
    private readonly cases: CaseCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @FamilyWrite('Send your representations on the draft plan (Reg 13), or on proposed amendments (Reg 22(2)), received today', {
    422: [
      'EHCP.NO_DRAFT',
      'EHCP.PLAN_ALREADY_FINAL',
      'EHCP.PLAN_CEASED',
      'EHCP.REPRESENTATIONS_BEFORE_DRAFT',
      'EHCP.REPRESENTATIONS_BEFORE_NOTICE',
    ],
  })
  send(@FamilyRequest() request: CaseRequestContext, @Body() body: FamilyRepresentationsDto) {
    const receivedOn = todayInEngland(this.clock.now());
    return this.cases.send(request, ReceiveRepresentationsCommand, { ...body, receivedOn });
  }
}
