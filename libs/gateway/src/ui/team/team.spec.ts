import { load } from 'cheerio';
import { renderView } from '../web/render.js';
import { type TeamFigures, teamModel } from './team.view-model.js';

const layout = {
  cspNonce: 'n0nce',
  csrfToken: 'tok',
  serviceName: 'SEND casework',
  navigation: [],
  idleMinutes: 20,
  demo: false,
};

const figures = (timeliness: Partial<TeamFigures['timeliness']> = {}): TeamFigures => ({
  la: '202',
  asOf: '2026-11-28',
  overdueByStage: [
    { stage: 'requested', cases: 2 },
    { stage: 'assessing', cases: 0 },
    { stage: 'draft-issued', cases: 1 },
  ],
  overdueTotal: 3,
  timeliness: { from: '2025-11-29', to: '2026-11-28', plans: 4, percent: 75, percentExcludingExceptions: 100, ...timeliness },
});

const period = { from: { day: '29', month: '11', year: '2025' }, to: { day: '28', month: '11', year: '2026' } };
const render = (model: object) => load(renderView('team/team.njk', { ...layout, ...model }));

describe('the team view', () => {
  it('counts overdue cases by stage in plain English', () => {
    const model = teamModel(figures(), period);
    expect(model.overdue?.rows).toEqual([
      { stage: 'Request received', cases: 2 },
      { stage: 'Being assessed', cases: 0 },
      { stage: 'Draft plan issued', cases: 1 },
    ]);
    const $ = render(model);
    expect($('caption').text()).toContain('Open cases overdue on 28 November 2026: 3');
    expect($('tbody tr').first().text().replace(/\s+/g, ' ').trim()).toBe('Request received 2');
  });

  it('shows the 20-week timeliness with and without exceptions for the period, in a GET form', () => {
    const $ = render(teamModel(figures(), period));
    expect($('#timeliness-period').text()).toContain('from 29 November 2025 to 28 November 2026');
    const rows = $('.govuk-summary-list__row')
      .map((_, r) => $(r).text().replace(/\s+/g, ' ').trim())
      .get();
    expect(rows).toEqual([
      'Final plans issued 4',
      'Issued within 20 weeks 75%',
      'Issued within 20 weeks, leaving out lawful exceptions 100%',
    ]);
    expect($('form').attr('method')).toBe('get');
    expect($('#from-day').val()).toBe('29');
    expect($('#to-year').val()).toBe('2026');
  });

  it('says when no plan was issued in the period', () => {
    const $ = render(teamModel(figures({ plans: 0, percent: undefined, percentExcludingExceptions: undefined }), period));
    expect($('main').text()).toContain('No final plans were issued in this period.');
    expect($('.govuk-summary-list').length).toBe(0);
  });

  it('shows a refused period beside its field and in the summary', () => {
    const errors = {
      summary: [{ text: 'The start of the period must be on or before the last day of the period.', href: '#from-day' }],
      fields: { 'from-day': { text: 'The start of the period must be on or before the last day of the period.' } },
    };
    const $ = render(teamModel(undefined, { ...period, errors }));
    expect($('.govuk-error-summary a').attr('href')).toBe('#from-day');
    expect($('#from-error').text()).toContain('on or before');
    expect($('table').length).toBe(0);
  });
});
