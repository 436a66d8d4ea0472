import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { NotFoundError } from '@send/kernel';
import { Roles, ApiProblems, Answer, ApiAnswer } from '@send/platform';
import { PlacementErrors, type Setting, placesFree, placesTaken } from '../domain/index.js';
import { LA_CODE, LA_CODE_MESSAGE, REGISTRY_READERS } from '../placement-http.js';
import { NEED, PHASE, SETTING_TYPE } from '../placement.schema.js';
import { PlacementRegistry } from '../registry/placement-registry.js';

export class ListSettingsQuery {
  @ApiPropertyOptional({ example: '202' }) @IsOptional() @IsString() @Matches(LA_CODE, { message: LA_CODE_MESSAGE }) la?: string;
}

/** The registry as a family or caseworker would read it: no child's data, so every LA's settings are listed. */
export function settingView(s: Setting) {
  const { settingId, name, la, type, phases, needs, capacity, academyTrust, registeredOn, senco } = s;
  return {
    settingId,
    name,
    la,
    type,
    phases,
    needs,
    capacity,
    placesTaken: placesTaken(s),
    placesFree: placesFree(s),
    ...(academyTrust ? { academyTrust } : {}),
    registeredOn,
    ...(senco
      ? { senco: { ...senco, qualificationDueOn: senco.deadlineId ? s.deadlines[senco.deadlineId]?.dueOn : undefined } }
      : {}),
  };
}

/** settingView as a schema: the same fields on both setting reads. */
const SETTING = Answer.object(
  {
    settingId: Answer.string(),
    name: Answer.string(),
    la: Answer.string(),
    type: SETTING_TYPE,
    phases: Answer.list(PHASE),
    needs: Answer.list(NEED),
    capacity: Answer.integer('Places for children with EHC plans, as registered'),
    placesTaken: Answer.integer('Places taken'),
    placesFree: Answer.integer('Places free'),
    academyTrust: Answer.string(),
    registeredOn: Answer.string(),
    senco: {
      ...Answer.object(
        {
          name: Answer.string(),
          appointedOn: Answer.string(),
          qualified: Answer.boolean('Holds the SENCO qualification'),
          qualifiedOn: Answer.string(),
          headSatisfiedOn: Answer.string('The head recorded being satisfied the qualification is under way'),
          deadlineId: Answer.string('The clock for the qualification, on the setting'),
          qualificationDueOn: Answer.string('While the qualification is awaited: the day it is due'),
        },
        ['name', 'qualifiedOn', 'headSatisfiedOn', 'deadlineId', 'qualificationDueOn'],
      ),
      description: 'The SENCO, with qualificationDueOn while the qualification is awaited',
    },
  },
  ['academyTrust', 'senco'],
);

@ApiTags('placement')
@Controller('api/v1/settings')
export class ListSettingsController {
  constructor(private readonly registry: PlacementRegistry) {}

  @Get()
  @Roles(...REGISTRY_READERS)
  @ApiOperation({ summary: 'The settings registry, optionally for one LA, with places taken and free' })
  @ApiProblems({ 400: true, 401: true, 403: true })
  @ApiAnswer(Answer.list(SETTING))
  async list(@Query() query: ListSettingsQuery) {
    const settings = await this.registry.allSettings(query.la);
    return settings.map(settingView);
  }

  @Get(':settingId')
  @Roles(...REGISTRY_READERS)
  @ApiOperation({ summary: 'One setting, read from its own stream' })
  @ApiProblems({ 401: true, 403: true, 404: ['PLACEMENT.SETTING_NOT_FOUND'] })
  @ApiAnswer(SETTING)
  async one(@Param('settingId') settingId: string) {
    const setting = await this.registry.setting(settingId);
    if (!setting) throw new NotFoundError(PlacementErrors.SETTING_NOT_FOUND, `No setting ${settingId} is registered.`);
    return settingView(setting);
  }
}
