import { NEED_CODES, SETTING_TYPES } from '@send/statutory';
import { OUTCOME_AREAS } from '../domain/index.js';

/**
 * The published EHC plan format, version 1 (docs/plan-format.md): one source, written out to
 * docs/plan-format/ehc-plan.v1.schema.json, which plan-format.spec.ts holds equal to this. A change that
 * a version-1 reader could not read is a new $id (v2), never an edit here (docs/plan-format.md "Versions").
 */
export const PLAN_FORMAT_V1 = 'https://send-casework.example/plan-format/ehc-plan.v1.schema.json';

const text = (description: string) => ({ type: 'string', minLength: 1, pattern: '\\S', description });
const date = (description: string) => ({ type: 'string', format: 'date', description });
const laCode = { type: 'string', pattern: '^\\d{3}$', description: 'DfE three-digit LA code' };
const textSection = (description: string) => ({
  type: 'object',
  additionalProperties: false,
  required: ['text'],
  properties: { text: text(description) },
});

export const EHC_PLAN_V1_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: PLAN_FORMAT_V1,
  title: 'EHC plan, format version 1',
  description:
    'An education, health and care plan with every version issued, as one council sends it to another ' +
    '(SEND Regulations 2014 reg 12 for the sections, reg 15 for the transfer). docs/plan-format.md explains it.',
  type: 'object',
  additionalProperties: false,
  required: ['format', 'exportedAt', 'exportedBy', 'plan', 'sha256', 'provenance'],
  properties: {
    format: { const: PLAN_FORMAT_V1, description: 'This schema’s $id: the format and its version' },
    exportedAt: { type: 'string', format: 'date-time', description: 'When the sending system exported it' },
    exportedBy: { ...laCode, description: 'The LA that exported it, which maintains the plan' },
    plan: { $ref: '#/$defs/plan' },
    sha256: {
      type: 'string',
      pattern: '^[0-9a-f]{64}$',
      description: 'SHA-256, in hex, of the RFC 8785 canonical JSON of `plan`',
    },
    transfer: { $ref: '#/$defs/transfer' },
    provenance: {
      type: 'array',
      description: 'Where the exporting system had itself received the plan from, oldest first; empty for a plan made there',
      items: { $ref: '#/$defs/provenance' },
    },
  },
  $defs: {
    laCode,
    plan: {
      type: 'object',
      additionalProperties: false,
      required: ['child', 'requestedOn', 'decidedOn', 'versions'],
      properties: {
        child: { $ref: '#/$defs/child' },
        requestedOn: date('The day the request for an assessment was received'),
        decidedOn: date('The day the LA decided to issue a plan (CFA 2014 s.36(9))'),
        lastReviewedOn: date('The decision date of the latest review (CFA 2014 s.44), from which Reg 15(5)(a) counts'),
        versions: {
          type: 'array',
          minItems: 1,
          description: 'Every version issued, in order, each in full; the last is the one in force',
          items: { $ref: '#/$defs/version' },
        },
      },
    },
    child: {
      type: 'object',
      additionalProperties: false,
      required: ['givenName', 'familyName', 'dateOfBirth'],
      properties: {
        givenName: text('As on the request'),
        familyName: text('As on the request'),
        dateOfBirth: date('The child’s date of birth'),
      },
    },
    version: {
      type: 'object',
      additionalProperties: false,
      required: ['version', 'status', 'issuedOn', 'issuedBy', 'sections'],
      properties: {
        version: { type: 'integer', minimum: 1, description: '1, 2, …: the order in which versions were issued' },
        status: { enum: ['draft', 'final'], description: 'A draft (Reg 13(1)) or a final plan (Reg 13(2), 22(3))' },
        issuedOn: date('The day it was issued'),
        issuedBy: { ...laCode, description: 'The LA that issued this version' },
        sections: { $ref: '#/$defs/sections' },
      },
    },
    sections: {
      type: 'object',
      additionalProperties: false,
      description:
        'Sections A to K (Reg 12(1)(a)–(k)); H is H1 (CSDPA 1970 s.2) and H2; I only on a final plan (CFA 2014 s.38(5))',
      required: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'J', 'K'],
      properties: {
        A: textSection('A: the views, interests and aspirations of the child and the parent'),
        B: { $ref: '#/$defs/sectionB' },
        C: textSection('C: health care needs related to the SEN'),
        D: textSection('D: social care needs related to the SEN or disability'),
        E: { type: 'array', description: 'E: the outcomes sought', items: { $ref: '#/$defs/outcome' } },
        F: { $ref: '#/$defs/sectionF' },
        G: textSection('G: health care provision'),
        H1: textSection('H1: social care provision under CSDPA 1970 s.2'),
        H2: textSection('H2: any other social care provision'),
        I: { $ref: '#/$defs/sectionI' },
        J: textSection('J: the personal budget, if any'),
        K: { type: 'array', description: 'K: the advice and information gathered', items: { $ref: '#/$defs/advice' } },
      },
    },
    sectionB: {
      type: 'object',
      additionalProperties: false,
      required: ['primaryNeed', 'description'],
      properties: {
        primaryNeed: { enum: [...NEED_CODES], description: 'SEN2 / school census need code' },
        secondaryNeeds: { type: 'array', items: { enum: [...NEED_CODES] } },
        description: text('B: the special educational needs'),
      },
    },
    outcome: {
      type: 'object',
      additionalProperties: false,
      required: ['outcomeId', 'text'],
      properties: {
        outcomeId: { type: 'string', minLength: 1, description: 'Kept by every later version (docs/domain.md "Section E")' },
        text: text('The outcome'),
        area: { enum: [...OUTCOME_AREAS], description: 'Preparation for adulthood area (CoP 8.5)' },
        by: date('When it should be achieved'),
      },
    },
    sectionF: {
      type: 'object',
      additionalProperties: false,
      required: ['items'],
      properties: { items: { type: 'array', items: { $ref: '#/$defs/provisionItem' } } },
    },
    provisionItem: {
      type: 'object',
      additionalProperties: false,
      description: 'One line of F: what, how much, how often, by whom (CoP 9.69)',
      required: ['provision', 'frequency', 'deliveredBy'],
      properties: {
        provision: text('What is provided'),
        hours: {
          type: 'number',
          exclusiveMinimum: 0,
          description: 'Hours each time; absent for provision that is not time-based',
        },
        frequency: text('How often, e.g. "weekly", "3 times a week", "once", "continuous"'),
        deliveredBy: text('Who delivers it, by role'),
        startsOn: date('When it begins'),
        beyondStandard: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'version'],
          description: 'The national standard this provision goes beyond, by id and version',
          properties: {
            id: { type: 'string', minLength: 1 },
            version: {
              anyOf: [
                { type: 'string', minLength: 1 },
                { type: 'integer', minimum: 1 },
              ],
            },
          },
        },
      },
    },
    sectionI: {
      type: 'object',
      additionalProperties: false,
      required: ['type'],
      properties: {
        type: { enum: [...SETTING_TYPES], description: 'The type of school or institution' },
        settingId: { type: 'string', minLength: 1, description: 'The setting’s URN or UKPRN' },
        name: { type: 'string', minLength: 1 },
      },
    },
    advice: {
      type: 'object',
      additionalProperties: false,
      required: ['title'],
      properties: { title: text('The advice or information'), from: { type: 'string' }, date: date('Its date') },
    },
    transfer: {
      type: 'object',
      additionalProperties: false,
      description: 'The Reg 15 transfer the plan is being sent for, when one is pending',
      required: ['transferId', 'fromLa', 'toLa', 'movedOn', 'learnedOn'],
      properties: {
        transferId: { type: 'string', format: 'uuid' },
        fromLa: laCode,
        toLa: laCode,
        movedOn: date('The day of the move'),
        learnedOn: date('The day the sending LA learned of it'),
      },
    },
    provenance: {
      type: 'object',
      additionalProperties: false,
      required: ['fromLa', 'exportedAt', 'sha256', 'format', 'importedBy', 'importedOn'],
      properties: {
        fromLa: laCode,
        exportedAt: { type: 'string', format: 'date-time' },
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        format: { type: 'string', format: 'uri' },
        transferId: { type: 'string', format: 'uuid' },
        importedBy: laCode,
        importedOn: date('The day it was imported'),
      },
    },
  },
} as const;
