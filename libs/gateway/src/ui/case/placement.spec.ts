import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import type { PlacementState, TailoredList } from './case-api.js';
import { casePlacementModel } from './placement.view-model.js';

const LAYOUT = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const CASE = {
  caseId: '3f2b9c1e-0000-4000-8000-000000000001',
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
};

const TAILORED: TailoredList = {
  child: { yearLabel: 'Year 6', academicYear: '2026/27', phase: 'primary' },
  items: [
    { settingId: 'oak', name: 'Oakwood Primary', type: 'mainstream', la: '202', reasons: ['meets the need'], placesFree: 29 },
    { settingId: 'elm', name: 'Elm Special', type: 'special', la: '202', reasons: ['meets the need'], placesFree: 3 },
  ],
};
const STATE: PlacementState = {
  status: 'consulting',
  preferences: { ranked: ['elm', 'oak'], expressedOn: '2026-06-10' },
  consultations: [
    {
      consultationId: 'c1',
      settingId: 'elm',
      sentOn: '2026-06-11',
      answer: { answeredOn: '2026-06-15', answer: 'cannot-meet', grounds: 'Full', objectionUpheld: true },
    },
    { consultationId: 'c2', settingId: 'oak', name: 'Oakwood Primary', sentOn: '2026-06-16' },
  ],
};

describe('the placement tab', () => {
  it('shows the tailored list, the preferences by name in order, and each consultation with an answer link while awaited', () => {
    const model = casePlacementModel(CASE, TAILORED, STATE, { role: 'caseworker' });
    expect(model.preferences?.ranked).toEqual(['Elm Special', 'Oakwood Primary']);
    const $ = load(renderView('case/placement.njk', { ...LAYOUT, ...model }));
    expect($('#tailored-list tbody tr').length).toBe(2);
    expect($('#preferences li').first().text()).toBe('Elm Special');
    expect($('#consultations tbody tr').eq(0).text()).toContain('Cannot meet the need (15 June 2026): Full. Objection upheld');
    expect($('#consultations a').attr('href')).toBe(`/cases/${CASE.caseId}/placement/consultations/c2/answer`);
    expect($('main').text()).toContain('No place allocated yet.');
  });

  it('offers no answer link to a read-only role, and shows the allocation', () => {
    const allocated = {
      ...STATE,
      allocation: { settingId: 'oak', name: 'Oakwood Primary', type: 'mainstream', decidedOn: '2026-06-17', preferenceRank: 2 },
    };
    const $ = load(
      renderView('case/placement.njk', { ...LAYOUT, ...casePlacementModel(CASE, TAILORED, allocated, { role: 'tribunal' }) }),
    );
    expect($('#consultations a').length).toBe(0);
    expect($('#allocation').text()).toContain('Oakwood Primary');
    expect($('#allocation').text()).toContain('17 June 2026');
  });

  it('has an empty state for each part before anything is recorded', () => {
    const $ = load(
      renderView('case/placement.njk', { ...LAYOUT, ...casePlacementModel(CASE, undefined, { status: 'none' }, {}) }),
    );
    const text = $('main').text();
    expect(text).toContain('No tailored list yet');
    expect(text).toContain('No preferences expressed yet.');
    expect(text).toContain('No setting consulted yet.');
    expect(text).toContain('No place allocated yet.');
  });
});
