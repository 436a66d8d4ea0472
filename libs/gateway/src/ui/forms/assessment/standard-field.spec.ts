import { load } from 'cheerio';
import { ApiError } from '../../web/api-client.js';
import { formErrorsFrom } from '../../web/forms.js';
import { renderView } from '../../web/render.js';
import { CASE_ID, LAYOUT } from './layout.fixture.js';
import { DECISION_FIELDS, DECISION_LABELS, decisionForm, decisionModel, decisionValues } from './decision.view-model.js';
import { outcomeForm, outcomeValues } from './outcome.view-model.js';

/** docs/domain.md "National SEND standards (proposal)": the forms' optional "standard relied on". */
const body = {
  decision: 'refuse',
  'decidedOn-day': '1',
  'decidedOn-month': '10',
  'decidedOn-year': '2025',
  reason: 'Needs met at SEN support',
  standard: ' oap-slcn-primary v2 ',
};

describe('the national standard a decision relied on, in the forms', () => {
  it('is sent as { id, version }, shown when checking, and left out when blank', () => {
    expect(decisionForm.apiBody(decisionValues(body))).toMatchObject({ standard: { id: 'oap-slcn-primary', version: 2 } });
    expect(decisionForm.check!(decisionValues(body)).rows.at(-1)).toEqual({
      key: 'National standard relied on',
      value: 'oap-slcn-primary v2',
    });
    expect(decisionForm.apiBody(decisionValues({ ...body, standard: '' }))).not.toHaveProperty('standard');
    expect(decisionForm.check!(decisionValues({ ...body, standard: '' })).rows.map((r) => r.key)).not.toContain(
      'National standard relied on',
    );
    const outcome = outcomeValues({ ...body, outcome: 'no-plan' });
    expect(outcomeForm.apiBody(outcome)).toMatchObject({ outcome: 'no-plan', standard: { id: 'oap-slcn-primary', version: 2 } });
  });

  it('sends text not written "<id> v<n>" for the API to name, and shows its refusal on the control', () => {
    expect(decisionForm.apiBody(decisionValues({ ...body, standard: 'language' }))).toMatchObject({
      standard: { id: 'language', version: 0 },
    });
    const refusal = new ApiError({
      status: 422,
      code: 'STANDARDS.NOT_IN_FORCE',
      detail: 'standard oap-slcn-primary v1 is in force from 2024-09-01 to 2025-08-31, not on 2025-10-01',
      field: 'standard',
    });
    const errors = formErrorsFrom(refusal, DECISION_FIELDS, 'decidedOn', DECISION_LABELS);
    const model = decisionModel(CASE_ID, decisionValues({ ...body, standard: 'oap-slcn-primary v1' }), 'k', errors);
    const $ = load(renderView('forms/assessment/decision.njk', { ...LAYOUT, ...model }));
    expect($('#standard').val()).toBe('oap-slcn-primary v1');
    expect($('#standard-error').text()).toContain('not on 1 October 2025');
    expect($('#error-code').text()).toContain('STANDARDS.NOT_IN_FORCE');
  });
});
