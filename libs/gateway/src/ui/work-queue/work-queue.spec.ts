import { load } from 'cheerio';
import { CASE_STAGES } from '@send/kernel';
import { renderView } from '../web/render.js';
import {
  type CaseListItem,
  type CaseListPage,
  STAGE_NAMES,
  paginationOf,
  queueHref,
  tagOf,
  workQueueModel,
} from './work-queue.view-model.js';

const layout = {
  cspNonce: 'n0nce',
  csrfToken: 'tok',
  serviceName: 'SEND casework',
  navigation: [],
  idleMinutes: 20,
  demo: false,
};
const TODAY = '2026-11-28';

const item = (caseId: string, next?: Partial<NonNullable<CaseListItem['nextDeadline']>>, stage = 'requested'): CaseListItem => ({
  caseId,
  la: '202',
  stage,
  child: { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2016-03-01' },
  requestedOn: '2026-10-01',
  ...(next
    ? {
        nextDeadline: {
          rule: 'assessment-decision',
          title: 'Decision whether to assess',
          dueOn: '2026-12-14',
          status: 'open',
          ...next,
        },
      }
    : {}),
});

const list = (items: CaseListItem[], total = items.length, page = 1): CaseListPage => ({ items, page, pageSize: 20, total });
const context = { today: TODAY, national: false, filters: {} };

describe('the work queue view model', () => {
  it('tags each case: overdue, due within 10 days, on track, excepted', () => {
    expect(tagOf({ rule: 'r', title: 't', dueOn: '2026-11-20', status: 'breached' }, -8)?.text).toBe('Overdue');
    expect(tagOf({ rule: 'r', title: 't', dueOn: '2026-12-08', status: 'open' }, 10)?.text).toBe('Due within 10 days');
    expect(tagOf({ rule: 'r', title: 't', dueOn: '2026-12-09', status: 'open' }, 11)?.text).toBe('On track');
    expect(tagOf({ rule: 'r', title: 't', dueOn: '2026-11-01', status: 'excepted' }, -27)?.text).toBe('Excepted');
    expect(tagOf(undefined, undefined)).toBeUndefined();
  });

  it('shows each row with its reference, stage in plain English, next deadline and days left, in the API’s order', () => {
    const model = workQueueModel(
      list([
        item('3f2a9c01-aaaa-4bbb-8ccc-000000000001', { dueOn: '2026-11-12', status: 'breached' }),
        item('b2', undefined, 'no-plan'),
      ]),
      context,
    );
    expect(model.pageTitle).toBe('Work queue');
    expect(model.rows[0]).toMatchObject({
      reference: '3F2A9C01',
      href: '/cases/3f2a9c01-aaaa-4bbb-8ccc-000000000001',
      stage: 'Request received',
      next: { title: 'Decision whether to assess', dueOn: '2026-11-12', days: -16, daysText: '16 days overdue' },
      tag: { text: 'Overdue' },
    });
    expect(model.rows[1]).toMatchObject({ stage: 'No plan to be issued', next: undefined, tag: undefined });
    const excepted = workQueueModel(list([item('c3', { dueOn: '2026-11-16', status: 'excepted' })]), context).rows[0];
    expect(excepted.next?.daysText).toBe('Exception applies');
  });

  it('names every stage in plain English', () => {
    for (const s of CASE_STAGES) expect(STAGE_NAMES[s]).toMatch(/^[A-Z][a-z ]+$/);
  });

  it('says so when a page is past the last one', () => {
    expect(workQueueModel(list([], 22, 9), context).caption).toBe('22 open cases; this page is past the last one');
  });

  it('is "Cases" for national roles', () => {
    expect(workQueueModel(list([]), { ...context, national: true }).pageTitle).toBe('Cases');
  });

  it('pages keep the filters; previous and next only where there is a page', () => {
    const filters = { stage: 'assessing', ref: 'AB', dueBefore: '2027-01-31' };
    expect(queueHref(filters, 2)).toBe('/?ref=AB&stage=assessing&dueBefore-day=31&dueBefore-month=1&dueBefore-year=2027&page=2');
    expect(queueHref({}, 1)).toBe('/');
    const p = paginationOf({ page: 1, pageSize: 20, total: 45 }, {})!;
    expect(p.items).toEqual([
      { number: 1, href: '/', current: true },
      { number: 2, href: '/?page=2', current: false },
      { number: 3, href: '/?page=3', current: false },
    ]);
    expect(p.next).toEqual({ href: '/?page=2' });
    expect(p).not.toHaveProperty('previous');
    const middle = paginationOf({ page: 5, pageSize: 20, total: 200 }, {})!;
    expect(middle.items.map((i) => ('number' in i ? i.number : '…'))).toEqual([1, '…', 4, 5, 6, '…', 10]);
    expect(paginationOf({ page: 1, pageSize: 20, total: 20 }, {})).toBeUndefined();
  });
});

describe('the work queue page', () => {
  const render = (model: object) => load(renderView('work-queue.njk', { ...layout, ...model }));

  it('lays out the rows with tags, dates as GOV.UK writes them and days left', () => {
    const $ = render(workQueueModel(list([item('3f2a9c01-aaaa', { dueOn: '2026-12-04' })], 21), context));
    const cells = $('tbody tr')
      .first()
      .find('td')
      .map((_, td) => $(td).text().trim())
      .get();
    expect(cells).toEqual([
      '3F2A9C01',
      'Amara Okafor',
      'Request received',
      'Decision whether to assess',
      '4 December 2026',
      '6 days left',
      'Due within 10 days',
    ]);
    expect($('caption').text()).toContain('21 open cases, showing 1 to 20');
    expect($('.govuk-pagination__next a').attr('href')).toBe('/?page=2');
  });

  it('is a GET form that works without JavaScript, filled in with what was chosen', () => {
    const $ = render(
      workQueueModel(list([]), {
        ...context,
        filters: { stage: 'assessing', rule: 'final-plan', ref: 'ab12', dueBefore: '2027-01-31' },
      }),
    );
    expect($('form').attr('method')).toBe('get');
    expect($('#ref').val()).toBe('ab12');
    expect($('#stage option:selected').text()).toBe('Being assessed');
    expect($('#rule option:selected').val()).toBe('final-plan');
    expect($('#dueBefore-day').val()).toBe('31');
    expect($('caption').text()).toBe('No open cases match');
    expect($('a[href="/"]').text()).toContain('Clear filters');
  });

  it('shows the API’s refusal of a filter beside it and in the error summary', () => {
    const errors = {
      summary: [{ text: 'The case reference must be the start of a case reference.', href: '#ref' }],
      fields: { ref: { text: 'The case reference must be the start of a case reference.' } },
    };
    const $ = render(workQueueModel(list([]), { ...context, filters: { ref: 'zz' }, errors }));
    expect($('.govuk-error-summary a').attr('href')).toBe('#ref');
    expect($('#ref-error').text()).toContain('must be the start');
    expect($('title').text()).toMatch(/^Error: Work queue/);
  });

  it('shows the LA column for national roles and escapes names', () => {
    const c = {
      ...item('c1', { dueOn: '2027-03-01' }),
      child: { givenName: '<b>x</b>', familyName: 'Y', dateOfBirth: '2016-01-01' },
    };
    const $ = render(workQueueModel(list([c]), { ...context, national: true }));
    expect(
      $('th')
        .map((_, th) => $(th).text())
        .get(),
    ).toContain('LA');
    expect($('tbody b').length).toBe(0);
    expect($('tbody .govuk-tag').text().trim()).toBe('On track');
  });
});
