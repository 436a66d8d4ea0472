import { ApiProperty, ApiPropertyOptional, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { StandardRefDto } from '@send/standards';
import { NEED_CODES, SETTING_TYPES } from '@send/statutory';
import { OUTCOME_AREAS, OUTCOME_PROGRESS } from './domain/index.js';

/**
 * The plan's sections in the OpenAPI document, one component per shape (PlanSections in domain/plan-sections.ts,
 * the same shapes as docs/plan-format/ehc-plan.v1.schema.json's $defs): the plan reads, the draft's answer and
 * the case summary's section I all refer to these. PlanSectionsInput is what a caseworker may send instead
 * (plan-sections.parser.ts), each section in the forms the parser accepts.
 */

@ApiSchema({ name: 'PlanTextSection', description: 'A text section (A, C, D, G, H1, H2, J)' })
export class PlanTextSectionDto {
  @ApiProperty() text!: string;
}

@ApiSchema({ name: 'PlanSectionB', description: 'B: the special educational needs' })
export class PlanSectionBDto {
  @ApiProperty({ enum: NEED_CODES, description: 'SEN2 / school census need code' }) primaryNeed!: string;
  @ApiPropertyOptional({ enum: NEED_CODES, isArray: true }) secondaryNeeds?: string[];
  @ApiProperty() description!: string;
}

@ApiSchema({ name: 'PlanOutcome', description: 'One outcome of section E, with the id every later version keeps' })
export class PlanOutcomeDto {
  @ApiProperty({ example: 'o-1', description: 'Kept by every later version (docs/domain.md "Section E")' })
  outcomeId!: string;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ enum: OUTCOME_AREAS, description: 'Preparation for adulthood area (CoP 8.5)' }) area?: string;
  @ApiPropertyOptional({ example: '2026-07-01', description: 'When it should be achieved' }) by?: string;
}

@ApiSchema({ name: 'PlanOutcomeInput', description: 'An outcome as sent: its id may be left out (it is then given one)' })
export class PlanOutcomeInputDto {
  @ApiPropertyOptional({ example: 'o-1' }) outcomeId?: string;
  @ApiProperty() text!: string;
  @ApiPropertyOptional({ enum: OUTCOME_AREAS }) area?: string;
  @ApiPropertyOptional({ example: '2026-07-01' }) by?: string;
}

@ApiSchema({ name: 'PlanProvisionItem', description: 'One line of F: what, how much, how often, by whom (CoP 9.69)' })
export class PlanProvisionItemDto {
  @ApiProperty() provision!: string;
  @ApiPropertyOptional({ type: 'number', description: 'Hours each time; absent for provision that is not time-based' })
  hours?: number;
  @ApiProperty({ example: 'weekly' }) frequency!: string;
  @ApiProperty({ description: 'Who delivers it, by role' }) deliveredBy!: string;
  @ApiPropertyOptional({ example: '2025-04-01' }) startsOn?: string;
  @ApiPropertyOptional({ type: StandardRefDto, description: 'The national standard this provision goes beyond' })
  beyondStandard?: StandardRefDto;
}

@ApiSchema({ name: 'PlanSectionF', description: 'F: special educational provision' })
export class PlanSectionFDto {
  @ApiProperty({ type: [PlanProvisionItemDto] }) items!: PlanProvisionItemDto[];
}

@ApiSchema({ name: 'PlanSectionI', description: 'I: the type of school or institution, and its name once one is named' })
export class PlanSectionIDto {
  @ApiProperty({ enum: SETTING_TYPES }) type!: string;
  @ApiPropertyOptional({ example: 'urn-100001', description: 'The setting’s URN or UKPRN' }) settingId?: string;
  @ApiPropertyOptional() name?: string;
}

@ApiSchema({ name: 'PlanAdvice', description: 'One entry of K: advice or information gathered (Reg 12(1)(k))' })
export class PlanAdviceDto {
  @ApiProperty() title!: string;
  @ApiPropertyOptional() from?: string;
  @ApiPropertyOptional({ example: '2025-01-10' }) date?: string;
}

@ApiSchema({
  name: 'PlanSections',
  description:
    'Sections A to K by letter (Reg 12(1)(a)–(k); docs/api.md "The plan"); H is H1 (CSDPA 1970 s.2) and H2; I only on a final plan (CFA 2014 s.38(5))',
})
export class PlanSectionsDto {
  @ApiProperty({ type: PlanTextSectionDto }) A!: PlanTextSectionDto;
  @ApiProperty({ type: PlanSectionBDto }) B!: PlanSectionBDto;
  @ApiProperty({ type: PlanTextSectionDto }) C!: PlanTextSectionDto;
  @ApiProperty({ type: PlanTextSectionDto }) D!: PlanTextSectionDto;
  @ApiProperty({ type: [PlanOutcomeDto], description: 'E: the outcomes sought' }) E!: PlanOutcomeDto[];
  @ApiProperty({ type: PlanSectionFDto }) F!: PlanSectionFDto;
  @ApiProperty({ type: PlanTextSectionDto }) G!: PlanTextSectionDto;
  @ApiProperty({ type: PlanTextSectionDto }) H1!: PlanTextSectionDto;
  @ApiProperty({ type: PlanTextSectionDto }) H2!: PlanTextSectionDto;
  @ApiPropertyOptional({ type: PlanSectionIDto }) I?: PlanSectionIDto;
  @ApiProperty({ type: PlanTextSectionDto }) J!: PlanTextSectionDto;
  @ApiProperty({ type: [PlanAdviceDto], description: 'K: the advice and information gathered' }) K!: PlanAdviceDto[];
}

const ref = (model: object) => ({ $ref: getSchemaPath(model as never) });
const TEXT = { oneOf: [{ type: 'string' }, ref(PlanTextSectionDto)] };

@ApiSchema({
  name: 'PlanSectionsInput',
  description:
    'Sections A–K as sent (Reg 12): text sections as a string or { text }; E a list of outcomes, each a string or ' +
    'an outcome with or without its id (one string for the whole section is one outcome, as is the older { text, outcomes? }); ' +
    'F a list of provision items or { items }; K a list of advice, each a string or { title, from?, date? } (or one string, or { text }). ' +
    'I only on an amended plan (kept from the last version if left out): a draft that names one is refused 422 EHCP.SECTION_I_IN_DRAFT (CFA s.38(5)).',
})
export class PlanSectionsInputDto {
  @ApiProperty(TEXT) A!: unknown;
  @ApiProperty({ type: PlanSectionBDto }) B!: PlanSectionBDto;
  @ApiProperty(TEXT) C!: unknown;
  @ApiProperty(TEXT) D!: unknown;
  @ApiProperty({
    oneOf: [
      { type: 'string' },
      { type: 'array', items: { oneOf: [{ type: 'string' }, ref(PlanOutcomeInputDto)] } },
      {
        type: 'object',
        description: 'The shape before E was a list: the section’s text, then its outcomes',
        required: ['text'],
        properties: { text: { type: 'string' }, outcomes: { type: 'array', items: { type: 'string' } } },
      },
    ],
  })
  E!: unknown;
  @ApiProperty({ oneOf: [{ type: 'array', items: ref(PlanProvisionItemDto) }, ref(PlanSectionFDto)] }) F!: unknown;
  @ApiProperty(TEXT) G!: unknown;
  @ApiProperty(TEXT) H1!: unknown;
  @ApiProperty(TEXT) H2!: unknown;
  @ApiPropertyOptional({ type: PlanSectionIDto }) I?: PlanSectionIDto;
  @ApiProperty(TEXT) J!: unknown;
  @ApiProperty({
    oneOf: [
      { type: 'string' },
      { type: 'array', items: { oneOf: [{ type: 'string' }, ref(PlanAdviceDto)] } },
      ref(PlanTextSectionDto),
    ],
  })
  K!: unknown;
}

@ApiSchema({ name: 'PlanQualityFinding', description: 'What to look at again; it does not stop the plan being issued' })
export class PlanQualityFindingDto {
  @ApiProperty({ example: 'sections.E' }) field!: string;
  @ApiProperty() message!: string;
}

@ApiSchema({ name: 'OutcomeProgress', description: 'Progress towards one outcome of section E at a review, by its id' })
export class OutcomeProgressDto {
  @ApiProperty({ example: 'o-1' }) outcomeId!: string;
  @ApiProperty({ enum: OUTCOME_PROGRESS }) progress!: string;
}

/** Every component above, for the controllers that refer to them from a schema object (ApiExtraModels). */
export const PLAN_SCHEMA_MODELS = [
  PlanSectionsDto,
  PlanSectionsInputDto,
  PlanQualityFindingDto,
  PlanOutcomeInputDto,
  PlanOutcomeDto,
  PlanTextSectionDto,
  PlanProvisionItemDto,
  PlanSectionFDto,
  PlanAdviceDto,
  PlanSectionIDto,
  OutcomeProgressDto,
] as const;
