import { load } from 'cheerio';
import type { TimelineEntry } from '@send/kernel';
import { renderView } from '../web/render.js';
import type { CaseDeadline } from './case-api.js';
import { caseDeadlinesModel } from './deadlines.view-model.js';

const LAYOUT = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const CASE = {
  caseId: '3f2b9c1e-0000-4000-8000-000000000001',
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
};

const DEADLINES: CaseDeadline[] = [
  {
    deadlineId: 'final-plan',
    rule: 'final-plan',
    source: 'SEND Regulations 2014 reg 13(2)',
    startedOn: '2026-03-02',
    dueOn: '2026-07-20',
    status: 'excepted',
    exception: { ground: 'school-closure', from: '2026-04-10', source: 'SEND Regulations 2014 reg 13(3), applying reg 10(4)' },
  },
  {
    deadlineId: 'assessment-decision',
    rule: 'assessment-decision',
    source: 'SEND Regulations 2014 reg 4(1), 5(1)',
    startedOn: '2026-03-02',
    dueOn: '2026-04-13',
    status: 'met',
    closedOn: '2026-04-06',
  },
  {
    deadlineId: 'no-plan-decision',
    rule: 'no-plan-decision',
    source: 'SEND Regulations 2014 reg 10(1)',
    startedOn: '2026-03-02',
    dueOn: '2026-06-22',
    status: 'not-applicable',
    notApplicableReason: 'plan to be issued',
  },
  { rule: 'advice', source: 'SEND Regulations 2014 reg 8(1)', startedOn: '2026-04-07', dueOn: '2026-05-19', status: 'breached' },
];

const TIMELINE = [
  {
    at: '2026-04-10',
    kind: 'deadline',
    title: '20-week final plan deadline excepted (school closure)',
    actor: { id: 'caseworker@202', role: 'caseworker' },
    deadline: {
      rule: 'Final EHC plan issued',
      source: 'SEND Regulations 2014 reg 13(2)',
      dueOn: '2026-07-20',
      status: 'excepted',
      exception: { ground: 'school-closure', evidence: 'Closure notice from the head teacher' },
    },
    eventIds: ['e1'],
    recordedAt: '2026-04-10T09:00:00Z',
  },
] as TimelineEntry[];

describe('the deadlines tab', () => {
  const model = caseDeadlinesModel(CASE, DEADLINES, TIMELINE);

  it('names each rule in plain English, in the order the clocks started, with the exception and its evidence', () => {
    expect(model.rows.map((r) => r.rule)).toEqual([
      'Decision whether to secure an EHC needs assessment',
      'Notice of a decision not to issue an EHC plan',
      'Final EHC plan issued',
      'Advice returned by the person asked for it',
    ]);
    expect(model.rows[2].exception).toEqual({
      ground: 'School closure',
      from: '2026-04-10',
      source: 'SEND Regulations 2014 reg 13(3), applying reg 10(4)',
      evidence: 'Closure notice from the head teacher',
    });
    expect(model.rows.map((r) => r.tag.text)).toEqual(['Met', 'Not applicable', 'Excepted', 'Breached']);
  });

  it('renders the table: rule, legal source, started, due, status tag, closed on, exception', () => {
    const $ = load(renderView('case/deadlines.njk', { ...LAYOUT, ...model }));
    const cells = (i: number) =>
      $('#deadlines tbody tr')
        .eq(i)
        .find('td')
        .map((_, td) => $(td).text().replace(/\s+/g, ' ').trim())
        .get();
    expect(cells(0)).toEqual([
      'Decision whether to secure an EHC needs assessment',
      'SEND Regulations 2014 reg 4(1), 5(1)',
      '2 March 2026',
      '13 April 2026',
      'Met',
      '6 April 2026',
      '',
    ]);
    expect(cells(2)[6]).toContain('School closure from 10 April 2026');
    expect(cells(2)[6]).toContain('Evidence: Closure notice from the head teacher');
    expect($('#deadlines .govuk-tag--red').text().trim()).toBe('Breached');
    expect($('.moj-sub-navigation__link[aria-current=page]').text().trim()).toBe('Deadlines');
  });

  it('says so when the case has no deadline yet', () => {
    const $ = load(renderView('case/deadlines.njk', { ...LAYOUT, ...caseDeadlinesModel(CASE, []) }));
    expect($('#deadlines').length).toBe(0);
    expect($('main').text()).toContain('No deadlines yet.');
  });
});
