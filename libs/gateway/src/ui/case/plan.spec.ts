import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import type { PlanAnswer, PlanVersionAnswer } from './case-api.js';
import { casePlanModel, sectionView } from './plan.view-model.js';

const LAYOUT = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const CASE = {
  caseId: '3f2b9c1e-0000-4000-8000-000000000001',
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
};

const PLAN: PlanVersionAnswer = {
  version: 2,
  status: 'final',
  issuedOn: '2026-06-18',
  sections: {
    A: { text: 'Amara loves drawing.' },
    B: { primaryNeed: 'SLCN', secondaryNeeds: ['SEMH'], description: 'Severe expressive language disorder.' },
    E: [{ outcomeId: 'o1', text: 'Speaks in sentences of five words', area: 'education' }, 'Makes a friend'],
    F: { items: [{ provision: 'Speech and language therapy', hours: 1, frequency: 'weekly', deliveredBy: 'a therapist' }] },
    I: { type: 'mainstream', settingId: 's1', name: 'Oakwood Primary' },
    K: { text: 'Advice from the EP' },
  },
  qualityFindings: [{ item: 0, message: 'no start date given' }],
  versions: [
    { version: 1, status: 'draft', issuedOn: '2026-06-08' },
    { version: 2, status: 'final', issuedOn: '2026-06-18' },
  ],
};

describe('the plan tab', () => {
  it('lays each section out by its shape: text, needs in words, a list of outcomes, a table of provision', () => {
    expect(sectionView('B', 'Needs', PLAN.sections.B).paragraphs).toEqual([
      'Primary need: Speech, language and communication needs (SLCN)',
      'Secondary needs: Social, emotional and mental health (SEMH)',
      'Severe expressive language disorder.',
    ]);
    expect(sectionView('E', 'Outcomes', PLAN.sections.E).list).toEqual([
      'Speaks in sentences of five words (education)',
      'Makes a friend',
    ]);
    expect(sectionView('I', 'Placement', PLAN.sections.I).paragraphs).toEqual(['Oakwood Primary, Mainstream']);
    expect(sectionView('G', 'Health', undefined)).toMatchObject({ paragraphs: [], list: [] });
  });

  it('renders sections A to K, the section F findings and links to every version', () => {
    const $ = load(renderView('case/plan.njk', { ...LAYOUT, ...casePlanModel(CASE, PLAN) }));
    expect(
      $('.app-plan-section h3')
        .map((_, h) => $(h).text().split(':')[0])
        .get(),
    ).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H1', 'H2', 'I', 'J', 'K'].map((s) => `Section ${s}`));
    expect($('#section-F td').first().text()).toBe('Speech and language therapy');
    expect($('#section-C').text()).toContain('Not in this version.');
    expect($('#findings li').text()).toBe('item 1: no start date given');
    expect(
      $('#plan-versions a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual([`/cases/${CASE.caseId}/plan/versions/1`, `/cases/${CASE.caseId}/plan/versions/2`]);
    expect($('#plan-version').text()).toContain('Version 2, final, issued on 18 June 2026');
  });

  it('titles a past version by its number and links back to the current plan', () => {
    const model = casePlanModel(
      CASE,
      { ...PLAN, version: 1, status: 'draft', versions: undefined },
      { versionPage: true, versions: PLAN.versions },
    );
    const $ = load(renderView('case/plan.njk', { ...LAYOUT, ...model }));
    expect($('h2').first().text()).toBe('Plan version 1');
    expect($('a:contains("See the current plan")').attr('href')).toBe(`/cases/${CASE.caseId}/plan`);
    expect($('#plan-versions a[aria-current]').text()).toBe('Version 1');
  });

  it('says "No plan yet" before a draft is issued', () => {
    const $ = load(renderView('case/plan.njk', { ...LAYOUT, ...casePlanModel(CASE, undefined) }));
    expect($('main').text()).toContain('No plan yet.');
    expect($('.app-plan-section').length).toBe(0);
  });

  describe('after the plan is final', () => {
    const FINAL: PlanAnswer = {
      ...PLAN,
      sections: {
        ...PLAN.sections,
        E: [
          { outcomeId: 'o-1', text: 'Speaks in sentences' },
          { outcomeId: 'o-2', text: 'Reads' },
        ],
      },
      reviews: [
        {
          reviewId: 'r1',
          meetingOn: '2025-08-22',
          findings: ['Invitations were sent on 2025-08-11, less than 2 weeks before the meeting.'],
          reportSentOn: '2025-09-08',
          decision: 'amend',
          decidedOn: '2025-09-12',
          stepDownConsidered: true,
          stepDownRationale: 'Targeted support would not meet the need',
          outcomesProgress: [
            { outcomeId: 'o-1', progress: 'progressing' },
            { outcomeId: 'o-2', progress: 'no-longer-relevant' },
          ],
        },
        { reviewId: 'r2', meetingOn: '2026-06-05', findings: [] },
      ],
      amendmentNotice: { noticeId: 'r1', sentOn: '2025-09-12', reviewId: 'r1' },
      phaseTransfers: [{ transferId: 't1', transfer: 'primary-to-secondary', transferOn: '2027-09-01', dueOn: '2027-02-14' }],
      proposedPhaseTransfers: [{ transfer: 'secondary-to-post-16', transferOn: '2032-09-01', dueOn: '2032-03-30' }],
      reminders: [
        {
          kind: 'early-years-review',
          advisory: true,
          title: 'Under 5: consider reviewing the plan every 3 to 6 months',
          source: 'SEND Code of Practice 2015 para 9.178',
          fromOn: '2025-12-12',
          byOn: '2026-03-12',
        },
      ],
    };
    const render = (plan: PlanAnswer, role?: 'caseworker' | 'auditor') =>
      load(renderView('case/plan.njk', { ...LAYOUT, ...casePlanModel(CASE, plan, { role }) }));
    const rows = ($: ReturnType<typeof load>, card: number) =>
      $('.app-review')
        .eq(card)
        .find('.govuk-summary-list__row')
        .map((_, r) => `${$(r).find('dt').text().trim()}: ${$(r).find('dd').text().trim()}`)
        .get();

    it('lists each review: meeting, findings, report, decision, step-down and progress per outcome in words', () => {
      const $ = render(FINAL, 'caseworker');
      expect(
        $('.app-review .govuk-summary-card__title')
          .map((_, t) => $(t).text())
          .get(),
      ).toEqual(['Review meeting on 22 August 2025', 'Review meeting on 5 June 2026']);
      expect(rows($, 0)).toEqual([
        'Meeting: 22 August 2025',
        'Findings: Invitations were sent on 11 August 2025, less than 2 weeks before the meeting.',
        'Report sent on: 8 September 2025',
        'Decision: Amend the plan, decided on 12 September 2025',
        'Step down to targeted support considered: Yes: Targeted support would not meet the need',
        'Outcome 1: Speaks in sentences: Progressing',
        'Outcome 2: Reads: No longer relevant',
      ]);
      expect(rows($, 1)).toContain('Decision: Awaiting the decision');
    });

    it('links the open review’s report and decision, and offers no new review while one is open', () => {
      const $ = render(FINAL, 'caseworker');
      expect($('.app-review').eq(0).find('a').length).toBe(0);
      expect(
        $('.app-review')
          .eq(1)
          .find('a')
          .map((_, a) => `${$(a).text()} ${$(a).attr('href')}`)
          .get(),
      ).toEqual([
        `Record the review report /cases/${CASE.caseId}/reviews/r2/report`,
        `Record the review decision /cases/${CASE.caseId}/reviews/r2/decision`,
      ]);
      expect($('a:contains("Start an annual review")').length).toBe(0);
      const decided = render({ ...FINAL, reviews: FINAL.reviews!.slice(0, 1) }, 'caseworker');
      expect(decided('a:contains("Start an annual review")').attr('href')).toBe(`/cases/${CASE.caseId}/reviews/new`);
    });

    it('offers no links to a read-only role, nor a new review once the plan is ceasing', () => {
      const $ = render({ ...FINAL, reviews: FINAL.reviews!.slice(0, 1) }, 'auditor');
      expect($('#plan-life a').length).toBe(0);
      expect($('.app-review').length).toBe(1);
      const ceasing = render(
        {
          ...FINAL,
          status: 'ceasing',
          reviews: [],
          cease: { decidedOn: '2026-10-01', reason: '3', consultedOn: '2026-09-15', appealWindowEndsOn: '2026-12-01' },
        },
        'caseworker',
      );
      expect(ceasing('a:contains("Start an annual review")').length).toBe(0);
      expect(ceasing('#no-reviews').text()).toBe('No review recorded yet.');
      expect(ceasing('#cease-status').text()).toContain('Ceasing');
      expect(ceasing('#cease').text()).toContain('Special educational needs met without an EHC plan');
      expect(ceasing('#cease').text()).toContain('1 December 2026');
    });

    it('shows the open amendment notice, the phase transfers recorded and proposed, and the reminder as advice', () => {
      const $ = render(FINAL, 'caseworker');
      expect($('#amendment-notice').text()).toContain('Sent on 12 September 2025 with the review decision.');
      expect($('#amendment-notice').text()).toContain('15 days');
      expect($('#phase-transfers li').text()).toBe(
        'Primary to secondary school on 1 September 2027: the plan must be amended by 14 February 2027',
      );
      expect($('#proposed-phase-transfers li').text()).toContain('Secondary school to post-16 on 1 September 2032');
      expect($('#reminder-early-years-review').text()).toContain('Advice, not a deadline:');
      expect($('#reminder-early-years-review').text()).toContain('between 12 December 2025 and 12 March 2026');
      const none = render({
        ...FINAL,
        amendmentNotice: undefined,
        phaseTransfers: [],
        proposedPhaseTransfers: [],
        reminders: [],
      });
      expect(none('#amendment-notice').text()).toBe('No amendment notice open.');
      expect(none('#phase-transfers').text()).toBe('No phase transfer recorded.');
      expect(none('[id^=reminder-]').length).toBe(0);
    });

    it('leaves the part out of a draft and of a past version’s page', () => {
      expect(render(PLAN, 'caseworker')('#plan-life').length).toBe(0);
      const page = casePlanModel(CASE, FINAL, { versionPage: true, role: 'caseworker' });
      expect(page.afterFinal).toBeUndefined();
    });
  });
});
