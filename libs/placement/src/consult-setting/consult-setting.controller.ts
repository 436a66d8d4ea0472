import { Body, Controller, Post } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { CaseCommands, CaseRequest, type CaseRequestContext, CaseWrite, IsBusinessDate, WriteAnswerWith } from '@send/platform';
import { SETTING_ID, SETTING_ID_MESSAGE } from '../placement-http.js';
import { ConsultSettingCommand } from './consult-setting.command.js';

export class ConsultSettingDto {
  @ApiProperty({ example: 'urn-100001' }) @IsString() @Matches(SETTING_ID, { message: SETTING_ID_MESSAGE }) settingId!: string;
  @ApiProperty({ example: '2025-09-15' }) @IsBusinessDate() sentOn!: string;
}

/** The write answer of this route, with what it created. */
const SettingConsultedAnswer = WriteAnswerWith('SettingConsultedAnswer', { consultationId: { format: 'uuid' } });

@ApiTags('placement')
@Controller('api/v1/cases/:caseId/placement/consultations')
export class ConsultSettingController {
  constructor(private readonly cases: CaseCommands) {}

  @Post()
  @CaseWrite(
    'Consult a setting about being named (CFA s.39(2)); starts its 15-day answer clock (CoP 9); returns consultationId',
    {
      answer: SettingConsultedAnswer,
      problems: {
        422: [
          'DATE.IN_THE_FUTURE',
          'PLACEMENT.CONSULTATION_OPEN',
          'PLACEMENT.UNKNOWN_SETTING',
          'STATUTORY.INVALID_DATE',
          'STATUTORY.NO_FIXED_PERIOD',
          'STATUTORY.UNKNOWN_RULE',
        ],
      },
    },
  )
  consult(@CaseRequest() request: CaseRequestContext, @Body() body: ConsultSettingDto) {
    return this.cases.send(request, ConsultSettingCommand, { ...body });
  }
}
