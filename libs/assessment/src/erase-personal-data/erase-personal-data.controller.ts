import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, NOT_BLANK, Roles } from '@send/platform';
import type { ErasureGround } from '../domain/index.js';
import { ErasePersonalDataCommand } from './erase-personal-data.command.js';

const GROUNDS: readonly ErasureGround[] = ['retention-period-ended', 'right-to-erasure', 'court-order'];

export class ErasePersonalDataDto {
  @ApiProperty({ enum: GROUNDS }) @IsIn(GROUNDS) ground!: ErasureGround;
  @ApiProperty({ example: 'UK GDPR Art. 17(1)(a)', description: 'The legal basis, named: no personal data' })
  @IsString()
  @Matches(...NOT_BLANK)
  @MaxLength(500)
  source!: string;
}

@ApiTags('assessment')
@Controller('api/v1/cases/:caseId/erasure')
export class ErasePersonalDataController {
  constructor(private readonly cases: CaseCommands) {}

  /**
   * A manager of the case's LA only: the LA is the controller of the child's data and decides its erasure; a
   * national admin is not, and a caseworker's everyday role should not destroy a record.
   */
  @Post()
  @Roles('manager')
  @CaseWrite("Erase the child's personal data: destroys the case's data key; the record stays and still verifies", {
    problems: { 422: ['ASSESSMENT.PERSONAL_DATA_ALREADY_ERASED', 'ASSESSMENT.ERASURE_SOURCE_REQUIRED'] },
  })
  erase(@CaseRequest() request: CaseRequestContext, @Body() body: ErasePersonalDataDto) {
    return this.cases.send(request, ErasePersonalDataCommand, { ground: body.ground, source: body.source });
  }
}
