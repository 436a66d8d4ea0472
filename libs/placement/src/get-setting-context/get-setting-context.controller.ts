import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags, type SchemaObject } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { CLOCK, type Clock, NotFoundError } from '@send/kernel';
import { CurrentUser, IsBusinessDate, Roles, type User, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import { type IsoDate, todayInEngland } from '@send/statutory';
import { MEASURE_CODES, NEED_CODES, PlacementErrors, type Setting, resultsInForce } from '../domain/index.js';
import { SETTING_TYPE } from '../placement.schema.js';
import { LA_CODE, LA_CODE_MESSAGE, REGISTRY_READERS } from '../placement-http.js';
import { PlacementRegistry } from '../registry/placement-registry.js';
import { OUTSIDE_THE_LA } from './disclosure-control.js';
import { EXACT, disclosureFor, noPlans, settingContextView } from './setting-context.js';
import { SettingCohorts } from './setting-cohorts.js';

export class SettingContextQuery {
  @ApiPropertyOptional({
    example: '2026-11-28',
    description: 'The results version in force on this date (default today); the cohort is always counted today',
  })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

export class LaSettingContextQuery extends SettingContextQuery {
  @ApiProperty({ example: '202' }) @IsString() @Matches(LA_CODE, { message: LA_CODE_MESSAGE }) la!: string;
}

/** settingContextView as a schema: the setting, its cohort by SEN2 primary need and its results data. */
const SETTING_CONTEXT: SchemaObject = {
  ...Answer.object({
    setting: Answer.object({ settingId: Answer.string(), name: Answer.string(), type: SETTING_TYPE, la: Answer.string() }),
    asOf: Answer.string('The day the results version in force is taken on'),
    cohort: Answer.object({
      asOf: Answer.string('The day the cohort is counted on: today'),
      plans: Answer.figure('Plans naming the setting, the sum over needs', true),
      byNeed: Answer.object(Object.fromEntries(NEED_CODES.map((need) => [need, Answer.figure(undefined, true)]))),
    }),
    results: Answer.list(
      Answer.object({
        academicYear: Answer.string('e.g. "2024/25"'),
        measure: { type: 'string', enum: [...MEASURE_CODES] },
        value: Answer.figure(),
        cohortSize: Answer.figure(),
      }),
    ),
    source: Answer.nullable(
      Answer.object({
        version: Answer.integer(),
        importedOn: Answer.string(),
        sha256: Answer.string('SHA-256 of the results file as sent'),
      }),
    ),
    disclosure: {
      type: 'string',
      enum: ['management-information', 'suppressed'],
      description: 'Exact for caseworkers and managers of the setting’s LA; suppressed (counts of 1 to 4 as "c") for anyone else',
    },
  }),
  description: 'A setting with its cohort by SEN2 primary need and its results data',
};

/**
 * Contextual information per setting (the 2022 SEND green paper): the SEND make-up of its cohort
 * beside the results data its LA loaded. No child's data: counts only, suppressed for readers outside the LA.
 */
@ApiTags('placement')
@Controller('api/v1/settings')
export class GetSettingContextController {
  constructor(
    private readonly registry: PlacementRegistry,
    private readonly cohorts: SettingCohorts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('context')
  @Roles(...REGISTRY_READERS)
  @ApiOperation({ summary: "Every setting of an LA with its cohort's SEND make-up and its results data" })
  @ApiProblems({ 400: true, 401: true, 403: true })
  @ApiAnswer(Answer.list(SETTING_CONTEXT))
  async forLa(@Query() query: LaSettingContextQuery, @CurrentUser() user: User) {
    const settings = await this.registry.allSettings(query.la);
    return this.contexts(settings, query.la, query.asOf, user);
  }

  @Get(':settingId/context')
  @Roles(...REGISTRY_READERS)
  @ApiParam({ name: 'settingId', example: 'urn-100001' })
  @ApiOperation({ summary: "One setting's cohort by SEN2 primary need beside its results data; 404 PLACEMENT.SETTING_NOT_FOUND" })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['PLACEMENT.SETTING_NOT_FOUND'] })
  @ApiAnswer(SETTING_CONTEXT)
  async forSetting(@Param('settingId') settingId: string, @Query() query: SettingContextQuery, @CurrentUser() user: User) {
    const setting = await this.registry.setting(settingId);
    if (!setting) throw new NotFoundError(PlacementErrors.SETTING_NOT_FOUND, `No setting ${settingId} is registered.`);
    const [context] = await this.contexts([setting], setting.la, query.asOf, user);
    return context;
  }

  /** The settings of one LA: one fold of its results stream, one count of the plans. */
  private async contexts(settings: readonly Setting[], la: string, asOf: IsoDate | undefined, user: User) {
    const today = todayInEngland(this.clock.now());
    const on = asOf ?? today;
    const source = resultsInForce((await this.registry.settingResults(la)).state, on);
    const cohorts = await this.cohorts.of(settings.map((s) => s.settingId));
    const disclosure = disclosureFor(user, la);
    const control = disclosure === 'management-information' ? EXACT : OUTSIDE_THE_LA;
    return settings.map((setting) =>
      settingContextView(
        { setting, asOf: on, countedOn: today, cohort: cohorts.get(setting.settingId) ?? noPlans(), source, disclosure },
        control,
      ),
    );
  }
}
