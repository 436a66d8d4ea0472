import type { SchemaObject } from '@nestjs/swagger';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Answer } from '@send/platform';
import { STANDARD_KINDS } from '@send/standards';
import { PHASE_TRANSFERS } from '@send/statutory';
import { NEED_CODES, PHASES, SETTING_TYPES } from './domain/index.js';

/**
 * The placement context's shapes in the OpenAPI document that more than one answer gives: a setting of the
 * tailored list (TailoredListItem in domain/tailored-list.ts) on the list read and the write that records it,
 * and a phase transfer round (PhaseTransferRound in domain/placement.state.ts) on the placement and the list.
 */

@ApiSchema({ name: 'StandardCitation', description: 'One version of a national standard, as GET /api/v1/standards lists it' })
export class StandardCitationDto {
  @ApiProperty({ example: 'oap-slcn-primary' }) id!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ enum: STANDARD_KINDS }) kind!: string;
  @ApiProperty({ enum: NEED_CODES }) need!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2025-09-01' }) effectiveFrom!: string;
}

@ApiSchema({ name: 'TailoredListItem', description: 'A setting that fits the child, with why it is on the list' })
export class TailoredListItemDto {
  @ApiProperty({ example: 'urn-100001' }) settingId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: SETTING_TYPES }) type!: string;
  @ApiProperty({ example: '202' }) la!: string;
  @ApiProperty({ type: [String], description: 'Why it is on the list, in words a family can read' }) reasons!: string[];
  @ApiProperty({ type: 'integer', description: 'Allocation, not the list, looks at free places' }) placesFree!: number;
  @ApiPropertyOptional({
    type: [StandardCitationDto],
    description: "The standards for the child's primary need the plan listing the setting says it provides; absent when none",
  })
  standards?: StandardCitationDto[];
}

@ApiSchema({ name: 'PhaseTransferRound', description: 'A setting for the new phase to be found by dueOn (Reg 18)' })
export class PhaseTransferRoundDto {
  @ApiProperty({ format: 'uuid' }) transferId!: string;
  @ApiProperty({ enum: PHASE_TRANSFERS }) transfer!: string;
  @ApiProperty({ example: '2026-09-01' }) transferOn!: string;
  @ApiProperty({ example: '2026-02-15', description: 'The date by which the amended plan must name the setting' }) dueOn!: string;
  @ApiPropertyOptional({ enum: PHASES, description: 'The phase the child moves into' }) phase?: string;
}

/** The settings' vocabulary as schema objects, for the answers described as schema objects. */
export const SETTING_TYPE: SchemaObject = { type: 'string', enum: [...SETTING_TYPES] };
export const PHASE: SchemaObject = { type: 'string', enum: [...PHASES] };
export const NEED: SchemaObject = { type: 'string', enum: [...NEED_CODES] };

/** The stage of education a child is at on a day (ChildStage in domain/tailored-list.ts). */
export const CHILD_STAGE: Record<string, SchemaObject> = {
  curriculumYear: Answer.integer('The National Curriculum year (Reception 0)'),
  yearLabel: Answer.string('e.g. "Year 6"'),
  academicYear: Answer.string('e.g. "2025/26"'),
  phase: { ...PHASE, description: 'Absent past the academic year in which the young person turns 25 (CFA s.46)' },
};
