import { load } from 'cheerio';
import { renderView } from '../../web/render.js';
import { stepFieldIds, stepFieldLabels, stepFormModel } from '../placement/step-form.js';
import { STEP_VIEW } from '../placement/step-page.js';
import { adjustmentSpec } from './funding.view-model.js';

const layout = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const caseId = '3f2b9c1e-0000-4000-8000-000000000001';

describe('the local adjustment form', () => {
  const spec = adjustmentSpec(caseId, 'Case 3F2B9C1E');

  it('links the API’s amountPence to the amount in pounds', () => {
    expect(stepFieldIds(spec).amountPence).toBe('amount');
    expect(stepFieldLabels(spec).amountPence).toBe('Amount');
  });

  it('renders the amount with a pound prefix, the reason, the approver and the date', () => {
    const $ = load(renderView(STEP_VIEW, { ...layout, ...stepFormModel(spec, { amount: '-300' }, 'k') }));
    expect($('form').attr('action')).toBe(`/cases/${caseId}/funding/adjustments`);
    expect($('#amount').val()).toBe('-300');
    expect($('.govuk-input__prefix').text().trim()).toBe('£');
    expect($('textarea[name=reason]').length + $('input[name=approvedBy]').length + $('input[name=approvedOn-day]').length).toBe(
      3,
    );
  });
});
