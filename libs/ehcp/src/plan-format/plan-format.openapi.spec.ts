import { planFormatOpenApi } from './plan-format.openapi.js';

describe('the plan format as the OpenAPI document describes it', () => {
  const described = JSON.stringify(planFormatOpenApi());

  it('inlines every $def, leaving no JSON Schema reference the API document could not resolve', () => {
    expect(described).not.toContain('$ref');
    expect(described).not.toContain('$defs');
    expect(described).not.toContain('"const"');
  });

  it('keeps the fields and rules of the schema: F items with hours above 0, the format named by a one-value enum', () => {
    const doc = planFormatOpenApi() as Record<string, any>;
    const item = doc.properties.plan.properties.versions.items.properties.sections.properties.F.properties.items.items;
    expect(item.properties.hours).toMatchObject({ type: 'number', minimum: 0, exclusiveMinimum: true });
    expect(item.properties.beyondStandard.required).toEqual(['id', 'version']);
    expect(doc.properties.format).toMatchObject({
      type: 'string',
      enum: ['https://send-casework.example/plan-format/ehc-plan.v1.schema.json'],
    });
  });
});
