import { load } from 'cheerio';
import { renderView } from '../../web/render.js';
import {
  allocateSpec,
  consultationAnswerSpec,
  consultationSpec,
  directionAppealDecisionSpec,
  directionAppealSpec,
  directionSpec,
  preferencesSpec,
  rankedFrom,
} from './placement.view-model.js';
import { stepFormModel } from './step-form.js';
import { STEP_VIEW } from './step-page.js';

const layout = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };
const caseId = '3f2b9c1e-0000-4000-8000-000000000001';
const settings = [
  { settingId: 'urn-1', name: 'Oakwood Primary', type: 'mainstream' },
  { settingId: 'urn-2', name: 'Elm <Special>', type: 'special' },
];
const render = (model: object) => load(renderView(STEP_VIEW, { ...layout, ...model }));

describe('the placement forms', () => {
  it('rank the tailored list with numbered selects, without JavaScript', () => {
    const spec = preferencesSpec(caseId, 'Case 3F2B9C1E', settings);
    const $ = render(stepFormModel(spec, {}, 'k'));
    expect($('form').attr('action')).toBe(`/cases/${caseId}/placement/preferences`);
    expect(
      $('select')
        .map((_, s) => $(s).attr('name'))
        .get(),
    ).toEqual(['rank-1', 'rank-2']);
    expect($('label[for=rank-1]').text().trim()).toBe('First preference');
    expect(
      $('#rank-2 option')
        .map((_, o) => $(o).text())
        .get(),
    ).toEqual(['Choose', 'Oakwood Primary (mainstream)', 'Elm <Special> (special)']);
    expect($('input[name=expressedOn-day]').length).toBe(1);
    expect($('input[name=_csrf]').val()).toBe('tok');
    expect($('input[name=idempotencyKey]').val()).toBe('k');
    expect($('.govuk-caption-l').text()).toBe('Case 3F2B9C1E');
  });

  it('take the ranking in order, blanks and repeats left out', () => {
    expect(rankedFrom({ 'rank-1': 'urn-2', 'rank-2': '', 'rank-3': 'urn-2', 'rank-4': 'urn-1' })).toEqual(['urn-2', 'urn-1']);
    expect(preferencesSpec(caseId, 'c', []).lead).toMatch(/No setting/);
  });

  it('render the consultation and its answer with radios and the grounds as checkboxes', () => {
    let $ = render(stepFormModel(consultationSpec(caseId, 'c', settings), {}, 'k'));
    expect($('select[name=settingId] option').length).toBe(3);
    expect($('input[name=sentOn-month]').length).toBe(1);
    $ = render(stepFormModel(consultationAnswerSpec(caseId, 'c', 'cons-1'), { answer: 'cannot-meet' }, 'k'));
    expect($('form').attr('action')).toBe(`/cases/${caseId}/placement/consultations/cons-1/answer`);
    expect($('input[name=answer]:checked').val()).toBe('cannot-meet');
    expect($('input[name=grounds][type=checkbox]').length).toBe(3);
    expect($('#answer').length).toBe(1);
  });

  it('render the allocation, the direction and its appeal and decision', () => {
    expect(render(stepFormModel(allocateSpec(caseId, 'c'), {}, 'k'))('input[name=decidedOn-day]').length).toBe(1);
    const $ = render(stepFormModel(directionSpec(caseId, 'c', settings), { reason: 'x' }, 'k'));
    expect($('textarea[name=reason]').text()).toBe('x');
    expect(render(stepFormModel(directionAppealSpec(caseId, 'c'), {}, 'k'))('input[name=lodgedOn-year]').length).toBe(1);
    const d = render(stepFormModel(directionAppealDecisionSpec(caseId, 'c'), {}, 'k'));
    expect(
      d('input[name=upheld]')
        .map((_, i) => d(i).val())
        .get(),
    ).toEqual(['yes', 'no']);
  });

  it('show the error summary and the field’s message, and the refusal’s code', () => {
    const errors = {
      summary: [{ text: 'First preference should not be empty.', href: '#rank-1' }],
      fields: { 'rank-1': { text: 'First preference should not be empty.' } },
      code: 'X.Y',
    };
    const $ = render(stepFormModel(preferencesSpec(caseId, 'c', settings), {}, 'k', errors));
    expect($('.govuk-error-summary a').attr('href')).toBe('#rank-1');
    expect($('#rank-1-error').text()).toContain('First preference should not be empty.');
    expect($('title').text()).toMatch(/^Error: /);
    expect($('main').text()).toContain('Reference: X.Y');
  });
});
