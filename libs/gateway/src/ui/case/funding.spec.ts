import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import type { CaseFunding } from './case-api.js';
import { caseFundingModel } from './funding.view-model.js';

const LAYOUT = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const CASE = {
  caseId: '3f2b9c1e-0000-4000-8000-000000000001',
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
};

const FUNDING: CaseFunding = {
  planVersion: 2,
  issuedOn: '2026-06-18',
  setting: { type: 'mainstream', name: 'Oakwood Primary' },
  band: { id: 'B', name: 'Band B' },
  lines: [
    { provision: 'Speech and language therapy', unit: 'session', tariffPence: 6000, quantityPerYear: 39, annualPence: 234000 },
  ],
  adjustments: [{ amountPence: 50000, reason: 'Transport', approvedBy: 'manager@202', approvedOn: '2026-07-01' }],
  annualPence: 834000,
  adjustmentsPence: 50000,
  element2Pence: 600000,
  element3Pence: 284000,
  totalPence: 884000,
};

describe('the funding tab', () => {
  it('shows the band, the element 2 / element 3 split in pounds, the tariff lines and the adjustments', () => {
    const $ = load(renderView('case/funding.njk', { ...LAYOUT, ...caseFundingModel(CASE, FUNDING, { role: 'manager' }) }));
    const row = (key: string) =>
      $('#funding .govuk-summary-list__row')
        .filter((_, r) => $(r).find('dt').text().trim().startsWith(key))
        .find('dd')
        .text()
        .trim();
    expect(row('Band')).toBe('Band B');
    expect(row('Element 2')).toBe('£6,000.00');
    expect(row('Element 3')).toBe('£2,840.00');
    expect(row('Annual cost')).toBe('£8,340.00');
    expect($('#tariff-lines td').eq(1).text()).toBe('£60.00 a session');
    expect($('#adjustments').text()).toContain('£500.00: Transport (approved by manager@202 on 1 July 2026)');
    expect($('a:contains("Record funding")').attr('href')).toBe(`/cases/${CASE.caseId}/funding/adjustments`);
  });

  it('says there is no funding before a plan is priced, with no form to a read-only role', () => {
    const $ = load(renderView('case/funding.njk', { ...LAYOUT, ...caseFundingModel(CASE, undefined, { role: 'tribunal' }) }));
    expect($('main').text()).toContain('No funding yet');
    expect($('a:contains("Record funding")').length).toBe(0);
  });
});
