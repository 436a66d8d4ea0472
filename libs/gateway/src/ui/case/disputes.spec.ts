import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import type { CaseDisputes } from './case-api.js';
import { caseDisputesModel } from './disputes.view-model.js';

const LAYOUT = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const CASE = {
  caseId: '3f2b9c1e-0000-4000-8000-000000000001',
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
};

const DISPUTES: CaseDisputes = {
  appealRights: [{ rightsId: 'r1', decision: 'plan-contents', decisionLetterOn: '2026-06-18', windowEndsOn: '2026-09-01' }],
  disputes: [
    {
      disputeId: 'd1',
      about: ['section-f'],
      decisionLetterOn: '2026-06-18',
      raisedOn: '2026-06-25',
      status: 'order-made',
      mediation: { declined: { on: '2026-06-27' }, 'adviser-contacted': { on: '2026-06-26' } },
      certificateOn: '2026-06-29',
      appeal: { registeredOn: '2026-07-01', inTime: true },
      orders: [
        { orderId: 'o1', order: 'amend-provision', madeOn: '2026-09-01', steps: [{ step: 'amended-plan', dueOn: '2026-10-06' }] },
      ],
    },
  ],
};

describe('the disputes tab', () => {
  it('lists each disagreement with its mediation steps in order, certificate, appeal, and each order’s compliance', () => {
    const deadlines = [
      {
        deadlineId: 'order-compliance:o1:amended-plan',
        rule: 'order-compliance',
        source: 's',
        startedOn: '2026-09-01',
        dueOn: '2026-10-06',
        status: 'breached' as const,
      },
    ];
    const model = caseDisputesModel(CASE, DISPUTES, deadlines, { role: 'caseworker' });
    expect(model.disputes[0].mediation.map((m) => m.step)).toEqual(['Mediation adviser contacted', 'Mediation declined']);
    const $ = load(renderView('case/disputes.njk', { ...LAYOUT, ...model }));
    const text = $('main').text().replace(/\s+/g, ' ');
    expect(text).toContain('Disagreement 1: Section F (special educational provision)');
    expect(text).toContain('Registered on 1 July 2026 (in time)');
    expect(text).toContain('Amend the needs or provision in the plan, made on 1 September 2026');
    expect($('.app-dispute table .govuk-tag--red').text().trim()).toBe('Breached');
    expect($('#appeal-rights').text()).toContain('appeal by 1 September 2026');
    expect($('a:contains("Record a tribunal order")').attr('href')).toBe(`/cases/${CASE.caseId}/disputes/d1/orders`);
  });

  it('shows no forms to a read-only role, and says so when there is no dispute', () => {
    const $ = load(
      renderView('case/disputes.njk', {
        ...LAYOUT,
        ...caseDisputesModel(CASE, { disputes: [], appealRights: [] }, [], { role: 'auditor' }),
      }),
    );
    expect($('main a.govuk-link').length).toBe(0);
    expect($('main').text()).toContain('No disputes.');
  });
});
