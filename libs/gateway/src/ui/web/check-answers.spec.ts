import { load } from 'cheerio';
import { checkAnswersModel, isConfirmed } from './check-answers.js';
import { renderView } from './render.js';

const layout = { cspNonce: 'n', csrfToken: 'tok', serviceName: 'SEND casework', navigation: [], idleMinutes: 20, demo: false };

describe('check your answers', () => {
  const model = checkAnswersModel({
    pageTitle: 'Check the decision before it is recorded',
    caption: 'Case 3F2B9C1E',
    action: '/cases/x/assessment/decision',
    rows: [
      { key: 'Decision', value: 'Assess' },
      { key: 'Reason', value: '' },
    ],
    body: { _csrf: 'old', decision: 'assess', reason: 'a <b>', 'decidedOn-day': '4', idempotencyKey: 'k', list: ['a', 'b'] },
  });

  it('replays every typed value but the token and the confirmation, and shows blanks as not given', () => {
    expect(model.hidden).toEqual([
      { name: 'decision', value: 'assess' },
      { name: 'reason', value: 'a <b>' },
      { name: 'decidedOn-day', value: '4' },
      { name: 'idempotencyKey', value: 'k' },
      { name: 'list', value: 'a' },
      { name: 'list', value: 'b' },
    ]);
    expect(model.rows[1]).toEqual({ key: { text: 'Reason' }, value: { text: 'Not given' } });
  });

  it('renders a confirm and a change button posting back with the session token, escaped', () => {
    const $ = load(renderView('check-answers.njk', { ...layout, ...model }));
    expect($('form').attr('action')).toBe('/cases/x/assessment/decision');
    expect($('input[name=_csrf]').val()).toBe('tok');
    expect($('input[name=reason]').val()).toBe('a <b>');
    expect($('button[name=confirmed]').val()).toBe('yes');
    expect($('.govuk-summary-list__key').first().text().trim()).toBe('Decision');
    expect(isConfirmed({ confirmed: 'yes' })).toBe(true);
    expect(isConfirmed({ change: 'yes' })).toBe(false);
  });
});
