import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import type { PlanVersionAnswer } from './case-api.js';
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
});
