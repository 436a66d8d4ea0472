import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { FieldError } from '@send/platform';
import { EHC_PLAN_V1_SCHEMA } from './ehc-plan.v1.schema.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(EHC_PLAN_V1_SCHEMA);

/** Each schema violation, named by the JSON pointer (RFC 6901) of the value that breaks it, "" for the whole. */
export function planFormatErrors(document: unknown): FieldError[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map(fieldErrorOf);
}

function fieldErrorOf(e: ErrorObject): FieldError {
  // A missing or unexpected property is named by its own pointer, not its parent's.
  const child =
    e.keyword === 'required'
      ? (e.params as { missingProperty: string }).missingProperty
      : e.keyword === 'additionalProperties'
        ? (e.params as { additionalProperty: string }).additionalProperty
        : undefined;
  const field = child === undefined ? e.instancePath : `${e.instancePath}/${child.replace(/~/g, '~0').replace(/\//g, '~1')}`;
  return { field, message: `${field || '(the document)'} ${e.message ?? 'is not valid'}` };
}
