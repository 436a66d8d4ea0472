import { Type, applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  type ApiPropertyOptions,
  ApiPropertyOptional,
  ApiResponse,
  ApiSchema,
  type SchemaObject,
  getSchemaPath,
} from '@nestjs/swagger';

/** One bad field of a 400 (or of a 422 that names several), as `toProblem` writes it. */
@ApiSchema({ name: 'FieldError' })
export class FieldErrorDto {
  @ApiProperty({ example: 'child.dateOfBirth' }) field!: string;
  @ApiProperty({ example: 'dateOfBirth must be a date in the form YYYY-MM-DD' }) message!: string;
}

/**
 * The body of every error (RFC 9457, `toProblem` in problem.filter.ts). A refusal may carry details beside
 * the code (`field`, `currentRevision`, `retryAfterSeconds`, dates), hence open to further properties.
 */
@ApiSchema({ name: 'Problem' })
export class ProblemDto {
  @ApiProperty({ example: 'https://send-casework.example/problems/ehcp-section-i-required' }) type!: string;
  @ApiProperty({ example: 'Unprocessable request' }) title!: string;
  @ApiProperty({ example: 422 }) status!: number;
  @ApiProperty({ description: 'The stable code (docs/api.md "Stable codes")', example: 'EHCP.SECTION_I_REQUIRED' })
  code!: string;
  @ApiProperty({ example: 'the final plan names the school or other institution in section I' }) detail!: string;
  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Every bad field (400; some 422s)' })
  errors?: FieldErrorDto[];
}

/** What each error status means and its fixed codes, as docs/api.md "Errors" lists them. */
const STATUSES = {
  400: [
    'A body, query, path or header that fails validation, or malformed JSON',
    ['REQUEST.INVALID', 'REQUEST.MALFORMED_JSON', 'REQUEST.TOO_DEEP', 'REQUEST.MALFORMED_TEXT'],
  ],
  401: ['No token, or a bad or expired one', ['AUTH.UNAUTHENTICATED']],
  403: ['The role may not call the route, or the body names another LA', ['AUTH.FORBIDDEN']],
  404: ['No such thing visible to the caller', []],
  409: [
    'If-Match names a revision the stream has moved past; `currentRevision` says where it is',
    ['CONCURRENCY.STALE_REVISION'],
  ],
  413: ['The body is too large', ['REQUEST.TOO_LARGE']],
  415: ['The bytes of an uploaded file are of a type the route does not accept', []],
  422: ['A domain rule refused the request; nothing was recorded', []],
  429: ['Too many wrong passwords; `Retry-After` and `retryAfterSeconds` say when to come back', ['AUTH.TOO_MANY_ATTEMPTS']],
  500: [
    'A stored event the answer needs no longer parses; `streamId` and `revision` say where (GET …/verify names it)',
    ['STORE.UNREADABLE_EVENT'],
  ],
  503: ['Something the answer depends on cannot be reached or written now', []],
} as const satisfies Record<number, readonly [string, readonly string[]]>;

export type ProblemStatus = keyof typeof STATUSES;

/** Per status: `true` for the fixed codes only, or the route's own codes beside them. */
export type ProblemSpec = Partial<Record<ProblemStatus, true | readonly string[]>>;

/**
 * The error answers of one operation, each `application/problem+json` with the shared Problem schema and the
 * codes the route really answers with listed in the description and as an enum on `code`.
 */
export function ApiProblems(spec: ProblemSpec) {
  const responses = (Object.entries(spec) as [string, true | readonly string[]][]).map(([key, own]) => {
    const status = Number(key) as ProblemStatus;
    const [when, fixed] = STATUSES[status];
    const codes = [...new Set([...fixed, ...(own === true ? [] : own)])];
    return ApiResponse({
      status,
      description: codes.length ? `${when}. Codes: ${codes.join(', ')}.` : `${when}.`,
      content: {
        'application/problem+json': {
          schema: codes.length
            ? {
                allOf: [
                  { $ref: getSchemaPath(ProblemDto) },
                  { type: 'object' as const, properties: { code: { type: 'string' as const, enum: codes } } },
                ],
              }
            : { $ref: getSchemaPath(ProblemDto) },
        },
      },
    });
  });
  return applyDecorators(ApiExtraModels(ProblemDto), ...responses);
}

/** An event a write appended, by id and type. */
@ApiSchema({ name: 'WrittenEvent' })
export class WrittenEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'AssessmentRequested' }) type!: string;
}

/** What every case write answers (`WriteResult`, docs/api.md "Writes"); some routes add what they created. */
@ApiSchema({ name: 'WriteAnswer' })
export class WriteAnswerDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: 'integer', description: 'The revision of the stream after the write (the next If-Match)', example: 3 })
  revision!: number;
  @ApiProperty({ type: [WrittenEventDto], description: 'The events the write appended' })
  events!: WrittenEventDto[];
  @ApiPropertyOptional({
    description: 'Present (true) when the write is stored but the reads had not caught up within the bound',
    enum: [true],
  })
  viewsBehind?: true;
}

/** The 201 answer of a write, `answer` being WriteAnswerDto or a subclass naming what the route adds. */
export function ApiWriteAnswer(answer: Type<WriteAnswerDto> = WriteAnswerDto) {
  return ApiResponse({ status: 201, description: 'Recorded', type: answer });
}

/**
 * Shorthands for the answers described as schema objects, where a read's body is a view over a fold rather
 * than a class: the fields every answer has are named and required, what lies below them is described as far
 * as it is one stable shape (an open object otherwise, never a guess).
 */
export const Answer = {
  string: (description?: string): SchemaObject => ({ type: 'string', ...(description ? { description } : {}) }),
  integer: (description?: string): SchemaObject => ({ type: 'integer', ...(description ? { description } : {}) }),
  boolean: (description?: string): SchemaObject => ({ type: 'boolean', ...(description ? { description } : {}) }),
  uuid: (): SchemaObject => ({ type: 'string', format: 'uuid' }),
  nullable: (schema: SchemaObject): SchemaObject => ({ ...schema, nullable: true }),
  /** Any JSON value: a field whose shape follows the recorded event or the rule table. */
  any: (description: string): SchemaObject => ({ description }),
  open: (description?: string): SchemaObject => ({
    type: 'object',
    additionalProperties: true,
    ...(description ? { description } : {}),
  }),
  list: (items: SchemaObject): SchemaObject => ({ type: 'array', items }),
  /**
   * A component of the document, by its class or, for one another context's module defines, by its name (every
   * described API holds every context's modules: the embedded app, and the gateway's DescribedApiModule).
   */
  ref: (model: string | Type<unknown>): SchemaObject => ({ $ref: getSchemaPath(model) }) as SchemaObject,
  /**
   * A figure under statistical disclosure control (docs/dashboards.md): a number, or "c" where it is suppressed;
   * `nullable` for one that may have nothing to be worked out from (a rate with no cases).
   */
  figure: (description?: string, nullable = false): SchemaObject => ({
    anyOf: [
      { type: 'number', ...(nullable ? { nullable: true } : {}) },
      { type: 'string', enum: ['c'] },
    ],
    ...(description ? { description } : {}),
  }),
  /** An object with these fields, all required but those named optional, and possibly more beside them. */
  object: (properties: Record<string, SchemaObject>, optional: readonly string[] = []): SchemaObject => ({
    type: 'object',
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  }),
  /** The write answer of a stream that is not a case's: keyed by what it is about instead of `caseId`. */
  write: (key: Record<string, SchemaObject>, more: Record<string, SchemaObject> = {}, optional: readonly string[] = []) =>
    Answer.object(
      {
        ...key,
        revision: Answer.integer('The revision of the stream after the write (the next If-Match)'),
        events: Answer.list({ $ref: getSchemaPath(WrittenEventDto) } as SchemaObject),
        viewsBehind: { type: 'boolean', enum: [true] },
        ...more,
      },
      ['viewsBehind', ...optional],
    ),
};

/**
 * The 20-week timeliness (Reg 13(2)) of an LA's final plans issued in a period, as CaseQueries.timeliness counts
 * it; the team view and the high-needs budget both give it (inline, as one of them may be null).
 */
export const TIMELINESS: Record<string, SchemaObject> = {
  plans: Answer.integer('Final plans issued in the period'),
  percent: { type: 'number', description: 'Share issued within the 20 weeks, to 1 dp', example: 62.5 },
  percentExcludingExceptions: {
    type: 'number',
    description: 'The same, leaving out plans under a lawful exception, as the DfE reports it',
    example: 71.4,
  },
};

/** A 200 (or the given status) answering this schema as JSON. */
export function ApiAnswer(schema: SchemaObject, status: 200 | 201 = 200) {
  return applyDecorators(
    ApiExtraModels(WrittenEventDto),
    ApiResponse({ status, description: status === 201 ? 'Recorded' : 'OK', schema }),
  );
}

/** A 200 that is not JSON: a document (PDF, CSV, XML) or text, one schema per media type. */
export function ApiContentAnswer(mediaTypes: readonly string[], format?: 'binary') {
  const schema: SchemaObject = { type: 'string', ...(format ? { format } : {}) };
  return ApiResponse({ status: 200, description: 'OK', content: Object.fromEntries(mediaTypes.map((t) => [t, { schema }])) });
}

/**
 * A write answer that also names what the route created (docs/api.md "Writes": "plus the id it created"),
 * as its own schema so that a generated client reads the id typed.
 */
export function WriteAnswerWith(
  name: string,
  fields: Record<string, ApiPropertyOptions & { required?: boolean }>,
): Type<WriteAnswerDto> {
  class Answer extends WriteAnswerDto {}
  // No design type to reflect on a property added here: a string unless the options say otherwise.
  for (const [key, options] of Object.entries(fields))
    ApiProperty({ type: 'string', ...options } as ApiPropertyOptions)(Answer.prototype, key);
  ApiSchema({ name })(Answer);
  return Answer;
}
