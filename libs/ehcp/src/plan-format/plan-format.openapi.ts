import type { SchemaObject } from '@nestjs/swagger';
import { EHC_PLAN_V1_SCHEMA } from './ehc-plan.v1.schema.js';

type Json = Record<string, unknown>;

/**
 * The published schema as the OpenAPI 3.0 document can carry it: its $defs inlined (the format has no
 * recursion), `const` as a one-value enum, exclusiveMinimum in the 3.0 form.
 * The JSON Schema in docs/ stays the contract; this is its description in the API document.
 */
export function planFormatOpenApi(): SchemaObject {
  const defs = EHC_PLAN_V1_SCHEMA.$defs as unknown as Record<string, Json>;
  const { $schema: _s, $id: _i, $defs: _d, ...root } = EHC_PLAN_V1_SCHEMA as unknown as Json;
  return convert(root, defs) as SchemaObject;
}

function convert(node: unknown, defs: Record<string, Json>): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, defs));
  if (typeof node !== 'object' || node === null) return node;
  const n = node as Json;
  if (typeof n.$ref === 'string') return convert(defs[n.$ref.replace('#/$defs/', '')], defs);
  const out: Json = {};
  for (const [k, v] of Object.entries(n)) {
    if (k === 'const') out.enum = [v];
    else if (k === 'exclusiveMinimum') Object.assign(out, { minimum: v, exclusiveMinimum: true });
    else if (k === 'properties')
      out.properties = Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, convert(s, defs)]));
    else out[k] = convert(v, defs);
  }
  if (out.enum !== undefined && out.type === undefined)
    out.type = typeof (out.enum as unknown[])[0] === 'number' ? 'number' : 'string';
  return out;
}
