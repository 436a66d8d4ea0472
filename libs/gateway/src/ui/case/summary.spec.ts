import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import type { CaseSummary } from './case-api.js';
import { caseActions, caseSummaryModel } from './summary.view-model.js';

const LAYOUT = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const CASE_ID = '3f2b9c1e-0000-4000-8000-000000000001';

const summary = (over: Partial<CaseSummary> = {}): CaseSummary => ({
  caseId: CASE_ID,
  la: '202',
  stage: 'assessing',
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
  requestedBy: 'parent',
  requestedOn: '2026-03-02',
  openDeadlines: [
    { deadlineId: 'final-plan', rule: 'final-plan', dueOn: '2026-07-20', status: 'open' },
    { deadlineId: 'advice:adv-1', rule: 'advice', dueOn: '2026-05-19', status: 'breached' },
  ],
  ...over,
});

const texts = (groups: ReturnType<typeof caseActions>) => groups.flatMap((g) => g.actions.map((a) => a.text));

describe('the case summary', () => {
  it('offers every assessment form before the outcome, one advice link per advice awaited, and no plan forms', () => {
    const groups = caseActions(summary(), 'caseworker');
    expect(texts(groups)).toEqual([
      'Record the decision whether to assess',
      'Request advice',
      'Record advice received',
      'Record an exception',
      'Record the outcome of the assessment',
      'Express preferences',
      'Consult a setting',
      'Allocate a place',
      'Record a disagreement',
      'Record funding',
    ]);
    const advice = groups[0].actions.find((a) => a.text === 'Record advice received');
    expect(advice).toEqual({
      text: 'Record advice received',
      href: `/cases/${CASE_ID}/assessment/advice/adv-1/received`,
      dueOn: '2026-05-19',
    });
  });

  it('offers the plan forms after the outcome, and none of them once the plan is final', () => {
    expect(texts(caseActions(summary({ stage: 'draft-issued' }), 'manager')).slice(0, 3)).toEqual([
      'Issue the draft plan',
      'Record representations',
      'Issue the final plan',
    ]);
    for (const text of ['Issue the draft plan', 'Issue the final plan', 'Record the outcome of the assessment']) {
      expect(texts(caseActions(summary({ stage: 'plan-final' }), 'caseworker'))).not.toContain(text);
    }
    expect(texts(caseActions(summary({ stage: 'plan-final' }), 'caseworker')).slice(-5)).toEqual([
      'Express preferences',
      'Consult a setting',
      'Allocate a place',
      'Record a disagreement',
      'Record funding',
    ]);
  });

  it('offers a review, an amendment notice, ceasing, re-assessment and transfers while the final plan is maintained', () => {
    const final = caseActions(
      summary({
        stage: 'plan-final',
        openDeadlines: [{ deadlineId: 'annual-review:1', rule: 'annual-review', dueOn: '2027-06-01', status: 'open' }],
      }),
      'caseworker',
    );
    expect(final.map((g) => g.heading)).toEqual([
      'Reviews',
      'Amendments',
      'Ceasing and re-assessment',
      'Transfers',
      'Placement',
      'Disputes',
      'Funding',
    ]);
    expect(final.slice(0, 4).flatMap((g) => g.actions)).toEqual([
      { text: 'Start an annual review', href: `/cases/${CASE_ID}/reviews/new`, dueOn: '2027-06-01' },
      { text: 'Send an amendment notice', href: `/cases/${CASE_ID}/plan/amendment-notice` },
      { text: 'Decide to cease the plan', href: `/cases/${CASE_ID}/plan/cease` },
      { text: 'Record a request for re-assessment', href: `/cases/${CASE_ID}/reassessment/new` },
      { text: 'Plan a phase transfer', href: `/cases/${CASE_ID}/phase-transfer` },
      { text: 'Transfer the plan to another local authority', href: `/cases/${CASE_ID}/transfer` },
    ]);
  });

  it('offers one report and one decision link per review whose clock runs, and no new review while one awaits', () => {
    const groups = caseActions(
      summary({
        stage: 'plan-review',
        openDeadlines: [
          { deadlineId: 'review-report:r 1', rule: 'review-report', dueOn: '2027-05-14', status: 'open' },
          { deadlineId: 'review-decision:r 1', rule: 'review-decision', dueOn: '2027-05-28', status: 'breached' },
          { deadlineId: 'annual-review:1', rule: 'annual-review', dueOn: '2027-06-01', status: 'open' },
        ],
      }),
      'manager',
    );
    expect(groups[0]).toEqual({
      heading: 'Reviews',
      actions: [
        { text: 'Record the review report', href: `/cases/${CASE_ID}/reviews/r%201/report`, dueOn: '2027-05-14' },
        { text: 'Record the review decision', href: `/cases/${CASE_ID}/reviews/r%201/decision`, dueOn: '2027-05-28' },
      ],
    });
    expect(texts(groups)).toContain('Send an amendment notice');
  });

  it("offers the amendment notice's steps while one is open, with their clocks, and no second notice", () => {
    const groups = caseActions(
      summary({
        stage: 'plan-amendment',
        openDeadlines: [
          { deadlineId: 'amendment-representations:n1', rule: 'amendment-representations', dueOn: '2027-06-15', status: 'open' },
          { deadlineId: 'amended-plan:n1', rule: 'amended-plan', dueOn: '2027-07-27', status: 'open' },
        ],
      }),
      'caseworker',
    );
    expect(groups.find((g) => g.heading === 'Amendments')!.actions).toEqual([
      { text: 'Record representations', href: `/cases/${CASE_ID}/plan/representations`, dueOn: '2027-06-15' },
      { text: 'Issue the amended plan', href: `/cases/${CASE_ID}/plan/amended`, dueOn: '2027-07-27' },
      { text: 'Decide not to amend', href: `/cases/${CASE_ID}/plan/not-amending` },
    ]);
    expect(texts(groups)).not.toContain('Send an amendment notice');
    expect(texts(groups)).toContain('Start an annual review');
  });

  it('offers the re-assessment decision while its clock runs', () => {
    const groups = caseActions(
      summary({
        stage: 'plan-final',
        openDeadlines: [
          { deadlineId: 'reassessment-decision', rule: 'reassessment-decision', dueOn: '2027-03-22', status: 'open' },
        ],
      }),
      'caseworker',
    );
    expect(groups.find((g) => g.heading === 'Ceasing and re-assessment')!.actions.at(-1)).toEqual({
      text: 'Record the re-assessment decision',
      href: `/cases/${CASE_ID}/reassessment/decision`,
      dueOn: '2027-03-22',
    });
  });

  it('offers no change to a plan that is ceasing or has ceased', () => {
    for (const stage of ['ceasing', 'ceased']) {
      expect(caseActions(summary({ stage, openDeadlines: [] }), 'caseworker').map((g) => g.heading)).toEqual([
        'Placement',
        'Disputes',
        'Funding',
      ]);
    }
  });

  it('offers only "Accept the transfer" to the LA a pending transfer goes to; the old LA cannot transfer twice', () => {
    const pending = summary({
      stage: 'plan-final',
      transfer: { status: 'pending', fromLa: '202', toLa: '203' },
      openDeadlines: [{ deadlineId: 'transfer-plan:t1', rule: 'transfer-plan', dueOn: '2027-01-20', status: 'open' }],
    });
    expect(caseActions(pending, 'caseworker', '203')).toEqual([
      {
        heading: 'Transfer',
        actions: [{ text: 'Accept the transfer', href: `/cases/${CASE_ID}/transfer/accept`, dueOn: '2027-01-20' }],
      },
    ]);
    const old = texts(caseActions(pending, 'caseworker', '202'));
    expect(old).toContain('Plan a phase transfer');
    expect(old).not.toContain('Transfer the plan to another local authority');
    expect(old).not.toContain('Accept the transfer');
    expect(caseActions(pending, 'auditor', '203')).toEqual([]);
  });

  it('offers the sending LA the withdrawal of a pending transfer, and no one else', () => {
    const pending = summary({ stage: 'plan-final', la: '202', transfer: { status: 'pending', fromLa: '202', toLa: '203' } });
    expect(caseActions(pending, 'caseworker', '202').find((g) => g.heading === 'Transfers')!.actions).toEqual([
      { text: 'Plan a phase transfer', href: `/cases/${CASE_ID}/phase-transfer` },
      { text: 'Withdraw the transfer', href: `/cases/${CASE_ID}/transfer/withdraw` },
    ]);
    expect(texts(caseActions(pending, 'caseworker', '203'))).not.toContain('Withdraw the transfer');
    expect(texts(caseActions(summary({ stage: 'plan-final' }), 'caseworker', '202'))).not.toContain('Withdraw the transfer');
  });

  it('offers the LA that accepted a transfer its letter to the family while that clock runs, with its due date', () => {
    const accepted = summary({
      stage: 'plan-final',
      la: '203',
      openDeadlines: [
        { deadlineId: 'transfer-notice:t1', rule: 'transfer-notice', dueOn: '2027-02-23', status: 'open' },
        { deadlineId: 'transfer-review:t1', rule: 'transfer-review', dueOn: '2027-04-11', status: 'open' },
      ],
    });
    expect(caseActions(accepted, 'manager', '203').find((g) => g.heading === 'Transfers')!.actions).toContainEqual({
      text: 'Record the letter about the transfer',
      href: `/cases/${CASE_ID}/transfer/notice`,
      dueOn: '2027-02-23',
    });
    expect(texts(caseActions(accepted, 'caseworker', '202'))).not.toContain('Record the letter about the transfer');
    expect(texts(caseActions({ ...accepted, openDeadlines: [] }, 'caseworker', '203'))).not.toContain(
      'Record the letter about the transfer',
    );
  });

  it('offers an exception to the re-assessment timescale while its 14 weeks run', () => {
    const reassessing = summary({
      stage: 'plan-final',
      openDeadlines: [
        { deadlineId: 'reassessment-final-plan:r1', rule: 'reassessment-final-plan', dueOn: '2027-04-12', status: 'open' },
      ],
    });
    expect(
      caseActions(reassessing, 'caseworker', '202')
        .find((g) => g.heading === 'Ceasing and re-assessment')!
        .actions.at(-1),
    ).toEqual({
      text: 'Record an exception to the re-assessment timescale',
      href: `/cases/${CASE_ID}/reassessment/exceptions`,
      dueOn: '2027-04-12',
    });
    expect(texts(caseActions(summary({ stage: 'plan-final' }), 'caseworker'))).not.toContain(
      'Record an exception to the re-assessment timescale',
    );
  });

  it('shows the due date beside a link that answers a running clock', () => {
    const model = caseSummaryModel(
      summary({
        stage: 'plan-review',
        openDeadlines: [{ deadlineId: 'review-report:r1', rule: 'review-report', dueOn: '2027-05-14', status: 'open' }],
      }),
      { role: 'caseworker', la: '202' },
    );
    const $ = load(renderView('case/summary.njk', { ...LAYOUT, ...model }));
    const link = $('.app-case-actions a').filter((_, a) => $(a).text() === 'Record the review report');
    expect(link.attr('href')).toBe(`/cases/${CASE_ID}/reviews/r1/report`);
    expect(link.parent().text()).toContain('(due 14 May 2027)');
  });

  it('offers no action to the read-only roles', () => {
    expect(caseActions(summary(), 'auditor')).toEqual([]);
    expect(caseActions(summary(), 'tribunal')).toEqual([]);
  });

  it('renders the case, its stage in plain English, the open deadlines soonest first and the actions panel', () => {
    const model = caseSummaryModel(summary(), { role: 'caseworker', councilName: 'Camden Council' });
    const $ = load(renderView('case/summary.njk', { ...LAYOUT, ...model }));
    expect($('h1').text().trim()).toBe('Amara Okafor');
    expect($('.govuk-caption-l').text()).toBe('Case 3F2B9C1E');
    const row = (key: string) =>
      $('#case-summary .govuk-summary-list__row')
        .filter((_, r) => $(r).find('dt').text().trim() === key)
        .find('dd')
        .text()
        .trim();
    expect(row('Date of birth')).toBe('1 March 2016');
    expect(row('Stage')).toBe('Needs assessment under way');
    expect(row('Local authority')).toBe('Camden Council (202)');
    expect(row('Requested by')).toBe('A parent');
    expect($('#open-deadlines tbody tr').first().text()).toContain('Advice returned by the person asked for it');
    expect($('#open-deadlines tbody tr').first().text()).toContain('19 May 2026');
    expect($('main').text()).toContain('No plan yet.');
    expect($('.moj-sub-navigation__link[aria-current=page]').text().trim()).toBe('Summary');
    expect($('a:contains("Record the decision whether to assess")').attr('href')).toBe(`/cases/${CASE_ID}/assessment/decision`);
    expect($('title').text()).toMatch(/^Summary: case 3F2B9C1E/);
  });

  it('shows the plan and no actions panel to an auditor, and escapes what the case holds', () => {
    const model = caseSummaryModel(
      summary({
        child: { givenName: '<b>Ada</b>', familyName: 'Byron', dateOfBirth: '2016-03-01' },
        plan: { version: 2, status: 'final', setting: { name: 'Oakwood Primary', type: 'mainstream' } },
        openDeadlines: [],
      }),
      { role: 'auditor' },
    );
    const $ = load(renderView('case/summary.njk', { ...LAYOUT, ...model }));
    expect($('#case-actions-heading').length).toBe(0);
    expect($('#case-plan').text()).toContain('Oakwood Primary, Mainstream');
    expect($('main').text()).toContain('No open deadlines.');
    expect($('b').length).toBe(0);
    expect($('h1').text()).toContain('<b>Ada</b> Byron');
  });
});
