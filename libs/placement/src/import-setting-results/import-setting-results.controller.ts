import { Body, Controller, ForbiddenException, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { CorrelationId, CurrentUser, IfMatch, Roles, type User, canSeeLa, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import { RESULTS_HEADER } from '../domain/index.js';
import { LA_CODE, LA_CODE_MESSAGE } from '../placement-http.js';
import { ImportSettingResultsCommand } from './import-setting-results.command.js';

/** Bounded under the platform's 100 kB JSON body (docs/setting-results-format.md "Limits"). */
export const MAX_RESULTS_FILE_CHARACTERS = 90_000;

export class ImportSettingResultsDto {
  @ApiProperty({ example: '202' }) @IsString() @Matches(LA_CODE, { message: LA_CODE_MESSAGE }) la!: string;

  @ApiProperty({
    description: `The results file, format version 1 (docs/setting-results-format.md), at most ${MAX_RESULTS_FILE_CHARACTERS} characters`,
    example: `${RESULTS_HEADER}\n1,202,urn-100001,2024/25,ks2-rwm-expected-pct,61,58\n`,
  })
  @IsString()
  @MaxLength(MAX_RESULTS_FILE_CHARACTERS)
  csv!: string;
}

@ApiTags('placement')
@Controller('api/v1/settings/results')
export class ImportSettingResultsController {
  constructor(private readonly commands: CommandBus) {}

  /** The LA's SEND managers own the figures they publish beside their settings; admin may load them for an LA. */
  @Post()
  @HttpCode(201)
  @Roles('manager', 'admin')
  @ApiOperation({
    summary: "Import the next version of an LA's results data for its settings (a CSV in JSON); supersedes the last",
  })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    413: true,
    422: ['IDEMPOTENCY.KEY_REUSED', 'PLACEMENT.RESULTS_EMPTY', 'PLACEMENT.RESULTS_UNCHANGED', 'STATUTORY.INVALID_DATE'],
  })
  @ApiAnswer(
    Answer.write(
      { la: Answer.string() },
      { version: Answer.integer(), importedOn: Answer.string(), sha256: Answer.string(), rows: Answer.integer() },
      ['version', 'importedOn'],
    ),
    201,
  )
  import(
    @Body() body: ImportSettingResultsDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() expectedRevision?: number,
  ) {
    if (!canSeeLa(user, body.la)) throw new ForbiddenException(`You work for LA ${user.la}, not ${body.la}.`);
    return this.commands.execute(
      new ImportSettingResultsCommand({ la: body.la, csv: body.csv }, user, correlationId, expectedRevision),
    );
  }
}
