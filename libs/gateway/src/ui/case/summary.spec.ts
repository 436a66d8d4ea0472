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

  it('offers the plan forms after the outcome, and only placement, disputes and funding once the plan is final', () => {
    expect(texts(caseActions(summary({ stage: 'draft-issued' }), 'manager')).slice(0, 3)).toEqual([
      'Issue the draft plan',
      'Record representations',
      'Issue the final plan',
    ]);
    expect(texts(caseActions(summary({ stage: 'plan-final' }), 'caseworker'))).toEqual([
      'Express preferences',
      'Consult a setting',
      'Allocate a place',
      'Record a disagreement',
      'Record funding',
    ]);
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
